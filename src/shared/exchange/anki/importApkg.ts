// Anki packages (.apkg) as decks. Both layouts Anki writes are read:
// - legacy (schema 11, "Support older Anki versions"): `collection.anki21` or `collection.anki2`,
//   note types and decks as JSON in the `col` row, the media list as JSON;
// - current (Anki 2.1.50+, package version 3 in `meta`): `collection.anki21b` compressed with zstd,
//   schema 18, where note types, their fields and templates, and decks have tables of their own
//   with protobuf configs; the media list is a zstd-compressed protobuf, each media file is
//   compressed too. Such packages also hold a placeholder `collection.anki2`, which is ignored.
// Each note gives the cards Anki generates for it (template.ts, cloze.ts): one per template whose
// question renders, one per cloze number; each card goes to the KubeDeck deck made for the Anki
// deck it sits in. A cloze note whose numbers each have one gap stays a KubeDeck cloze card
// (Back Extra appended); other cloze notes give one basic card per number, rendered as Anki
// renders them. Two cards that are each other's reverse become one reversed basic card, and
// `{{type:Field}}` an input card. Fields are HTML: htmlToMarkdown keeps basic formatting, drops
// anything active, and what it leaves out is counted in the warnings.
// Card ids come from the note guid (`kd/<deck>/<card>` from KubeDeck's own export gives back the
// original id), so importing the same package again gives the same ids. Each card keeps its
// note's guid, note type name and template ordinal (`anki:`), and each deck the notes themselves
// and their note types (the deck's `anki:`), so that an export gives Anki back those very notes.
// Notes of KubeDeck's own note types carry their cards in a data field (exportApkg.ts): those
// cards are taken as they are, unless the note was edited in Anki or the data is not valid;
// a deck KubeDeck exported carries its own fields (exams, topics…) in its description.
import { parseDeck } from '../../decks/parse';
import { ID_PATTERN, MAX_ID_LENGTH } from '../../decks/spec';
import { DECK_FORMAT, type AnkiNote as StoredNote, type AnkiNotes, type AnkiNotetype, type Card, type Deck } from '../../decks/types';
import { cleanTags, foreignDeck, fromAnkiCloze, hasValidGaps, type ConvertedDecks } from '../converted';
import { ExchangeError } from '../errors';
import { decodeEntities, htmlToMarkdown } from '../htmlToMarkdown';
import { kubedeckIdsOf, slugify, stableCardId, uniqueId } from '../ids';
import { safeMediaName, uniqueMediaName, type ImportedMedia } from '../media';
import { Ticker, type ExchangeOptions } from '../progress';
import { selectAll, type SqlDatabase, type SqlEngine } from '../sqlite';
import type { ImportWarning } from '../warnings';
import { DEFAULT_ZIP_LIMITS, readZip, type ZipLimits } from '../zip';
import { detectLanguage } from '../language';
import { unzstd } from '../zstd';
import { protoMessages, protoNumber, protoString, readProtobuf, type ProtoMessage } from './protobuf';
import { clozeNumbers, isImageOcclusion, isOneGapPerNumber } from './cloze';
import { DECK_DATA, visibleFieldsHash, type KubedeckNoteData } from './exportApkg';
import { fieldMediaNames, renameFieldMedia } from './fieldMedia';
import { FIELD_SEPARATOR, KUBEDECK_DATA_FIELD, MODEL_KIND } from './schema';
import { clozeFieldsOf, nonEmptyFields, parseTemplate, renderTemplate, rendersWithFields, stripHtml, type TemplateNode } from './template';

export interface ApkgImportOptions extends ExchangeOptions {
  limits?: Partial<ZipLimits>;
  /** Language of the imported decks (Anki does not record it). Default: detected from the cards (language.ts), else `fr`. */
  lang?: string;
  /** Shown as the decks' `source` (e.g. the file name). */
  source?: string;
}

interface AnkiModel {
  name: string;
  kind: number;
  fieldNames: string[];
  /** Templates, in ordinal order. */
  templates: { name: string; question: string; answer: string }[];
  /** Modification time in seconds (0 when unknown). */
  mod: number;
  css: string;
  /** The field the browser sorts by. */
  sortField: number;
}

interface AnkiDeck {
  /** The deck's name, one part per level (`Réseau::Ingress` → ['Réseau', 'Ingress']). */
  path: string[];
  description: string;
}

interface AnkiNote {
  id: number;
  guid: string;
  modelId: number;
  mod: number;
  tags: string;
  fields: string;
}

interface AnkiCollection {
  models: Map<number, AnkiModel>;
  decks: Map<number, AnkiDeck>;
  notes: AnkiNote[];
  /** The deck of each card of a note, by template ordinal (cloze number − 1 for cloze types). */
  cardsOfNote: Map<number, Map<number, number>>;
}

