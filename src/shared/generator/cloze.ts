// Cloze cards from key sentences: sentences where the author marked out a term (**bold**,
// *italic* or `code`). One or two such terms become gaps; link texts never do. Only the best few
// sentences of a section are kept (a third of them in a long section): a draft is reviewed by hand,
// and fewer good cards review faster.
import { findClozeGaps } from '../decks/cloze';
import { capitalize } from './basic';
import { isPhrase } from './filters';
import { collapseSpaces, type Sentence, type SentencePiece, type TermStyle } from './inline';

export interface ClozeDraft {
  text: string;
  /** The first gap's answer, to name the card. */
  firstAnswer: string;
  /** Index of the element the sentence comes from, to keep the chapter's order. */
  order: number;
}

/** A few clozes per section; a long lab section (a dozen steps with marked-out terms) keeps one sentence in three. */
const MIN_CLOZES_PER_SECTION = 3;
const CLOZE_SHARE = 1 / 3;
const MAX_GAPS_PER_SENTENCE = 2;
const MIN_WORDS = 6;
const MAX_WORDS = 45;
const MAX_LENGTH = 320;
const MIN_WORDS_BEFORE_COLON = 10;
const EMPHASIS_WORDS = new Set(
  'if not no never always only all every must should very and or but also si ne pas jamais toujours seulement uniquement tout tous toutes aucun aucune doit mais et ou très aussi'.split(' '),
);
/** Bold is what authors use for key notions, italics next, inline code for names of things. */
const STYLE_WEIGHT: Record<TermStyle, number> = { strong: 3, em: 2, code: 1 };

interface Candidate extends ClozeDraft {
  score: number;
}

/** The best cloze drafts among `proses`, the inline tokens of paragraphs and list items, in order. */
export function clozeDrafts(proses: readonly { sentences: Sentence[]; order: number }[]): ClozeDraft[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const { sentences, order } of proses) {
    for (const sentence of sentences) {
      const candidate = clozeOf(sentence, order);
      if (!candidate || seen.has(candidate.text)) continue;
      seen.add(candidate.text);
      candidates.push(candidate);
    }
  }
  return candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index)
    .slice(0, Math.max(MIN_CLOZES_PER_SECTION, Math.ceil(candidates.length * CLOZE_SHARE)))
    .sort((a, b) => a.index - b.index)
    .map(({ candidate: { text, firstAnswer, order } }) => ({ text, firstAnswer, order }));
}

function clozeOf(sentence: Sentence, order: number): Candidate | undefined {
  const words = sentence.plain.split(' ').length;
  if (words < MIN_WORDS || words > MAX_WORDS || sentence.plain.length > MAX_LENGTH) return undefined;
  // "Here is an example:" introduces something the card would not show; a long sentence before
  // a colon usually stands on its own and ends with a full stop instead.
  const introducesSomething = /\s*[:：]$/.test(sentence.plain);
  if (introducesSomething && words < MIN_WORDS_BEFORE_COLON) return undefined;
  // Braces would be read as gaps (Hugo shortcodes, templates).
  if (sentence.pieces.some((piece) => /\{\{|\}\}|\{%/.test(piece.markdown))) return undefined;
  const gaps = sentence.pieces
    .filter((piece) => piece.kind === 'term' && isGappable(piece, sentence.plain))
    .map((piece, index) => ({ piece, index }))
    .sort((a, b) => STYLE_WEIGHT[b.piece.style!] - STYLE_WEIGHT[a.piece.style!] || a.index - b.index)
    .slice(0, MAX_GAPS_PER_SENTENCE)
    .map(({ piece }) => piece);
  if (gaps.length === 0) return undefined;
  const written = sentence.pieces.map((piece) => (gaps.includes(piece) ? `{{${collapseSpaces(piece.plain)}}}` : piece.markdown));
  let text = capitalize(collapseSpaces(written.join('')));
  if (introducesSomething) text = text.replace(/\s*[:：]$/, '.');
  const wordsLeft = words - gaps.reduce((sum, gap) => sum + gap.plain.split(' ').length, 0);
  if (wordsLeft < 4 || findClozeGaps(text).length !== gaps.length) return undefined;
  return {
    text,
    firstAnswer: collapseSpaces(sentence.pieces.find((piece) => gaps.includes(piece))!.plain),
    order,
    score: gaps.reduce((sum, gap) => sum + STYLE_WEIGHT[gap.style!], 0),
  };
}

/**
 * A term can be a gap when it is short, has a letter, and appears only once in the sentence
 * (a second occurrence would give the answer away).
 */
function isGappable(piece: SentencePiece, sentencePlain: string): boolean {
  const term = collapseSpaces(piece.plain);
  if (term.length < 2 || term.length > 40 || isPhrase(term)) return false;
  // Three lowercase words ("pas de collision", "en mode détaché") are a phrase, not a name.
  if (piece.style !== 'code' && term.split(' ').length >= 3 && !/[\p{Lu}\d]/u.test(term)) return false;
  // Neither does a bold phrase starting with a preposition ("à la section deploy").
  if (piece.style !== 'code' && term.includes(' ') && /^(?:à|au|aux|en|pas|sans|avec|pour|par|sur|dans|si|s['’]|to|in|on|with|without|not|for|by)\s/iu.test(term)) return false;
  // Placeholders (`<image>`) are for the reader to fill, not notions to recall.
  if (!/\p{L}/u.test(term) || /[{}<>]|::/.test(term)) return false;
  // A word stressed for emphasis ("**not**", "*IF*", "**jamais**") is no notion to recall.
  if (EMPHASIS_WORDS.has(term.toLowerCase())) return false;
  const haystack = sentencePlain.toLowerCase();
  const needle = term.toLowerCase();
  return haystack.indexOf(needle) === haystack.lastIndexOf(needle);
}
