// Anki packages (.apkg, legacy schema 11: `collection.anki21` or `collection.anki2`) as decks.
// One KubeDeck deck per Anki deck that holds cards. Note types: cloze types become cloze cards
// (`{{c1::a::h}}` → `{{a::h}}`, the "Back Extra" appended), two-template types whose second card
// asks the second field become reversed basic cards, every other type a basic card from its first
// two fields. Fields are HTML: htmlToMarkdown keeps basic formatting and drops anything active.
// Card ids come from the note guid (`kd/<deck>/<card>` from KubeDeck's own export gives back the
// original id), so importing the same package again gives the same ids.
import type { Card } from '../../decks/types';
import { cleanTags, foreignDeck, fromAnkiCloze, hasValidGaps, type ConvertedDecks } from '../converted';
import { ExchangeError } from '../errors';
import { htmlToMarkdown } from '../htmlToMarkdown';
import { slugify, stableCardId, uniqueId } from '../ids';
import { safeMediaName, uniqueMediaName, type ImportedMedia } from '../media';
import { Ticker, type ExchangeOptions } from '../progress';
import { selectAll, type SqlDatabase, type SqlEngine } from '../sqlite';
import type { ImportWarning } from '../warnings';
import { readZip, type ZipLimits } from '../zip';
import { FIELD_SEPARATOR, MODEL_KIND } from './schema';

export interface ApkgImportOptions extends ExchangeOptions {
  limits?: Partial<ZipLimits>;
  /** Language of the imported decks (Anki does not record it). Default `fr`. */
  lang?: string;
  /** Shown as the decks' `source` (e.g. the file name). */
  source?: string;
}

interface AnkiModel {
  kind: number;
  fieldNames: string[];
  /** Question templates, in ordinal order. */
  questionTemplates: string[];
}

interface AnkiNote {
  id: number;
  guid: string;
  modelId: number;
  tags: string;
  fields: string;
}

const COLLECTIONS = ['collection.anki21', 'collection.anki2'];
const NEW_COLLECTION = 'collection.anki21b';
const KUBEDECK_GUID = /^kd\/([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Package version in `meta` (a protobuf with the version as field 1): 3 is the zstd-compressed format. */
function metaVersion(meta: Uint8Array | undefined): number | undefined {
  if (!meta || meta[0] !== 0x08) return undefined;
  return meta[1] & 0x7f;
}

function parseJsonObject(text: unknown): Record<string, unknown> {
  const value: unknown = JSON.parse(String(text));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  return value as Record<string, unknown>;
}

function readModels(json: Record<string, unknown>): Map<number, AnkiModel> {
  const models = new Map<number, AnkiModel>();
  for (const [id, value] of Object.entries(json)) {
    const model = value as { type?: unknown; flds?: { name?: unknown; ord?: unknown }[]; tmpls?: { qfmt?: unknown; ord?: unknown }[] };
    const byOrd = <T extends { ord?: unknown }>(items: T[] = []) => [...items].sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0));
    models.set(Number(id), {
      kind: Number(model.type ?? 0),
      fieldNames: byOrd(model.flds).map((f) => String(f.name ?? '')),
      questionTemplates: byOrd(model.tmpls).map((t) => String(t.qfmt ?? '')),
    });
  }
  return models;
}

function readDeckNames(json: Record<string, unknown>): Map<number, { name: string; description: string }> {
  const decks = new Map<number, { name: string; description: string }>();
  for (const [id, value] of Object.entries(json)) {
    const deck = value as { name?: unknown; desc?: unknown };
    decks.set(Number(id), { name: String(deck.name ?? ''), description: String(deck.desc ?? '') });
  }
  return decks;
}

/** Media from the `media` map ({"0": "name.png"}), under safe unique names; `names` maps original → safe. */
function readMedia(files: Map<string, Uint8Array>, warnings: ImportWarning[]): { media: ImportedMedia[]; names: Map<string, string> } {
  let map: Record<string, unknown>;
  try {
    map = parseJsonObject(new TextDecoder().decode(files.get('media') ?? new TextEncoder().encode('{}')));
  } catch {
    throw new ExchangeError('apkg-bad-media');
  }
  const media: ImportedMedia[] = [];
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const [entry, original] of Object.entries(map)) {
    if (typeof original !== 'string' || !/^\d+$/.test(entry)) throw new ExchangeError('apkg-bad-media');
    const bytes = files.get(entry);
    if (!bytes) {
      warnings.push({ code: 'media-missing', params: { name: original } });
      continue;
    }
    const name = uniqueMediaName(safeMediaName(original), taken);
    if (name !== original) warnings.push({ code: 'media-renamed', params: { from: original, to: name } });
    names.set(original, name);
    media.push({ name, bytes });
  }
  return { media, names };
}

function openCollection(sql: SqlEngine, files: Map<string, Uint8Array>): SqlDatabase {
  const version = metaVersion(files.get('meta'));
  const legacyName = COLLECTIONS.find((name) => files.has(name));
  if ((version !== undefined && version > 2) || (!legacyName && files.has(NEW_COLLECTION))) throw new ExchangeError('apkg-new-format');
  if (!legacyName) throw new ExchangeError('apkg-no-collection');
  try {
    return new sql.Database(files.get(legacyName)!);
  } catch (error) {
    throw new ExchangeError('apkg-bad-collection', { detail: (error as Error).message });
  }
}