/** How a package is laid out, from the version in its `meta` file (proto/anki/import_export.proto). */
interface PackageLayout {
  collection: string;
  /** Collection, media list and media files are zstd-compressed; the media list is protobuf, not JSON. */
  current: boolean;
}

const LEGACY_COLLECTIONS = ['collection.anki21', 'collection.anki2'];
const CURRENT_COLLECTION = 'collection.anki21b';
const PACKAGE_VERSION = { legacy1: 1, legacy2: 2, current: 3 } as const;

// Field numbers of the protobuf messages read here (ankitects/anki proto/anki/*.proto).
const PROTO = {
  packageMetadata: { version: 1 },
  mediaEntries: { entries: 1 },
  mediaEntry: { name: 1, legacyZipFilename: 255 },
  notetypeConfig: { kind: 1, sortFieldIndex: 2, css: 3 },
  templateConfig: { questionFormat: 1, answerFormat: 2 },
  deckKind: { normal: 1 },
  deckNormal: { description: 4 },
} as const;

/** Schema 18 writes nested deck names with this separator; the legacy JSON uses `::`. */
const NATIVE_DECK_SEPARATOR = '\x1f';

function packageLayout(files: Map<string, Uint8Array>): PackageLayout {
  const meta = files.get('meta');
  let version: number | undefined;
  if (meta) {
    try {
      version = protoNumber(readProtobuf(meta), PROTO.packageMetadata.version);
    } catch (error) {
      throw new ExchangeError('apkg-bad-collection', { detail: `meta: ${(error as Error).message}` });
    }
  }
  if (version === PACKAGE_VERSION.current) {
    if (!files.has(CURRENT_COLLECTION)) throw new ExchangeError('apkg-no-collection');
    return { collection: CURRENT_COLLECTION, current: true };
  }
  // Anki itself refuses a version it does not know (0 included) as "too new".
  if (version !== undefined && version !== PACKAGE_VERSION.legacy1 && version !== PACKAGE_VERSION.legacy2) {
    throw new ExchangeError('apkg-too-new', { version });
  }
  const legacy = LEGACY_COLLECTIONS.find((name) => files.has(name));
  if (!legacy) throw new ExchangeError('apkg-no-collection');
  return { collection: legacy, current: false };
}

function parseJsonObject(text: unknown): Record<string, unknown> {
  const value: unknown = JSON.parse(String(text));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Record<string, unknown>;
}

const byOrd = <T extends { ord?: unknown }>(items: T[] = []) => [...items].sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0));

/** Schema 11: note types and decks are JSON objects in the `col` row. */
function readLegacyModelsAndDecks(db: SqlDatabase): Pick<AnkiCollection, 'models' | 'decks'> {
  const [col] = selectAll(db, 'select models, decks from col limit 1');
  if (!col) throw new Error('the col table is empty');
  const models = new Map<number, AnkiModel>();
  for (const [id, value] of Object.entries(parseJsonObject(col.models))) {
    const model = value as {
      name?: unknown;
      type?: unknown;
      mod?: unknown;
      css?: unknown;
      sortf?: unknown;
      flds?: { name?: unknown; ord?: unknown }[];
      tmpls?: { name?: unknown; qfmt?: unknown; afmt?: unknown; ord?: unknown }[];
    };
    models.set(Number(id), {
      name: String(model.name ?? ''),
      kind: Number(model.type ?? 0),
      fieldNames: byOrd(model.flds).map((f) => String(f.name ?? '')),
      templates: byOrd(model.tmpls).map((t) => ({ name: String(t.name ?? ''), question: String(t.qfmt ?? ''), answer: String(t.afmt ?? '') })),
      mod: Number(model.mod ?? 0) || 0,
      css: String(model.css ?? ''),
      sortField: Number(model.sortf ?? 0) || 0,
    });
  }
  const decks = new Map<number, AnkiDeck>();
  for (const [id, value] of Object.entries(parseJsonObject(col.decks))) {
    const deck = value as { name?: unknown; desc?: unknown };
    decks.set(Number(id), { path: String(deck.name ?? '').split('::'), description: String(deck.desc ?? '') });
  }
  return { models, decks };
}

function blob(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error(`${what} is not a protobuf blob`);
  return value;
}

