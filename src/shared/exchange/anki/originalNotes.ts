// Cards imported from a student's own Anki collection go back to Anki as the notes they came from:
// same note type (id, fields, templates), same guid, same fields. Anki updates a note only from
// one of the same note type (rslib/src/import_export/package/apkg/import/notes.rs: a guid met
// with another note type is "conflicting" and left alone) and only when the incoming `mod` is
// newer, so an unchanged note keeps its `mod` and its student's edits, and an edited one is
// written with its edit in the fields its templates show, and a new `mod`.
//
// An edit is written back only where the note type says plainly where it goes: a basic card
// whose question template is one field, `{{Front}}`, and whose answer template is that question
// and one field, `{{FrontSide}}<hr id=answer>{{Back}}`. Whatever is written is imported again
// (cardsOfStoredNote) and kept only if that gives the edited cards: otherwise the note cannot
// take the edit, and the caller exports the cards as KubeDeck notes instead.
import { CARD_TYPE_FIELDS } from '../../decks/spec';
import type { AnkiNote, AnkiNotetype, Card } from '../../decks/types';
import { cleanTags } from '../converted';
import { cardsOfStoredNote, type NoteCard } from './importApkg';

/** The cards of one deck that come from one stored note. */
export interface NotePart {
  deckIndex: number;
  cards: Card[];
}

export interface OriginalNote {
  fields: string[];
  tags: string[];
  /** The stored `mod` when nothing changed; undefined when the note was edited (it gets the export's time). */
  mod?: number;
  /** The Anki cards of the note: template (or cloze) ordinal, and the deck each sits in. */
  cards: { ord: number; deckIndex: number }[];
}

/** A card's content, without what is not part of it (id, tags, origin, Anki identity). */
const content = (card: Pick<Card, 'type'>) => {
  const record = card as unknown as Record<string, unknown>;
  return JSON.stringify([card.type, ...Object.keys(CARD_TYPE_FIELDS[card.type]).map((field) => record[field] ?? null)]);
};

const sameTags = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** `{{Field}}` alone: the field a template shows, without filters or sections. */
const SINGLE_FIELD = /^\{\{\s*([^#^/!:{}][^:{}]*?)\s*\}\}$/;
/** `{{FrontSide}}`, separators, then `{{Field}}` alone. */
const FRONT_THEN_FIELD = /^\{\{\s*FrontSide\s*\}\}(?:\s|<hr\s+id=["']?answer["']?\s*\/?>|<br\s*\/?>)*\{\{\s*([^#^/!:{}][^:{}]*?)\s*\}\}$/i;

/**
 * Writes the edited side(s) of a basic card into the fields its template shows (a side left as
 * imported keeps its field's HTML); false when the template does not say where.
 */
function writeBack(notetype: AnkiNotetype, fields: string[], card: Card, imported: NoteCard['card'], ord: number, html: (markdown: string) => string): boolean {
  if (card.type !== 'basic' || imported.type !== 'basic' || notetype.kind !== 'standard') return false;
  const template = notetype.templates[ord];
  const front = notetype.fields.indexOf(SINGLE_FIELD.exec(template?.question.trim() ?? '')?.[1] ?? '');
  const back = notetype.fields.indexOf(FRONT_THEN_FIELD.exec(template?.answer.trim() ?? '')?.[1] ?? '');
  if (front < 0 || back < 0 || front === back) return false;
  if (card.front !== imported.front) fields[front] = html(card.front);
  if (card.back !== imported.back) fields[back] = html(card.back);
  return true;
}

/**
 * The note to write for `parts`, the cards of the decks being exported that come from `note`;
 * undefined when they cannot be that note (a card it does not give, an edit it cannot hold).
 */
export function originalNote(notetype: AnkiNotetype, note: AnkiNote, parts: NotePart[], html: (deckIndex: number) => (markdown: string) => string): OriginalNote | undefined {
  const stored = new Map(cardsOfStoredNote(notetype, note).map((entry) => [entry.ord, entry]));
  const present = parts.flatMap(({ deckIndex, cards }) => cards.map((card) => ({ card, deckIndex, stored: stored.get(card.anki?.template ?? -1) })));
  if (present.some((entry) => !entry.stored)) return undefined;
  const cards = present.flatMap(({ deckIndex, stored }) => stored!.ords.map((ord) => ({ ord, deckIndex })));
  const tags = cleanTags(present.flatMap(({ card }) => card.tags));
  const edited = present.filter(({ card, stored }) => content(card) !== content(stored!.card));
  if (edited.length === 0 && sameTags(tags, note.tags ?? [])) {
    return { fields: note.fields, tags: note.tags ?? [], ...(note.mod !== undefined ? { mod: note.mod } : {}), cards };
  }
  const fields = [...note.fields];
  if (!edited.every(({ card, deckIndex, stored }) => writeBack(notetype, fields, card, stored!.card, stored!.ord, html(deckIndex)))) return undefined;
  // Kept only if the note, imported again, gives the cards as they are now.
  const again = new Map(cardsOfStoredNote(notetype, { ...note, fields, tags }).map((entry) => [entry.ord, entry]));
  const holds = present.every(({ card, stored }) => {
    const back = again.get(stored!.ord);
    return back !== undefined && content(back.card) === content(card) && back.ords.join() === stored!.ords.join();
  });
  return holds ? { fields, tags, cards } : undefined;
}
