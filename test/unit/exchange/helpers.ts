// Helpers for the exchange tests: the shipped decks, SQLite in Node, reading back a package.
// Anki packages to import are built by test/fixtures/anki/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../../../src/shared/decks/types';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { readNativeDeck } from '../../../src/shared/exchange/nativeYaml';
import { selectAll, type SqlEngine } from '../../../src/shared/exchange/sqlite';
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