export async function importApkg(bytes: Uint8Array, sql: SqlEngine, options: ApkgImportOptions = {}): Promise<ConvertedDecks> {
  const files = await readZip(bytes, {
    ...options,
    keep: (name) => name === 'meta' || name === 'media' || name === NEW_COLLECTION || COLLECTIONS.includes(name) || /^\d+$/.test(name),
  });
  const db = openCollection(sql, files);
  try {
    return await convertCollection(db, files, options);
  } finally {
    db.close();
  }
}

async function convertCollection(db: SqlDatabase, files: Map<string, Uint8Array>, options: ApkgImportOptions): Promise<ConvertedDecks> {
  let models: Map<number, AnkiModel>;
  let deckInfo: Map<number, { name: string; description: string }>;
  let notes: AnkiNote[];
  const cardsOfNote = new Map<number, { deckId: number; ords: Set<number> }>();
  try {
    const [col] = selectAll(db, 'select models, decks from col limit 1');
    if (!col) throw new Error('the col table is empty');
    models = readModels(parseJsonObject(col.models));
    deckInfo = readDeckNames(parseJsonObject(col.decks));
    notes = selectAll(db, 'select id, guid, mid, tags, flds from notes order by id').map((row) => ({
      id: Number(row.id),
      guid: String(row.guid),
      modelId: Number(row.mid),
      tags: String(row.tags ?? ''),
      fields: String(row.flds ?? ''),
    }));
    for (const row of selectAll(db, 'select nid, did, ord from cards order by nid, ord')) {
      const noteId = Number(row.nid);
      const entry = cardsOfNote.get(noteId) ?? { deckId: Number(row.did), ords: new Set<number>() };
      entry.ords.add(Number(row.ord));
      cardsOfNote.set(noteId, entry);
    }
  } catch (error) {
    if (error instanceof ExchangeError) throw error;
    throw new ExchangeError('apkg-bad-collection', { detail: (error as Error).message });
  }

  const warnings: ImportWarning[] = [];
  const { media, names } = readMedia(files, warnings);
  const toMarkdown = (html: string) => htmlToMarkdown(html, { media: names });
  const groups = new Map<number, { cards: Card[]; ids: Set<string>; kubedeckDeckIds: Set<string> }>();
  const ticker = new Ticker(options, 'notes', notes.length);
  for (const [index, note] of notes.entries()) {
    await ticker.tick(index);
    const placement = cardsOfNote.get(note.id);
    if (!placement) continue; // a note without cards is not shown by Anki either
    const group = groups.get(placement.deckId) ?? { cards: [], ids: new Set<string>(), kubedeckDeckIds: new Set<string>() };
    groups.set(placement.deckId, group);
    const ownId = KUBEDECK_GUID.exec(note.guid);
    const id = uniqueId(ownId ? ownId[2] : stableCardId('anki', note.guid), group.ids);
    if (ownId) group.kubedeckDeckIds.add(ownId[1]);
    const card = convertNote(note, id, models.get(note.modelId), placement.ords, toMarkdown, warnings);
    if (card) group.cards.push(card);
  }
  ticker.finish();

  const decks = [...groups.entries()]
    .filter(([, group]) => group.cards.length > 0)
    .map(([deckId, group]) => {
      const info = deckInfo.get(deckId) ?? { name: 'Anki', description: '' };
      const title = info.name.split('::').join(' / ');
      // A package made by KubeDeck knows its deck id; other packages get one from the deck name.
      const [kubedeckId] = group.kubedeckDeckIds.size === 1 ? group.kubedeckDeckIds : [];
      return foreignDeck({
        id: kubedeckId ?? slugify(title, 'anki'),
        title,
        lang: options.lang ?? 'fr',
        description: toMarkdown(info.description),
        source: options.source ?? `Anki : ${title}`,
        cards: group.cards,
      });
    });
  return { decks, media, warnings };
}

function convertNote(
  note: AnkiNote,
  id: string,
  model: AnkiModel | undefined,
  ords: Set<number>,
  toMarkdown: (html: string) => string,
  warnings: ImportWarning[],
): Card | undefined {
  const fields = note.fields.split(FIELD_SEPARATOR);
  const tags = cleanTags(note.tags.split(/\s+/));
  const base = { id, tags, origin: 'hand' as const };
  if (model?.kind === MODEL_KIND.cloze) {
    const text = fromAnkiCloze(toMarkdown(fields[0] ?? ''));
    const extra = toMarkdown(fields[1] ?? '');
    if (hasValidGaps(text)) {
      return { ...base, type: 'cloze', text: extra ? `${text}\n\n${extra}` : text };
    }
    warnings.push({ code: 'cloze-without-gap', params: { note: note.guid } });
    if (!text.trim()) return skip(note, warnings);
    return { ...base, type: 'basic', front: text, back: extra || text, reverse: false };
  }
  const front = toMarkdown(fields[0] ?? '');
  const back = toMarkdown(fields[1] ?? '');
  if (!front.trim() || !back.trim()) return skip(note, warnings);
  return { ...base, type: 'basic', front, back, reverse: isReversed(model, ords) };
}

/** "Basic (and reversed card)" and the like: a second template that asks the second field. */
function isReversed(model: AnkiModel | undefined, ords: Set<number>): boolean {
  if (!model || model.questionTemplates.length !== 2 || !ords.has(1)) return false;
  const secondField = model.fieldNames[1];
  return secondField !== undefined && model.questionTemplates[1].includes(`{{${secondField}}}`);
}

function skip(note: AnkiNote, warnings: ImportWarning[]): undefined {
  warnings.push({ code: 'empty-note', params: { note: note.guid } });
  return undefined;
}