/** Schema 18: tables `notetypes`, `fields`, `templates` and `decks`, with protobuf configs. */
function readModelsAndDecks(db: SqlDatabase): Pick<AnkiCollection, 'models' | 'decks'> {
  const models = new Map<number, AnkiModel>();
  for (const row of selectAll(db, 'select * from notetypes')) {
    const config = readProtobuf(blob(row.config, 'a note type config'));
    models.set(Number(row.id), {
      name: String(row.name ?? ''),
      kind: protoNumber(config, PROTO.notetypeConfig.kind),
      fieldNames: [],
      templates: [],
      mod: Number(row.mtime_secs ?? 0) || 0,
      css: protoString(config, PROTO.notetypeConfig.css),
      sortField: protoNumber(config, PROTO.notetypeConfig.sortFieldIndex),
    });
  }
  for (const row of selectAll(db, 'select ntid, name from fields order by ntid, ord')) {
    models.get(Number(row.ntid))?.fieldNames.push(String(row.name));
  }
  for (const row of selectAll(db, 'select ntid, name, config from templates order by ntid, ord')) {
    const config = readProtobuf(blob(row.config, 'a template config'));
    models.get(Number(row.ntid))?.templates.push({
      name: String(row.name ?? ''),
      question: protoString(config, PROTO.templateConfig.questionFormat),
      answer: protoString(config, PROTO.templateConfig.answerFormat),
    });
  }
  const decks = new Map<number, AnkiDeck>();
  for (const row of selectAll(db, 'select id, name, kind from decks')) {
    const [normal] = protoMessages(readProtobuf(blob(row.kind, 'a deck kind')), PROTO.deckKind.normal);
    decks.set(Number(row.id), {
      path: String(row.name).split(NATIVE_DECK_SEPARATOR),
      description: normal ? protoString(normal, PROTO.deckNormal.description) : '',
    });
  }
  return { models, decks };
}

function hasTable(db: SqlDatabase, name: string): boolean {
  const statement = db.prepare("select 1 from sqlite_master where type = 'table' and name = ?");
  try {
    statement.bind([name]);
    return statement.step();
  } finally {
    statement.free();
  }
}

/** Bounds on what one package may hold: far above real decks, far below what would freeze the app. */
export const MAX_ANKI_ROWS = { notes: 200_000, cards: 1_000_000 } as const;
const LEGACY_TABLES = ['col', 'notes', 'cards'];
const SCHEMA_18_TABLES = ['notetypes', 'fields', 'templates', 'decks'];

/**
 * Only real tables are read: a view can be made to compute forever (a recursive `notes` view in
 * a 1 KB package), a table's rows are bounded by the file. Row counts are bounded too.
 */
function checkTables(db: SqlDatabase): boolean {
  const current = hasTable(db, 'notetypes');
  const missing = [...LEGACY_TABLES, ...(current ? SCHEMA_18_TABLES : [])].filter((name) => !hasTable(db, name));
  if (missing.length > 0) throw new Error(`not a table: ${missing.join(', ')}`);
  for (const [table, max] of Object.entries(MAX_ANKI_ROWS)) {
    const [row] = selectAll(db, `select count(*) as n from ${table}`);
    if (Number(row?.n) > max) throw new Error(`more than ${max} rows in ${table}`);
  }
  return current;
}

function readCollection(db: SqlDatabase): AnkiCollection {
  try {
    const { models, decks } = checkTables(db) ? readModelsAndDecks(db) : readLegacyModelsAndDecks(db);
    const notes = selectAll(db, 'select id, guid, mid, mod, tags, flds from notes order by id').map((row) => ({
      id: Number(row.id),
      guid: String(row.guid),
      modelId: Number(row.mid),
      mod: Number(row.mod) || 0,
      tags: String(row.tags ?? ''),
      fields: String(row.flds ?? ''),
    }));
    const cardsOfNote = new Map<number, Map<number, number>>();
    for (const row of selectAll(db, 'select nid, did, ord from cards order by nid, ord')) {
      const noteId = Number(row.nid);
      const decks = cardsOfNote.get(noteId) ?? new Map<number, number>();
      decks.set(Number(row.ord), Number(row.did));
      cardsOfNote.set(noteId, decks);
    }
    return { models, decks, notes, cardsOfNote };
  } catch (error) {
    throw new ExchangeError('apkg-bad-collection', { detail: (error as Error).message });
  }
}

/** The media list: each file's original name and the zip entry holding its bytes. */
async function mediaList(files: Map<string, Uint8Array>, layout: PackageLayout, inflate: Inflate): Promise<{ entry: string; name: string }[]> {
  const list = files.get('media');
  try {
    if (layout.current) {
      if (!list) return [];
      const entries = protoMessages(readProtobuf(await inflate('media', list)), PROTO.mediaEntries.entries);
      return entries.map((entry: ProtoMessage, index) => ({
        // Files are stored under their index, unless an older package named them otherwise.
        entry: String(protoNumber(entry, PROTO.mediaEntry.legacyZipFilename, index)),
        name: protoString(entry, PROTO.mediaEntry.name),
      }));
    }
    const map = parseJsonObject(new TextDecoder().decode(list ?? new TextEncoder().encode('{}')));
    return Object.entries(map).map(([entry, name]) => {
      if (typeof name !== 'string' || !/^\d+$/.test(entry)) throw new Error('not a media map');
      return { entry, name };
    });
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    throw new ExchangeError('apkg-bad-media');
  }
}

