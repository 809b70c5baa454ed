// Decks as an Anki package (.apkg): a zip with `collection.anki2` (SQLite, schema 11), the media
// files as numbered entries `0`, `1`… and `media`, the JSON map from entry to file name.
//
// Each card is one note of a KubeDeck note type (schema.ts): basic cards one "optional reversed"
// type whatever `reverse` says, cloze cards one cloze number per gap (gap 1 is `c1`, as KubeDeck
// numbers its gaps), mcq, input and yaml-fix types whose fields show everything in Anki. The last
// field of every type holds the card itself, so that KubeDeck reads back the card it wrote.
//
// Identity: the note guid is the card's `anki.guid` (kept from an import) or `kd/<deck>/<card>`;
// note and card ids follow the cards' order, not the clock, and every time written is `now`, so
// the same decks give the same bytes when `now` is fixed. A note keeps the `mod` it had in a previous export (`previous`) while its fields do not
// change, so that importing the new package in Anki only updates the notes that changed (Anki
// updates a note when the incoming one is newer) and keeps the student's edits of the others.
//
// Images (`![alt](images/x.svg)`, relative to the deck file) are loaded through `loadMedia`,
// stored under their bare file name as Anki requires (made unique), and `src` names that file.
//
// Cards imported from a student's own Anki collection (the deck's `anki:` notes) go back as the
// notes they came from, in their own note types (originalNotes.ts), so that Anki updates them.
import { cardTexts } from '../../decks/cards';
import { findClozeGaps } from '../../decks/cloze';
import type { AnkiNote, AnkiNotetype, Card, ClozeCard, Deck, YamlFixCard } from '../../decks/types';
import { deckMediaUrl } from '../../decks/assets';
import { cardValue, deckValue } from '../../decks/value';
import { hash53, hashId, sha1Hex } from '../hash';
import { decodeEntities, MEDIA_FOLDER } from '../htmlToMarkdown';
import { ankiGuid } from '../ids';
import { fence, imageSources, markdownRenderer, renameImages } from '../markdown';
import { safeMediaName, uniqueMediaName } from '../media';
import { Ticker, type ExchangeOptions } from '../progress';
import { exportLabel } from '../labels';
import { cardSides } from '../sides';
import { selectAll, type SqlEngine } from '../sqlite';
import { readZip, writeZip } from '../zip';
import {
  ANKI_SCHEMA_SQL,
  ANKI_SCHEMA_VERSION,
  collectionConfigJson,
  deckJson,
  defaultDeckConfigJson,
  FIELD_SEPARATOR,
  KUBEDECK_DATA_FIELD,
  KUBEDECK_MODELS,
  modelJson,
  type ModelSpec,
} from './schema';
import { fieldMediaNames, renameFieldMedia } from './fieldMedia';
import { originalNote, type NotePart } from './originalNotes';

/** The notes of an earlier export: guid → its `mod` and fields. */
export type PreviousNotes = ReadonlyMap<string, { mod: number; fields: string }>;

