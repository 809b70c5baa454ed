// Helpers for the exchange tests: the shipped decks, SQLite in Node, and Anki packages built
// the way Anki writes them (so tests can also build broken and hostile ones).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Deck } from '../../../src/shared/decks/types';
import { ANKI_SCHEMA_SQL, deckJson, defaultDeckConfigJson, modelJson, type ModelSpec } from '../../../src/shared/exchange/anki/schema';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { readNativeDeck } from '../../../src/shared/exchange/nativeYaml';
import { selectAll, type SqlDatabase, type SqlEngine } from '../../../src/shared/exchange/sqlite';
import { readZip } from '../../../src/shared/exchange/zip';
import { nodeSqlEngine } from '../../../src/node/exchange/sqlEngine';
import { VALID_DECK } from '../../fixtures/decks';

export const sqlEngine: () => Promise<SqlEngine> = nodeSqlEngine;

const DECKS_DIR = join(import.meta.dirname, '../../../decks');

export function shippedDecks(): Deck[] {
  return readdirSync(DECKS_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readNativeDeck(readFileSync(join(DECKS_DIR, name), 'utf8'), name));
}

/** The small test deck: one card of each type (basic with reverse, cloze with a hint, mcq, input, yaml-fix). */
export const demoDeck = (): Deck => readNativeDeck(VALID_DECK, 'demo.yaml');

/** What an Anki package holds, read back: collection rows and the `media` map. */
export async function openPackage(bytes: Uint8Array) {
  const files = await readZip(bytes);
  const sql = await sqlEngine();
  const db = new sql.Database(files.get('collection.anki2') ?? files.get('collection.anki21'));
  const [col] = selectAll(db, 'select * from col');
  const result = {
    files,
    col,
    models: JSON.parse(String(col.models)) as Record<string, { id: number; name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string }[] } & Record<string, unknown>>,
    decks: JSON.parse(String(col.decks)) as Record<string, { id: number; name: string; desc: string } & Record<string, unknown>>,
    dconf: JSON.parse(String(col.dconf)) as Record<string, Record<string, unknown>>,
    notes: selectAll(db, 'select * from notes order by id').map((n): Record<string, unknown> & { fields: string[] } => ({ ...n, fields: String(n.flds).split('\x1f') })),
    cards: selectAll(db, 'select * from cards order by id'),
    tables: selectAll(db, "select name from sqlite_master where type = 'table' order by name").map((row) => row.name),
    media: JSON.parse(new TextDecoder().decode(files.get('media'))) as Record<string, string>,
  };
  db.close();
  return result;
}

// ------------------------------------------------------------------ building Anki packages

/** Anki's stock note types as a user's collection has them. */
export const STOCK_MODELS = {
  basic: { id: 1001, name: 'Basic', kind: 'standard', fields: ['Front', 'Back'], templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }] },
  reversed: {
    id: 1002,
    name: 'Basic (and reversed card)',
    kind: 'standard',
    fields: ['Front', 'Back'],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
      { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
    ],
  },
  cloze: { id: 1003, name: 'Cloze', kind: 'cloze', fields: ['Text', 'Back Extra'], templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }] },
  vocab: {
    id: 1004,
    name: 'Vocabulaire (3 champs)',
    kind: 'standard',
    fields: ['Mot', 'Définition', 'Exemple'],
    templates: [{ name: 'Carte 1', qfmt: '{{Mot}}', afmt: '{{Définition}}<br>{{Exemple}}' }],
  },
} satisfies Record<string, ModelSpec>;

export interface NoteSpec {
  model: ModelSpec;
  fields: string[];
  tags?: string[];
  guid?: string;
  deckId?: number;
  /** Ordinals of the cards (default: one card, ord 0). */
  ords?: number[];
}

export interface PackageSpec {
  notes: NoteSpec[];
  decks?: { id: number; name: string; desc?: string }[];
  media?: Record<string, string>;
  mediaFiles?: Record<string, Uint8Array>;
  collectionName?: string;
  extraEntries?: Zippable;
}

/** The ExchangeError `promise` fails with (any other outcome fails the test). */
export async function exchangeFailure(promise: Promise<unknown>): Promise<ExchangeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExchangeError) return error;
    throw error;
  }
  throw new Error('expected an ExchangeError');
}

/** The spec's notes and their cards, into a collection whose `notes` and `cards` tables exist. */
export function insertNotes(db: SqlDatabase, spec: PackageSpec, defaultDeckId: number): void {
  const insertNote = db.prepare("insert into notes values (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')");
  const insertCard = db.prepare("insert into cards values (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')");
  let cardId = 1;
  spec.notes.forEach((note, i) => {
    const noteId = 100 + i;
    insertNote.run([noteId, note.guid ?? `guid${i}`, note.model.id, note.tags ? ` ${note.tags.join(' ')} ` : '', note.fields.join('\x1f')]);
    for (const ord of note.ords ?? [0]) insertCard.run([cardId++, noteId, note.deckId ?? defaultDeckId, ord]);
  });
  insertNote.free();
  insertCard.free();
}

export async function buildCollection(spec: PackageSpec): Promise<Uint8Array> {
  const sql = await sqlEngine();
  const db = new sql.Database();
  db.run(ANKI_SCHEMA_SQL);
  const decks = spec.decks ?? [{ id: 2000, name: 'Réseau::Ingress' }];
  const models = Object.fromEntries(Object.values(STOCK_MODELS).map((model) => [model.id, modelJson(model, 0, decks[0].id)]));
  const deckMap = Object.fromEntries([{ id: 1, name: 'Default' }, ...decks].map((d) => [d.id, deckJson(d.id, d.name, 'desc' in d ? (d.desc ?? '') : '', 0)]));
  db.run('insert into col values (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', ['{}', JSON.stringify(models), JSON.stringify(deckMap), JSON.stringify({ 1: defaultDeckConfigJson(0) }), '{}']);
  db.run('begin');
  insertNotes(db, spec, decks[0].id);
  db.run('commit');
  const bytes = db.export();
  db.close();
  return bytes;
}

export async function buildPackage(spec: PackageSpec): Promise<Uint8Array> {
  const entries: Zippable = {
    [spec.collectionName ?? 'collection.anki2']: await buildCollection(spec),
    media: new TextEncoder().encode(JSON.stringify(spec.media ?? {})),
    ...spec.mediaFiles,
    ...spec.extraEntries,
  };
  return zipSync(entries);
}