/** Media under safe unique names; `names` maps original → safe. */
async function readMedia(
  files: Map<string, Uint8Array>,
  layout: PackageLayout,
  inflate: Inflate,
  warnings: ImportWarning[],
): Promise<{ media: ImportedMedia[]; names: Map<string, string> }> {
  const media: ImportedMedia[] = [];
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const { entry, name: original } of await mediaList(files, layout, inflate)) {
    const stored = files.get(entry);
    if (!stored) {
      warnings.push({ code: 'media-missing', params: { name: original } });
      continue;
    }
    const name = uniqueMediaName(safeMediaName(original), taken);
    if (name !== original) warnings.push({ code: 'media-renamed', params: { from: original, to: name } });
    names.set(original, name);
    media.push({ name, bytes: layout.current ? await inflate(original, stored) : stored });
  }
  return { media, names };
}

/** Decompresses one zstd file of the package, all of them sharing one size budget. */
type Inflate = (name: string, bytes: Uint8Array, progress?: ExchangeOptions) => Promise<Uint8Array>;

function inflater(maxTotalBytes: number): Inflate {
  let remaining = maxTotalBytes;
  return async (name, bytes, progress) => {
    const out = await unzstd(bytes, remaining, name, progress);
    remaining -= out.length;
    return out;
  };
}

async function openCollection(sql: SqlEngine, files: Map<string, Uint8Array>, layout: PackageLayout, inflate: Inflate, options: ExchangeOptions): Promise<SqlDatabase> {
  const stored = files.get(layout.collection)!;
  const bytes = layout.current ? await inflate(layout.collection, stored, options) : stored;
  let db: SqlDatabase | undefined;
  try {
    db = new sql.Database(bytes);
    replaceAnkiCollation(db);
    return db;
  } catch (error) {
    db?.close();
    throw new ExchangeError('apkg-bad-collection', { detail: (error as Error).message });
  }
}

/**
 * Schema 18 declares names `collate unicase`, a collation Anki registers itself; SQLite cannot
 * even scan a table indexed with a collation it lacks. This copy is only read, never compared by
 * name, so SQLite's own `nocase` stands in for it.
 */
function replaceAnkiCollation(db: SqlDatabase): void {
  const UNICASE = /collate\s+unicase\b/gi;
  const objects = selectAll(db, "select name, sql from sqlite_master where sql like '%unicase%'");
  if (objects.length === 0) return;
  db.run('pragma writable_schema = on');
  for (const { name, sql } of objects) {
    db.run('update sqlite_master set sql = ? where name = ?', [String(sql).replace(UNICASE, 'collate nocase'), name as string]);
  }
  db.run('pragma writable_schema = reset');
}

export async function importApkg(bytes: Uint8Array, sql: SqlEngine, options: ApkgImportOptions = {}): Promise<ConvertedDecks> {
  const files = await readZip(bytes, {
    ...options,
    keep: (name) => name === 'meta' || name === 'media' || name === CURRENT_COLLECTION || LEGACY_COLLECTIONS.includes(name) || /^\d+$/.test(name),
  });
  const layout = packageLayout(files);
  const inflate = inflater({ ...DEFAULT_ZIP_LIMITS, ...options.limits }.maxTotalBytes);
  const db = await openCollection(sql, files, layout, inflate, options);
  let collection: AnkiCollection;
  try {
    collection = readCollection(db);
  } finally {
    db.close();
  }
  const warnings: ImportWarning[] = [];
  const { media, names } = await readMedia(files, layout, inflate, warnings);
  return convertCollection(collection, media, names, warnings, options);
}

