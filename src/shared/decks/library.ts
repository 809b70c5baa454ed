// Loads a set of deck files into the library the UI shows: each file parsed on its own, then the
// checks that need all of them (deck ids unique across files). Used by main, the web twin and the CLI.
import { examTagProblems, parseDeck, type DeckParseResult, type ParseOptions } from './parse.ts';
import type { Deck, DeckProblem } from './types.ts';

/** Where a deck file was found. */
export type DeckOrigin = 'bundled' | 'user';

/** One deck file as the library shows it: parsed when it could be, with its problems either way. */
export interface DeckEntry {
  /** File name as the user knows it (e.g. `volumes.yaml`). */
  file: string;
  origin: DeckOrigin;
  /** Present when the file parsed into a usable deck (warnings may remain). */
  summary?: DeckSummary;
  problems: DeckProblem[];
}

export interface DeckSummary {
  id: string;
  title: string;
  description: string;
  lang: string;
  tags: string[];
  cardCount: number;
}

export interface DeckLibrary {
  decks: DeckEntry[];
}

/** A deck file's text, or the problem that kept it from being read (too large, unreadable). */
export type DeckSource = { file: string; origin: DeckOrigin } & ({ text: string } | { problem: DeckProblem });

export interface LoadedLibrary {
  library: DeckLibrary;
  /** The usable decks by id. */
  decks: Map<string, Deck>;
  /** Cards checked in all files, those of decks with errors included. */
  cardsChecked: number;
}

export function loadLibrary(sources: readonly DeckSource[], options: ParseOptions = {}): LoadedLibrary {
  const decks = new Map<string, Deck>();
  const fileOfId = new Map<string, string>();
  const entries: DeckEntry[] = [];
  const withExams: { deck: Deck; text: string; problems: DeckProblem[] }[] = [];
  let cardsChecked = 0;
  for (const source of sources) {
    const result: DeckParseResult = 'text' in source ? parseDeck(source.text, source.file, options) : { problems: [source.problem] };
    cardsChecked += result.cardsChecked ?? 0;
    const problems: DeckProblem[] = [...result.problems];
    let deck = result.deck;
    const otherFile = result.id ? fileOfId.get(result.id) : undefined;
    if (result.id && otherFile && result.locateId) {
      problems.push({
        file: source.file,
        ...result.locateId(),
        severity: 'error',
        code: 'duplicate-deck-id',
        params: { id: result.id, otherFile },
      });
      deck = undefined;
    } else if (result.id) {
      fileOfId.set(result.id, source.file);
    }
    if (deck) decks.set(deck.id, deck);
    entries.push({ file: source.file, origin: source.origin, summary: deck && summarize(deck), problems });
    if (deck?.exams && 'text' in source) withExams.push({ deck, text: source.text, problems });
  }
  // An exam draws by tag from every deck: its tags can be checked only once all decks are read.
  const knownTags = new Set([...decks.values()].flatMap((deck) => [...deck.tags, ...deck.cards.flatMap((card) => card.tags)]));
  for (const { deck, text, problems } of withExams) problems.push(...examTagProblems(text, fileOfId.get(deck.id)!, deck, knownTags));
  // Usable decks first, by title; then the broken files, by name.
  entries.sort((a, b) => Number(!a.summary) - Number(!b.summary) || titleOf(a).localeCompare(titleOf(b)));
  return { library: { decks: entries }, decks, cardsChecked };
}

export function summarize(deck: Deck): DeckSummary {
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    lang: deck.lang,
    tags: deck.tags,
    cardCount: deck.cards.length,
  };
}

function titleOf(entry: DeckEntry): string {
  return entry.summary?.title ?? entry.file;
}