export interface ApkgExportOptions extends ExchangeOptions {
  /** Creation and modification time written in the collection (default: now). */
  now?: Date;
  /** The bytes of an image a card of `deck` shows as `src` (relative to the deck file); undefined if missing. */
  loadMedia?: (deck: Deck, src: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>;
  /** The notes of the previous export of these decks (readPreviousNotes). */
  previous?: PreviousNotes;
  /**
   * Told the guid of each note from the student's Anki collection whose edit in KubeDeck its note
   * type cannot hold: it is written as a KubeDeck note, which Anki leaves aside (its own stays).
   */
  onNotWrittenBack?: (guid: string) => void;
}

interface NoteRow {
  model: ModelSpec;
  fields: string[];
  tags: string[];
  guid: string;
  /** Its cards: template (or cloze) ordinal and deck. */
  cards: { ord: number; deckIndex: number }[];
  /** A `mod` to keep (an unchanged note of the student's collection). */
  mod?: number;
  /** What tells it apart when its guid is met again: its first card's id. */
  firstCardId: string;
}

/**
 * What the data field holds: `{ kubedeck: 1, card, fields }`, or `cards` for a note of several
 * cards (`fields`: a hash of the other fields, to tell a note edited in Anki).
 */
export interface KubedeckNoteData {
  kubedeck: 1;
  card?: Record<string, unknown>;
  cards?: Record<string, unknown>[];
  fields: string;
}

/** A hash of a note's visible fields, NFC-normalised as Anki normalises fields. */
export const visibleFieldsHash = (fields: string[]) => hashId(fields.map((field) => field.normalize('NFC')).join(FIELD_SEPARATOR), 11);

/** Text in a field as Anki keeps it: no markup can be read into it. */
const fieldText = (text: string) => text.replace(/[&<>]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt' }[c]};`);

/** KubeDeck gaps `{{answer::hint}}` as Anki clozes `{{c1::answer::hint}}`: gap N is cloze N, as KubeDeck numbers its gap cards. */
export function toAnkiCloze(card: ClozeCard): string {
  let text = '';
  let last = 0;
  findClozeGaps(card.text).forEach((gap, i) => {
    text += card.text.slice(last, gap.start) + `{{c${i + 1}::${gap.answer}${gap.hint ? `::${gap.hint}` : ''}}}`;
    last = gap.end;
  });
  return text + card.text.slice(last);
}

/** The card with each image source renamed (the texts of `cardTexts`). */
function withImagesRenamed(card: Card, rename: (src: string) => string | undefined): Card {
  const r = (text: string) => renameImages(text, rename);
  const ro = (text: string | undefined) => (text === undefined ? undefined : r(text));
  switch (card.type) {
    case 'basic':
      return { ...card, front: r(card.front), back: r(card.back) };
    case 'cloze':
      return { ...card, text: r(card.text) };
    case 'mcq':
      return { ...card, question: r(card.question), choices: card.choices.map((c) => ({ ...c, text: r(c.text), why: ro(c.why) })), explanation: ro(card.explanation) };
    case 'input':
      return { ...card, question: r(card.question), explanation: ro(card.explanation) };
    case 'yaml-fix':
      return { ...card, task: r(card.task), hints: card.hints.map(r) };
  }
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function expectationText(expectation: YamlFixCard['expect'][number]): string {
  const where = `${expectation.kind ? `${expectation.kind} ` : ''}\`${expectation.path}\``;
  return 'equals' in expectation ? `${where} = \`${JSON.stringify(expectation.equals)}\`` : `${where} ${expectation.exists ? '✓' : '∅'}`;
}

/** The visible fields and card ordinals of a card's note (without the data field). */
function visibleFields(card: Card, lang: string, html: (markdown: string) => string): { model: ModelSpec; fields: string[]; ords: number[] } {
  const source = card.source ? fieldText(card.source) : '';
  switch (card.type) {
    case 'basic':
      return { model: KUBEDECK_MODELS.basic, fields: [html(card.front), html(card.back), card.reverse ? 'y' : '', source], ords: card.reverse ? [0, 1] : [0] };
    case 'cloze': {
      const gaps = findClozeGaps(card.text).length;
      return { model: KUBEDECK_MODELS.cloze, fields: [html(toAnkiCloze(card)), '', source], ords: Array.from({ length: gaps }, (_, i) => i) };
    }
    case 'mcq': {
      const letter = (i: number) => LETTERS[i] ?? String(i + 1);
      const choices = card.choices.map((choice, i) => `- ${letter(i)}. ${choice.text}`).join('\n');
      const answer = card.choices.map((choice, i) => `- ${choice.correct ? '✓' : '✗'} ${letter(i)}. ${choice.text}${choice.why ? ` — ${choice.why}` : ''}`).join('\n');
      return { model: KUBEDECK_MODELS.mcq, fields: [html(card.question), html(choices), html(answer), html(card.explanation ?? ''), source], ords: [0] };
    }
    case 'input': {
      const accepted = `**${exportLabel(lang, 'card.accepted')}** ${card.answers.map((a) => `\`${a.replace(/`/g, "'")}\``).join(' · ')}`;
      return { model: KUBEDECK_MODELS.input, fields: [html(card.question), fieldText(card.answers[0]), html(accepted), html(card.explanation ?? ''), source], ords: [0] };
    }
    case 'yaml-fix': {
      const hints = card.hints.map((hint) => `- ${hint}`).join('\n');
      const checks = card.expect.map((expectation) => `- ${expectationText(expectation)}`).join('\n');
      return {
        model: KUBEDECK_MODELS.yamlFix,
        fields: [html(card.task), html(fence(card.broken, 'yaml')), html(hints), html(`**${exportLabel(lang, 'card.fixed')}**\n\n${fence(card.solution, 'yaml')}`), html(checks), source],
        ords: [0],
      };
    }
  }
}

/** Anki's strip_html_preserving_media_filenames (rslib/src/text.rs): media tags become their file name, tags go, entities are decoded. */
export function ankiPlainText(fieldHtml: string): string {
  return decodeEntities(
    fieldHtml
      .replace(/<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b=(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)[^>]*>)/gis, (_m, a, b, c) => ` ${a ?? b ?? c} `)
      .replace(/(<!--.*?-->)|(<style.*?>.*?<\/style>)|(<script.*?>.*?<\/script>)|(<.*?>)/gis, ''),
  ).replace(/\u00a0/g, ' ');
}

/** Anki's duplicate check (rslib/src/notes/mod.rs field_checksum): the first 4 bytes of the SHA-1 of the first field's text, as an integer. */
export const fieldChecksum = (fieldHtml: string) => parseInt(sha1Hex(ankiPlainText(fieldHtml)).slice(0, 8), 16);

/** A stable Anki id for a deck (ids 1 is Anki's "Default" deck; real ids are millisecond times). */
const ankiDeckId = (deck: Deck) => 1_500_000_000_000 + (hash53(`deck:${deck.id}`) % 100_000_000_000);

/**
 * Note and card ids: in Anki's millisecond range, in the order of the decks and their cards
 * (importers read notes by id), independent of the export's time. Anki matches notes by guid, and
 * gives an incoming note a new id when its id is taken, so nothing else is asked of them.
 */
const FIRST_ROW_ID = 1_600_000_000_000;

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

/**
 * The deck's own fields (all but its cards), as an HTML comment after its description: Anki
 * shows descriptions as HTML and keeps them as they are, so the comment survives a trip through
 * Anki, unseen. `<` and `>` are escaped in the JSON so that nothing can close the comment.
 */
export const DECK_DATA = /<!--kubedeck:(\{.*?\})-->/s;

function deckDescription(deck: Deck, html: (markdown: string) => string): string {
  // The package holds the Anki notes themselves.
  const { cards: _cards, anki: _anki, ...rest } = deckValue(deck);
  const json = JSON.stringify(rest).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${html(deck.description)}<!--kubedeck:${json}-->`;
}

/** The media of the decks: each image a card shows, under a unique bare name, loaded once. */
async function collectMedia(decks: Deck[], options: ApkgExportOptions) {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const names = decks.map(() => new Map<string, string>());
  const taken = new Set<string>();
  const sameName = new Map<string, { name: string; bytes: Uint8Array }[]>();
  if (!options.loadMedia) return { files, names };
  for (const [d, deck] of decks.entries()) {
    // What the cards show, and what the fields of the Anki notes they come from name (not the notes of cards since deleted).
    const guids = new Set(deck.cards.map((card) => card.anki?.guid));
    const noteMedia = (deck.anki?.notes ?? [])
      .filter((note) => guids.has(note.guid))
      .flatMap((note) => note.fields.flatMap(fieldMediaNames))
      .map((name) => `${MEDIA_FOLDER}/${name}`);
    for (const src of new Set([...deck.cards.flatMap(cardTexts).flatMap(imageSources), ...noteMedia])) {
      // Only what the app itself would show: a relative image path inside the deck's folder.
      if (deckMediaUrl(src, '') === undefined) continue;
      const bytes = await options.loadMedia(deck, src);
      if (!bytes) continue;
      // Decks of one folder share their images; two different files of one name get two names.
      const bare = safeMediaName(src);
      const candidates = sameName.get(bare) ?? [];
      sameName.set(bare, candidates);
      let file = candidates.find((candidate) => sameBytes(candidate.bytes, bytes));
      if (!file) {
        file = { name: uniqueMediaName(bare, taken), bytes };
        candidates.push(file);
        files.push(file);
      }
      names[d].set(src, file.name);
    }
  }
  return { files, names };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

const noteTags = (deck: Deck, cards: Card[]) => [...new Set([...deck.tags, ...cards.flatMap((card) => card.tags)].map((tag) => tag.trim().replace(/\s+/g, '_')).filter(Boolean))];

/**
 * The note type of a note imported from Anki with several cards that KubeDeck keeps apart (its
 * templates, its cloze numbers): one template per ordinal up to the highest, each showing its
 * card's question and answer, so the note keeps its guid, its cards and their ordinals.
 */
export function multiCardModel(templates: number): ModelSpec {
  const numbers = Array.from({ length: templates }, (_, i) => i + 1);
  return {
    id: 1_706_000_001_000 + templates,
    name: `KubeDeck Note (${templates} cards)`,
    kind: 'standard',
    fields: [...numbers.flatMap((n) => [`Front ${n}`, `Back ${n}`]), KUBEDECK_DATA_FIELD],
    templates: numbers.map((n) => ({ name: `Card ${n}`, qfmt: `{{Front ${n}}}`, afmt: `${'{{FrontSide}}\n\n<hr id=answer>\n\n'}{{Back ${n}}}`, req: [2 * (n - 1)] })),
  };
}

/** The note of one card, or of the cards of one imported note (same guid, distinct template ordinals): visible fields, then the cards themselves. */
function noteOf(deck: Deck, deckIndex: number, cards: Card[], mediaNames: Map<string, string>, html: (markdown: string) => string): NoteRow {
  // Read back by KubeDeck, the images are in the media/ folder beside the deck.
  const stored = (card: Card) => cardValue(withImagesRenamed(card, (src) => (mediaNames.has(src) ? `${MEDIA_FOLDER}/${mediaNames.get(src)}` : undefined)));
  const dataField = (fields: string[], content: Pick<KubedeckNoteData, 'card' | 'cards'>) =>
    fieldText(JSON.stringify({ kubedeck: 1, ...content, fields: visibleFieldsHash(fields) } satisfies KubedeckNoteData));
  const base = { tags: noteTags(deck, cards), guid: ankiGuid(deck, cards[0]), firstCardId: cards[0].id };
  const inDeck = (ords: number[]) => ords.map((ord) => ({ ord, deckIndex }));
  if (cards.length === 1) {
    const { model, fields, ords } = visibleFields(cards[0], deck.lang, html);
    return { ...base, model, fields: [...fields, dataField(fields, { card: stored(cards[0]) })], cards: inDeck(ords) };
  }
  const ords = cards.map((card) => card.anki!.template!);
  const fields: string[] = Array.from({ length: 2 * (Math.max(...ords) + 1) }, () => '');
  cards.forEach((card, i) => {
    const sides = cardSides(card, deck.lang);
    fields[2 * ords[i]] = html(sides.question);
    fields[2 * ords[i] + 1] = html(sides.answer);
  });
  return { ...base, model: multiCardModel(Math.max(...ords) + 1), fields: [...fields, dataField(fields, { cards: cards.map(stored) })], cards: inDeck(ords) };
}

/** A note type of the student's collection, as the package defines it: its own id, names, templates and styling. */
function notetypeModel(notetype: AnkiNotetype): ModelSpec {
  return {
    id: notetype.id,
    name: notetype.name,
    kind: notetype.kind,
    fields: notetype.fields,
    templates: notetype.templates.map((template) => ({ name: template.name, qfmt: template.question, afmt: template.answer })),
    ...(notetype.css !== undefined ? { css: notetype.css } : {}),
    ...(notetype.mod !== undefined ? { mod: notetype.mod } : {}),
    ...(notetype.sortField !== undefined ? { sortField: notetype.sortField } : {}),
  };
}

/** The Anki note each guid of a deck's `anki:` notes is, with its note type. */
function storedNotes(deck: Deck): Map<string, { notetype: AnkiNotetype; note: AnkiNote }> {
  const notetypes = new Map(deck.anki?.notetypes.map((notetype) => [notetype.id, notetype]));
  const notes = new Map<string, { notetype: AnkiNotetype; note: AnkiNote }>();
  for (const note of deck.anki?.notes ?? []) {
    const notetype = notetypes.get(note.notetype);
    if (notetype) notes.set(note.guid, { notetype, note });
  }
  return notes;
}

/**
 * Every note to write, in the order of the decks and their cards: the cards of a note of the
 * student's collection (wherever its cards sit) as that note when it can hold them, every other
 * card as a KubeDeck note.
 */
function planNotes(decks: Deck[], mediaNames: Map<string, string>[], htmls: ((markdown: string) => string)[], options: ApkgExportOptions): NoteRow[] {
  type Slot = { deckIndex: number; cards: Card[] } | { guid: string };
  const slots: Slot[] = [];
  const originals = new Map<string, { notetype: AnkiNotetype; note: AnkiNote; parts: NotePart[] }>();
  decks.forEach((deck, deckIndex) => {
    const stored = storedNotes(deck);
    for (const cards of noteGroups(deck)) {
      const guid = ankiGuid(deck, cards[0]);
      const original = originals.get(guid) ?? (stored.has(guid) ? { ...stored.get(guid)!, parts: [] } : undefined);
      const templates = new Set(original?.parts.flatMap((part) => part.cards.map((card) => card.anki?.template)));
      // A copy of a card (same note, same template) cannot be that card of the note too: it goes on its own.
      if (!original || cards.some((card) => card.anki?.template === undefined || templates.has(card.anki.template))) {
        slots.push({ deckIndex, cards });
        continue;
      }
      if (!originals.has(guid)) slots.push({ guid });
      originals.set(guid, original);
      original.parts.push({ deckIndex, cards });
    }
  });
  const kubedeckNote = ({ deckIndex, cards }: NotePart) => noteOf(decks[deckIndex], deckIndex, cards, mediaNames[deckIndex], htmls[deckIndex]);
  return slots.flatMap((slot): NoteRow[] => {
    if (!('guid' in slot)) return [kubedeckNote(slot)];
    const { notetype, note, parts } = originals.get(slot.guid)!;
    const written = originalNote(notetype, note, parts, (deckIndex) => htmls[deckIndex]);
    if (!written) {
      options.onNotWrittenBack?.(slot.guid);
      return parts.map(kubedeckNote);
    }
    // The fields name media as the package stores them (a name taken by another file was changed).
    const names = mediaNames[parts[0].deckIndex];
    const fields = written.fields.map((field) => renameFieldMedia(field, (name) => names.get(`${MEDIA_FOLDER}/${name}`)));
    const firstCardId = parts[0].cards[0].id;
    return [{ model: notetypeModel(notetype), fields, tags: written.tags, guid: slot.guid, cards: written.cards, firstCardId, ...(written.mod !== undefined ? { mod: written.mod } : {}) }];
  });
}

/** The deck's cards as notes: one per card, except the cards of one imported Anki note, kept together. */
function noteGroups(deck: Deck): Card[][] {
  const byGuid = new Map<string, Card[]>();
  const groups: Card[][] = [];
  for (const card of deck.cards) {
    const group = card.anki?.template !== undefined ? byGuid.get(card.anki.guid) : undefined;
    if (group && !group.some((other) => other.anki?.template === card.anki?.template)) {
      group.push(card);
      continue;
    }
    const single = [card];
    groups.push(single);
    if (card.anki?.template !== undefined && !byGuid.has(card.anki.guid)) byGuid.set(card.anki.guid, single);
  }
  return groups;
}

export async function exportApkg(decks: Deck[], sql: SqlEngine, options: ApkgExportOptions = {}): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const nowMs = now.getTime();
  const nowSeconds = Math.floor(nowMs / 1000);
  const total = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
  const ticker = new Ticker(options, 'cards', total);
  const media = await collectMedia(decks, options);
  const db = new sql.Database();
  try {
    db.run(ANKI_SCHEMA_SQL);
    db.run('begin');
    const insertNote = db.prepare('insert into notes values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('insert into cards values (?, ?, ?, ?, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
    const names = deckNames(decks);
    const ankiDecks: Record<string, unknown> = { 1: deckJson(1, 'Default', '', nowSeconds) };
    const deckIds = decks.map(ankiDeckId);
    const htmls = media.names.map((mediaNames) => markdownRenderer({ mediaName: (src) => mediaNames.get(src) }));
    decks.forEach((deck, d) => (ankiDecks[deckIds[d]] = deckJson(deckIds[d], names[d], deckDescription(deck, htmls[d]), nowSeconds)));
    let cardId = FIRST_ROW_ID;
    let cardsWritten = 0;
    const guids = new Set<string>();
    let noteIndex = 0;
    const usedModels = new Map<number, ModelSpec>(Object.values(KUBEDECK_MODELS).map((model) => [model.id, model]));
    for (const note of planNotes(decks, media.names, htmls, options)) {
      // A guid met again (a card copied with its `anki`, or in two decks) cannot be that note twice.
      if (guids.has(note.guid)) note.guid = `${note.guid}#${note.firstCardId}`;
      guids.add(note.guid);
      usedModels.set(note.model.id, note.model);
      const noteId = FIRST_ROW_ID + noteIndex;
      const flds = note.fields.join(FIELD_SEPARATOR);
      const previous = options.previous?.get(note.guid);
      const mod = note.mod ?? (previous && previous.fields === flds ? previous.mod : nowSeconds);
      const tags = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
      // rslib/src/notes/mod.rs: `sfld` is the note type's sort field, `csum` always the first field's.
      const sortField = note.fields[note.model.sortField ?? 0] ?? '';
      insertNote.run([noteId, note.guid, note.model.id, mod, tags, flds, ankiPlainText(sortField), fieldChecksum(note.fields[0] ?? ''), '']);
      noteIndex++;
      for (const { ord, deckIndex } of note.cards) insertCard.run([cardId++, noteId, deckIds[deckIndex], ord, mod, noteIndex, '']);
      cardsWritten += note.cards.length;
      await ticker.tick(Math.min(total, cardsWritten));
    }
    insertNote.free();
    insertCard.free();
    const firstDeckId = decks.length > 0 ? ankiDeckId(decks[0]) : 1;
    const models = Object.fromEntries([...usedModels.values()].map((spec) => [spec.id, modelJson(spec, nowSeconds, firstDeckId)]));
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
    const entries: Record<string, Uint8Array> = { 'collection.anki2': collection };
    const map: Record<string, string> = {};
    const stored = new Set<string>();
    media.files.forEach((file, i) => {
      entries[String(i)] = file.bytes;
      map[String(i)] = file.name;
      // Deflating a photo or a sound costs time and saves nothing.
      if (COMPRESSED_MEDIA.test(file.name)) stored.add(String(i));
    });
    entries.media = new TextEncoder().encode(JSON.stringify(map));
    return writeZip(entries, stored, now);
  } finally {
    db.close();
  }
}

/** Media formats that are compressed already. */
const COMPRESSED_MEDIA = /\.(?:png|jpe?g|gif|webp|avif|mp3|m4a|aac|ogg|oga|opus|flac|mp4|m4v|webm|mov)$/i;

/** The notes of a package this exporter wrote, to pass as `previous` to the next export. */
export async function readPreviousNotes(bytes: Uint8Array, sql: SqlEngine): Promise<PreviousNotes> {
  const files = await readZip(bytes, { keep: (name) => name === 'collection.anki2' });
  const collection = files.get('collection.anki2');
  const notes = new Map<string, { mod: number; fields: string }>();
  if (!collection) return notes;
  const db = new sql.Database(collection);
  try {
    for (const row of selectAll(db, 'select guid, mod, flds from notes')) notes.set(String(row.guid), { mod: Number(row.mod), fields: String(row.flds) });
  } finally {
    db.close();
  }
  return notes;
}