async function convertCollection(
  { models, decks: deckInfo, notes, cardsOfNote }: AnkiCollection,
  media: ImportedMedia[],
  names: Map<string, string>,
  warnings: ImportWarning[],
  options: ApkgImportOptions,
): Promise<ConvertedDecks> {
  // Anki's `[sound:file]` tags, <audio> and <video> become players of the media file (htmlToMarkdown).
  const toMarkdown = (html: string) => htmlToMarkdown(html, { media: names });
  const dropped = new Map<string, number>();
  const count = (what: string) => dropped.set(what, (dropped.get(what) ?? 0) + 1);
  const groups = new Map<number, DeckGroup>();
  const parsed = new Map<number, ParsedModel>();
  const ownCards = kubedeckCards(notes, models, warnings);
  const ticker = new Ticker(options, 'notes', notes.length);
  for (const [index, note] of notes.entries()) {
    await ticker.tick(index);
    const placement = cardsOfNote.get(note.id);
    if (!placement) continue; // a note without cards is not shown by Anki either
    const model = models.get(note.modelId);
    if (model && !parsed.has(note.modelId)) parsed.set(note.modelId, parseModel(model));
    const own = ownCards.get(note.id);
    const cards: { ord: number; card: Card | CardContent }[] = own ?? convertNote(note, model && parsed.get(note.modelId), toMarkdown, warnings);
    // What the note's fields lose, counted once per field (templates may show a field twice).
    for (const field of note.fields.split(FIELD_SEPARATOR)) {
      htmlToMarkdown(field, { media: names, dropped: count });
    }
    if (cards.length === 0) {
      warnings.push({ code: 'empty-note', params: { note: note.guid } });
      continue;
    }
    const ownId = kubedeckIdsOf(note.guid);
    const [firstDeck] = placement.values();
    for (const [position, { ord, card }] of cards.entries()) {
      // Each card stays in the Anki deck it sits in.
      const deckId = placement.get(ord) ?? firstDeck;
      const group: DeckGroup = groups.get(deckId) ?? { cards: [], ids: new Set<string>(), kubedeckDeckIds: new Set<string>(), notes: new Map() };
      groups.set(deckId, group);
      // The note as Anki has it, for exports back to the student's collection (a KubeDeck note carries its cards).
      if (!own && model && !group.notes.has(note.guid)) group.notes.set(note.guid, storedNote(note, names));
      if (ownId) group.kubedeckDeckIds.add(ownId.deckId);
      // Card 1 of a note keeps the id that the note alone had; the others add their ordinal.
      const id = own ? (card as Card).id : ownId ? (position === 0 ? ownId.cardId : `${ownId.cardId}-${ord + 1}`) : stableCardId('anki', position === 0 ? note.guid : `${note.guid}/${ord}`);
      // The note's identity, so that an export to Anki updates this note (docs/deck-format.md, `anki`).
      const anki = own ? { ...(card as Card).anki, guid: note.guid } : { guid: note.guid, ...(model?.name ? { notetype: model.name } : {}), template: ord };
      group.cards.push({ ...card, id: uniqueId(id, group.ids), anki } as Card);
    }
  }
  ticker.finish();
  for (const [what, times] of [...dropped].sort(([a], [b]) => a.localeCompare(b))) warnings.push({ code: 'dropped', params: { what, count: times } });

  const decks = [...groups.entries()]
    .filter(([, group]) => group.cards.length > 0)
    .map(([deckId, group]) => {
      const info = deckInfo.get(deckId) ?? { path: ['Anki'], description: '' };
      const title = info.path.join(' / ');
      const anki = ankiNotesOf(group, models);
      const own = kubedeckDeck(info.description, group.cards);
      if (own) return { ...own, ...(anki ? { anki } : {}) };
      // A package made by KubeDeck knows its deck id; other packages get one from the deck name.
      const [kubedeckId] = group.kubedeckDeckIds.size === 1 ? group.kubedeckDeckIds : [];
      return foreignDeck({
        id: kubedeckId ?? slugify(title, 'anki'),
        title,
        lang: options.lang ?? detectLanguage(group.cards),
        description: toMarkdown(info.description),
        source: options.source ?? `Anki : ${title}`,
        cards: group.cards,
        anki,
      });
    });
  return { decks, media, warnings };
}

/** The cards of one KubeDeck deck in the making, and the Anki notes they come from (by guid). */
interface DeckGroup {
  cards: Card[];
  ids: Set<string>;
  kubedeckDeckIds: Set<string>;
  notes: Map<string, StoredNote>;
}

