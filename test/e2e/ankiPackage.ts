// Anki packages for import tests, built the way Anki writes them (schema 11, `media` map and
// numbered media files) with the app's own schema and sql.js, as the unit tests do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import { ANKI_SCHEMA_SQL, deckJson, defaultDeckConfigJson, modelJson, type ModelSpec } from '../../src/shared/exchange/anki/schema';
import { loadSqlEngine } from '../../src/shared/exchange/sqlite';

const BASIC: ModelSpec = {
  id: 1001,
  name: 'Basic',
  kind: 'standard',
  fields: ['Front', 'Back'],
  templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
};
const DECK_ID = 2000;

/** A package of one Anki deck named `deck`: one basic note per [front, back] (HTML), with `media` by file name. */
export async function ankiPackage(deck: string, notes: [front: string, back: string][], media: Record<string, Uint8Array>): Promise<Buffer> {
  const sql = await loadSqlEngine(readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm')));
  const db = new sql.Database();
  db.run(ANKI_SCHEMA_SQL);
  const models = { [BASIC.id]: modelJson(BASIC, 0, DECK_ID) };
  const decks = { 1: deckJson(1, 'Default', '', 0), [DECK_ID]: deckJson(DECK_ID, deck, '', 0) };
  db.run('insert into col values (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', ['{}', JSON.stringify(models), JSON.stringify(decks), JSON.stringify({ 1: defaultDeckConfigJson(0) }), '{}']);
  notes.forEach(([front, back], i) => {
    db.run("insert into notes values (?, ?, ?, 0, 0, '', ?, '', 0, 0, '')", [100 + i, `guid${i}`, BASIC.id, `${front}\x1f${back}`]);
    db.run("insert into cards values (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')", [1 + i, 100 + i, DECK_ID]);
  });
  const collection = db.export();
  db.close();
  const names = Object.keys(media);
  return Buffer.from(
    zipSync({
      'collection.anki2': collection,
      media: new TextEncoder().encode(JSON.stringify(Object.fromEntries(names.map((name, i) => [i, name])))),
      ...Object.fromEntries(names.map((name, i) => [String(i), media[name]])),
    }),
  );
}
