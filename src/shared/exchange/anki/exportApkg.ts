// Decks as an Anki package (.apkg): a zip with `collection.anki2` (SQLite, schema 11) and `media`
// (a JSON map of the media files, empty here). Basic cards become "Basic" or "Basic (and reversed
// card)" notes, cloze cards "Cloze" notes with one cloze number per gap (each gap is its own card,
// as in KubeDeck); the other types become basic notes with their answer on the back. Markdown is
// rendered to HTML by markdown.ts. Note guids are `kd/<deck id>/<card id>`: importing a newer
// export into Anki updates the notes instead of duplicating them, and importing the package back
// into KubeDeck gives the same card ids.
import { findClozeGaps } from '../../decks/cloze';
import type { Card, ClozeCard, Deck } from '../../decks/types';
import { hash53, sha1Hex } from '../hash';
import { decodeEntities } from '../htmlToMarkdown';
import { markdownToHtml } from '../markdown';
import { Ticker, type ExchangeOptions } from '../progress';
import { cardSides } from '../sides';
import type { SqlEngine } from '../sqlite';
import { writeZip } from '../zip';
import {
  ANKI_SCHEMA_SQL,
  ANKI_SCHEMA_VERSION,
  collectionConfigJson,
  deckJson,
  defaultDeckConfigJson,
  FIELD_SEPARATOR,
  KUBEDECK_MODELS,
  modelJson,
  type ModelSpec,
} from './schema';

export interface ApkgExportOptions extends ExchangeOptions {
  /** Creation time written in the collection (default: now). */
  now?: Date;
}

interface NoteRow {
  model: ModelSpec;
  fields: string[];
  tags: string[];
  guid: string;
  /** Template (or cloze) ordinals that get a card. */
  ords: number[];
}

const html = (markdown: string) => markdownToHtml(markdown, { localImages: true });

export const ankiGuid = (deck: Deck, card: Card) => `kd/${deck.id}/${card.id}`;

/** KubeDeck gaps `{{answer::hint}}` as Anki clozes `{{c1::answer::hint}}`, numbered in order. */
export function toAnkiCloze(card: ClozeCard): string {
  let text = '';
  let last = 0;
  findClozeGaps(card.text).forEach((gap, i) => {
    text += card.text.slice(last, gap.start) + `{{c${i + 1}::${gap.answer}${gap.hint ? `::${gap.hint}` : ''}}}`;
    last = gap.end;
  });
  return text + card.text.slice(last);
}

function noteOf(deck: Deck, card: Card): NoteRow {
  const tags = [...new Set([...deck.tags, ...card.tags].map((tag) => tag.trim().replace(/\s+/g, '_')).filter(Boolean))];
  const base = { tags, guid: ankiGuid(deck, card) };
  if (card.type === 'basic') {
    const model = card.reverse ? KUBEDECK_MODELS.reversed : KUBEDECK_MODELS.basic;
    return { ...base, model, fields: [html(card.front), html(card.back)], ords: card.reverse ? [0, 1] : [0] };
  }
  if (card.type === 'cloze') {
    const gaps = findClozeGaps(card.text).length;
    return { ...base, model: KUBEDECK_MODELS.cloze, fields: [html(toAnkiCloze(card)), ''], ords: Array.from({ length: gaps }, (_, i) => i) };
  }
  const sides = cardSides(card, deck.lang);
  return { ...base, model: KUBEDECK_MODELS.basic, fields: [html(sides.question), html(sides.answer)], ords: [0] };
}

/** Text of a field as Anki compares and sorts it: tags removed, entities decoded. */
function plainText(fieldHtml: string): string {
  return decodeEntities(fieldHtml.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text. */
export const fieldChecksum = (fieldHtml: string) => parseInt(sha1Hex(plainText(fieldHtml)).slice(0, 8), 16);

/** A stable Anki id for a deck (ids 1 is Anki's "Default" deck; real ids are millisecond times). */
const ankiDeckId = (deck: Deck) => 1_500_000_000_000 + (hash53(`deck:${deck.id}`) % 100_000_000_000);

/** Anki deck names: `::` would make a subdeck, and two decks of the same name would be merged. */
function deckNames(decks: Deck[]): string[] {
  const seen = new Set<string>();
  return decks.map((deck) => {
    let name = deck.title.replace(/::/g, ':').trim() || deck.id;
    if (seen.has(name)) name = `${name} (${deck.id})`;
    seen.add(name);
    return name;
  });
}

export async function exportApkg(decks: Deck[], sql: SqlEngine, options: ApkgExportOptions = {}): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const total = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
  const ticker = new Ticker(options, 'cards', total);
  const db = new sql.Database();
  try {
    db.run(ANKI_SCHEMA_SQL);
    db.run('begin');
    const insertNote = db.prepare('insert into notes values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('insert into cards values (?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    const names = deckNames(decks);
    const ankiDecks: Record<string, unknown> = { 1: deckJson(1, 'Default', '', nowSeconds) };
    let noteIndex = 0;
    let cardIndex = 0;
    for (const [d, deck] of decks.entries()) {
      const deckId = ankiDeckId(deck);
      ankiDecks[deckId] = deckJson(deckId, names[d], html(deck.description), nowSeconds);
      for (const card of deck.cards) {
        const note = noteOf(deck, card);
        const noteId = nowMs + noteIndex++;
        insertNote.run([noteId, note.guid, note.model.id, nowSeconds, note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '', note.fields.join(FIELD_SEPARATOR), plainText(note.fields[0]), fieldChecksum(note.fields[0]), '']);
        for (const ord of note.ords) insertCard.run([nowMs + cardIndex++, noteId, deckId, ord, nowSeconds, noteIndex, '']);
        await ticker.tick(noteIndex);
      }
    }
    insertNote.free();
    insertCard.free();
    const firstDeckId = decks.length > 0 ? ankiDeckId(decks[0]) : 1;
    const models = Object.fromEntries(Object.values(KUBEDECK_MODELS).map((spec) => [spec.id, modelJson(spec, nowSeconds, firstDeckId)]));
    db.run('insert into col values (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      nowSeconds,
      nowMs,
      nowMs,
      ANKI_SCHEMA_VERSION,
      JSON.stringify(collectionConfigJson(KUBEDECK_MODELS.basic.id)),
      JSON.stringify(models),
      JSON.stringify(ankiDecks),
      JSON.stringify({ 1: defaultDeckConfigJson(nowSeconds) }),
      '{}',
    ]);
    db.run('commit');
    ticker.finish();
    const collection = db.export();
    return writeZip({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') });
  } finally {
    db.close();
  }
}