/** A note as the deck file keeps it: its fields name media by the names they are saved under. */
function storedNote(note: AnkiNote, names: ReadonlyMap<string, string>): StoredNote {
  const tags = cleanTags(note.tags.split(/\s+/));
  return {
    guid: note.guid,
    notetype: note.modelId,
    ...(note.mod > 0 ? { mod: note.mod } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    fields: note.fields.split(FIELD_SEPARATOR).map((field) => renameFieldMedia(field, (name) => names.get(name))),
  };
}

function ankiNotesOf(group: DeckGroup, models: ReadonlyMap<number, AnkiModel>): AnkiNotes | undefined {
  if (group.notes.size === 0) return undefined;
  const ids = [...new Set([...group.notes.values()].map((note) => note.notetype))];
  const notetypes = ids.map((id): AnkiNotetype => {
    const model = models.get(id)!;
    return {
      id,
      name: model.name || String(id),
      kind: model.kind === MODEL_KIND.cloze ? 'cloze' : 'standard',
      ...(model.mod > 0 ? { mod: model.mod } : {}),
      fields: model.fieldNames,
      ...(model.sortField > 0 && model.sortField < model.fieldNames.length ? { sortField: model.sortField } : {}),
      templates: model.templates.map((t, ord) => ({ name: t.name || String(ord + 1), question: t.question, answer: t.answer })),
      ...(model.css ? { css: model.css } : {}),
    };
  });
  return { notetypes, notes: [...group.notes.values()] };
}

/** Each note type's templates parsed once, however many notes of it an export compares. */
const parsedNotetypes = new WeakMap<AnkiNotetype, ParsedModel>();

/**
 * The cards a note kept in a deck file gives, exactly as its import gave them: an export tells
 * from them whether the deck's cards of that note were edited since.
 */
export function cardsOfStoredNote(notetype: AnkiNotetype, note: StoredNote): NoteCard[] {
  let model = parsedNotetypes.get(notetype);
  if (!model) parsedNotetypes.set(notetype, (model = parseModel({ ...notetype, kind: MODEL_KIND[notetype.kind], fieldNames: notetype.fields, mod: 0, css: '', sortField: 0 })));
  const media = new Map(note.fields.flatMap(fieldMediaNames).map((name) => [name, name]));
  const fields = { guid: note.guid, tags: (note.tags ?? []).join(' '), fields: note.fields.join(FIELD_SEPARATOR) };
  return convertNote(fields, model, (html) => htmlToMarkdown(html, { media }), []);
}

/** The deck parseDeck reads from `deck` (a plain value), or undefined when it has errors. */
function checkedDeck(deck: Record<string, unknown>): Deck | undefined {
  const result = parseDeck(JSON.stringify(deck), 'anki');
  return result.deck && !result.problems.some((problem) => problem.severity === 'error') ? result.deck : undefined;
}

const PLACEHOLDER_DECK = { format: DECK_FORMAT, id: 'anki', title: 'Anki', lang: 'en', description: 'Anki', source: 'Anki' };

/** The cards a KubeDeck note's data field holds (exportApkg.ts), unchecked; undefined when it is not one, or was edited in Anki. */
function storedCards(note: AnkiNote, model: AnkiModel | undefined, warnings: ImportWarning[]): unknown[] | undefined {
  if (model?.fieldNames.at(-1) !== KUBEDECK_DATA_FIELD) return undefined;
  const values = note.fields.split(FIELD_SEPARATOR);
  if (values.length !== model.fieldNames.length) return undefined;
  let data: Partial<KubedeckNoteData>;
  try {
    data = JSON.parse(decodeEntities(stripHtml(values.at(-1) ?? ''))) as Partial<KubedeckNoteData>;
  } catch {
    return undefined;
  }
  const stored = data?.kubedeck === 1 ? (data.cards ?? (data.card ? [data.card] : undefined)) : undefined;
  if (!Array.isArray(stored) || stored.length === 0) return undefined;
  // The other fields are not as KubeDeck wrote them: the note was edited in Anki, its fields win.
  if (data.fields !== visibleFieldsHash(values.slice(0, -1))) {
    warnings.push({ code: 'edited-in-anki', params: { note: note.guid } });
    return undefined;
  }
  return stored;
}

const CHECKED_PER_PARSE = 2000;

/**
 * Which of `values` are valid cards, and what they read as. parseDeck reads them in batches, one
 * card per line of a JSON text (ids replaced, since two decks may use one id), so that a problem's
 * line names the card at fault; the others are read again without it.
 */
function checkedCards(values: unknown[]): (Card | undefined)[] {
  const result: (Card | undefined)[] = [];
  for (let start = 0; start < values.length; start += CHECKED_PER_PARSE) {
    const batch = values.slice(start, start + CHECKED_PER_PARSE);
    const ids = batch.map((value) => (typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined));
    const parse = (indices: number[]) => {
      const lines = indices.map((i) => JSON.stringify({ ...(batch[i] as object), id: `c${i}` }));
      return parseDeck(`${JSON.stringify(PLACEHOLDER_DECK).slice(0, -1)},"cards":[\n${lines.join(',\n')}\n]}`, 'anki');
    };
    const valid = batch.map((value, i) => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof ids[i] === 'string' && ID_PATTERN.test(ids[i] as string) && (ids[i] as string).length <= MAX_ID_LENGTH);
    let indices = batch.map((_, i) => i).filter((i) => valid[i]);
    let parsed = indices.length > 0 ? parse(indices) : undefined;
    const errorLines = new Set(parsed?.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line - 2) ?? []);
    if (errorLines.size > 0) {
      indices = indices.filter((_, line) => !errorLines.has(line));
      parsed = indices.length > 0 ? parse(indices) : undefined;
    }
    const cards = parsed?.deck?.cards ?? [];
    const byIndex = new Map(cards.length === indices.length ? indices.map((i, k) => [i, { ...cards[k], id: ids[i] as string }]) : []);
    for (let i = 0; i < batch.length; i++) result.push(byIndex.get(i));
  }
  return result;
}

/**
 * The cards of each KubeDeck note (by note id), when its data field holds valid cards and its
 * other fields are as KubeDeck wrote them; other notes are read from their fields.
 */
function kubedeckCards(notes: AnkiNote[], models: Map<number, AnkiModel>, warnings: ImportWarning[]): Map<number, { ord: number; card: Card }[]> {
  const stored = notes.map((note) => ({ note, values: storedCards(note, models.get(note.modelId), warnings) })).filter((entry): entry is { note: AnkiNote; values: unknown[] } => !!entry.values);
  const checked = checkedCards(stored.flatMap((entry) => entry.values));
  const byNote = new Map<number, { ord: number; card: Card }[]>();
  let next = 0;
  for (const { note, values } of stored) {
    const cards = checked.slice(next, (next += values.length));
    if (cards.every((card): card is Card => card !== undefined)) byNote.set(note.id, cards.map((card) => ({ ord: card.anki?.template ?? 0, card })));
  }
  return byNote;
}

/** The deck KubeDeck exported, from the fields its description carries (exportApkg.ts), with `cards`. */
function kubedeckDeck(descriptionHtml: string, cards: Card[]): Deck | undefined {
  const json = DECK_DATA.exec(descriptionHtml)?.[1];
  if (!json) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
  const checked = checkedDeck({ ...PLACEHOLDER_DECK, ...fields, cards: [{ id: 'x', type: 'cloze', text: '{{x}}' }] });
  return checked && { ...checked, cards };
}

interface ParsedModel {
  cloze: boolean;
  fieldNames: string[];
  templates: { question: TemplateNode[]; answer: TemplateNode[] }[];
}

function parseModel(model: AnkiModel): ParsedModel {
  return {
    cloze: model.kind === MODEL_KIND.cloze,
    fieldNames: model.fieldNames,
    templates: model.templates.map((t) => ({ question: parseTemplate(t.question), answer: parseTemplate(t.answer) })),
  };
}

/** A basic note type for notes whose type is missing from the collection. */
const FALLBACK_MODEL: ParsedModel = {
  cloze: false,
  fieldNames: ['Front', 'Back'],
  templates: [{ question: parseTemplate('{{Front}}'), answer: parseTemplate('{{Back}}') }],
};

/** A card before its id is chosen. */
type CardContent = Card extends infer C ? (C extends Card ? Omit<C, 'id'> : never) : never;

/** What the answer side adds: the answer without `{{FrontSide}}`, its leading separators removed. */
const answerOnly = (html: string) => html.replace(/^(?:\s|<hr id=["']?answer["']?\s*\/?>|<br\s*\/?>)+/i, '');

/**
 * The cards Anki generates for a note, in ordinal order: one per template whose question renders
 * (standard types), one per cloze number (cloze types). Two cards that are each other's reverse
 * become one reversed basic card.
 */
/** A card an Anki note gives: `ord` the template ordinal it keeps, `ords` the Anki cards it stands for (two for a reversed pair, every number of a cloze card). */
export interface NoteCard {
  ord: number;
  ords: number[];
  card: CardContent;
}

function convertNote(note: Pick<AnkiNote, 'guid' | 'tags' | 'fields'>, model: ParsedModel | undefined, toMarkdown: (html: string) => string, warnings: ImportWarning[]): NoteCard[] {
  const type = model ?? FALLBACK_MODEL;
  const values = note.fields.split(FIELD_SEPARATOR);
  const fields = new Map(type.fieldNames.map((name, i) => [name, values[i] ?? '']));
  const base = { tags: cleanTags(note.tags.split(/\s+/)), origin: 'hand' as const };
  const render = (ord: number, clozeOrdinal?: number) => {
    const template = type.templates[type.cloze ? 0 : ord];
    const typed: string[] = [];
    const context = { fields, tags: note.tags, frontSide: '', clozeOrdinal };
    // What the question asks to type is the answer of an input card.
    const question = renderTemplate(template.question, { ...context, question: true, typed });
    const answer = answerOnly(renderTemplate(template.answer, { ...context, question: false }));
    return { question, answer, typed };
  };
  if (type.cloze) return convertClozeNote(note, type, fields, base, render, toMarkdown, warnings);

  const nonEmpty = nonEmptyFields(fields, note.tags.trim() !== '');
  const cards: { ord: number; question: string; answer: string; card: CardContent }[] = [];
  type.templates.forEach((template, ord) => {
    if (!rendersWithFields(template.question, nonEmpty)) return;
    const { question, answer, typed } = render(ord);
    const front = toMarkdown(question);
    if (!front.trim()) return;
    const back = toMarkdown(answer);
    if (typed.length > 0) {
      const answers = typed.map((name) => decodeEntities(stripHtml(fields.get(name) ?? '')).trim()).filter(Boolean);
      if (answers.length > 0) {
        cards.push({ ord, question: front, answer: back, card: { ...base, type: 'input', question: front, answers, ...(back.trim() ? { explanation: back } : {}) } });
        return;
      }
    }
    if (!back.trim()) warnings.push({ code: 'empty-back', params: { note: note.guid } });
    cards.push({ ord, question: front, answer: back, card: { ...base, type: 'basic', front, back: back.trim() ? back : EMPTY_BACK, reverse: false } });
  });
  // "Basic (and reversed card)" and the like: card 2 asks what card 1 answers, and the other way round.
  if (cards.length === 2 && cards.every((c) => c.card.type === 'basic') && cards[0].question === cards[1].answer && cards[0].answer === cards[1].question) {
    return [{ ord: cards[0].ord, ords: [cards[0].ord, cards[1].ord], card: { ...cards[0].card, reverse: true } as CardContent }];
  }
  return cards.map(({ ord, card }) => ({ ord, ords: [ord], card }));
}

/** Shown on the answer side of a card whose answer is empty (Anki shows such cards too). */
const EMPTY_BACK = '—';

function convertClozeNote(
  note: Pick<AnkiNote, 'guid' | 'tags'>,
  type: ParsedModel,
  fields: Map<string, string>,
  base: { tags: string[]; origin: 'hand' },
  render: (ord: number, clozeOrdinal?: number) => { question: string; answer: string },
  toMarkdown: (html: string) => string,
  warnings: ImportWarning[],
): NoteCard[] {
  const template = type.templates[0];
  if (!template) return [];
  const clozeFields = clozeFieldsOf(template.question);
  // cardgen.rs: the cloze numbers of every field of the note, one card each.
  const numbers = [...new Set([...fields.values()].flatMap((value) => [...clozeNumbers(value)]))].sort((a, b) => a - b);
  const clozeValues = clozeFields.map((name) => fields.get(name) ?? '');
  if (clozeValues.some(isImageOcclusion)) {
    // Image occlusion: the shapes are drawn by Anki's editor; KubeDeck keeps the image.
    warnings.push({ code: 'image-occlusion', params: { note: note.guid } });
    const image = [...fields.values()].find((value) => /<img\b/i.test(value)) ?? '';
    const front = toMarkdown(image);
    if (!front.trim()) return [];
    const ords = numbers.length > 0 ? numbers.map((n) => n - 1) : [0];
    return [{ ord: 0, ords, card: { ...base, type: 'basic', front, back: toMarkdown(stripHtml(render(0, 1).answer)) || EMPTY_BACK, reverse: false } }];
  }
  if (numbers.length === 0) {
    warnings.push({ code: 'cloze-without-gap', params: { note: note.guid } });
    const { question, answer } = render(0, 1);
    const front = toMarkdown(question);
    if (!front.trim()) return [];
    return [{ ord: 0, ords: [0], card: { ...base, type: 'basic', front, back: toMarkdown(answer) || front, reverse: false } }];
  }
  const [mainField] = clozeFields;
  const main = mainField === undefined ? '' : (fields.get(mainField) ?? '');
  const numbersInMain = clozeNumbers(main);
  if (clozeFields.length === 1 && numbers.every((n) => numbersInMain.has(n)) && isOneGapPerNumber(main)) {
    // KubeDeck's own cloze card says the same: one gap per number. The answer side's other fields
    // (Back Extra) follow the text, their `{{` escaped so that they make no gap.
    const text = fromAnkiCloze(toMarkdown(main));
    const extraHtml = answerOnly(renderTemplate(template.answer, { fields, tags: note.tags, frontSide: '', question: false, omitCloze: true }));
    const extra = toMarkdown(extraHtml).replaceAll('{{', '{\\{');
    if (hasValidGaps(text)) return [{ ord: 0, ords: numbers.map((n) => n - 1), card: { ...base, type: 'cloze', text: extra.trim() ? `${text}\n\n${extra}` : text } }];
  }
  // Anything else (two gaps of one number, `c1,2`, nested gaps, gaps in several fields): one
  // card per cloze number, its question and answer rendered as Anki renders them.
  return numbers.map((number) => {
    const { question, answer } = render(number - 1, number);
    const front = escapeBraces(toMarkdown(question));
    const back = escapeBraces(toMarkdown(answer));
    return { ord: number - 1, ords: [number - 1], card: { ...base, type: 'basic', front: front || '…', back: back || EMPTY_BACK, reverse: false } };
  });
}

/** `{{` in a basic card's text is only text; escaped so that no reader takes it for a gap. */
const escapeBraces = (text: string) => text.replaceAll('{{', '{\\{');
