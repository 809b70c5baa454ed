// Anki packages in the layout current Anki exports by default (package version 3): a zstd-compressed
// schema 18 collection (`collection.anki21b`) whose note types, fields, templates and decks live in
// tables with protobuf configs, a zstd-compressed protobuf media list, zstd-compressed media files,
// and a placeholder `collection.anki2` for older Ankis. Built from what ankitects/anki documents
// (rslib/src/storage/upgrades/schema15_upgrade.sql, proto/anki/*.proto, package/colpkg/export.rs).
import { compress, init } from '@bokuweb/zstd-wasm';
import { zipSync, type Zippable } from 'fflate';
import { ANKI_SCHEMA_SQL } from '../../../src/shared/exchange/anki/schema';
import { buildCollection, insertNotes, sqlEngine, STOCK_MODELS, type PackageSpec } from './helpers';

// ------------------------------------------------------------------ protobuf, the writing side

function varint(value: number): number[] {
  const bytes: number[] = [];
  for (let rest = value; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) return [...bytes, rest];
    bytes.push((rest % 128) | 0x80);
  }
}

/** A varint field. */
export const pbNumber = (field: number, value: number) => new Uint8Array([...varint(field * 8), ...varint(value)]);

/** A length-delimited field: a string, bytes or an encoded message. */
export function pbBytes(field: number, value: string | Uint8Array): Uint8Array {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return new Uint8Array([...varint(field * 8 + 2), ...varint(bytes.length), ...bytes]);
}

/** A message made of its encoded fields. */
export const pbMessage = (...fields: Uint8Array[]) => new Uint8Array(fields.flatMap((field) => [...field]));

// ------------------------------------------------------------------ zstd

let ready: Promise<void> | undefined;

/** Real zstd compression (the reference library in WebAssembly), to test our decoder on real frames. */
export async function zstd(bytes: Uint8Array, level = 3): Promise<Uint8Array> {
  await (ready ??= init());
  return compress(bytes, level);
}

// ------------------------------------------------------------------ collection and package

const SCHEMA_18_TABLES = `
create table notetypes (id integer not null primary key, name text not null collate nocase, mtime_secs integer not null, usn integer not null, config blob not null);
create unique index idx_notetypes_name on notetypes (name);
create table fields (ntid integer not null, ord integer not null, name text not null collate nocase, config blob not null, primary key (ntid, ord)) without rowid;
create unique index idx_fields_name_ntid on fields (name, ntid);
create table templates (ntid integer not null, ord integer not null, name text not null collate nocase, mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid;
create unique index idx_templates_name_ntid on templates (name, ntid);
create table decks (id integer primary key not null, name text not null collate nocase, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
create unique index idx_decks_name on decks (name);
create table tags (tag text not null primary key collate nocase, usn integer not null, collapsed boolean not null, config blob null) without rowid;
`;

export async function buildCurrentCollection(spec: PackageSpec): Promise<Uint8Array> {
  const sql = await sqlEngine();
  const db = new sql.Database();
  db.run(ANKI_SCHEMA_SQL + SCHEMA_18_TABLES);
  // Schema 18 leaves the JSON columns of `col` empty: everything moved to the tables above.
  db.run("insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')");
  const decks = spec.decks ?? [{ id: 2000, name: 'Réseau::Ingress' }];
  for (const model of Object.values(STOCK_MODELS)) {
    db.run('insert into notetypes values (?, ?, 0, 0, ?)', [model.id, model.name, pbMessage(pbNumber(1, model.kind === 'cloze' ? 1 : 0), pbBytes(3, '.card {}'))]);
    model.fields.forEach((name, ord) => db.run('insert into fields values (?, ?, ?, ?)', [model.id, ord, name, pbMessage(pbBytes(3, 'Arial'), pbNumber(4, 20))]));
    model.templates.forEach((template, ord) =>
      db.run('insert into templates values (?, ?, ?, 0, 0, ?)', [model.id, ord, template.name, pbMessage(pbBytes(1, template.qfmt), pbBytes(2, template.afmt))]),
    );
  }
  for (const deck of [{ id: 1, name: 'Default', desc: '' }, ...decks]) {
    const normal = pbMessage(pbNumber(1, 1), pbBytes(4, ('desc' in deck && deck.desc) || ''));
    // Nested decks: schema 18 separates the levels with \x1f where the JSON had `::`.
    db.run('insert into decks values (?, ?, 0, 0, ?, ?)', [deck.id, deck.name.split('::').join('\x1f'), new Uint8Array(), pbMessage(pbBytes(1, normal))]);
  }
  insertNotes(db, spec, decks[0].id);
  // Anki compares names with its own `unicase` collation, which readers do not have.
  db.run("pragma writable_schema = on; update sqlite_master set sql = replace(sql, 'collate nocase', 'collate unicase'); pragma writable_schema = off;");
  const bytes = db.export();
  db.close();
  return bytes;
}

export interface CurrentPackageSpec extends PackageSpec {
  /** Media in list order: the i-th is stored as zip entry "i". */
  mediaList?: { name: string; bytes: Uint8Array }[];
  /** Replaces the entries built from the spec (to damage them). */
  override?: Zippable;
}

/** The media list as current Anki writes it: protobuf MediaEntries { repeated MediaEntry { name, size, sha1 } }. */
function mediaEntries(list: { name: string; bytes: Uint8Array }[]): Uint8Array {
  return pbMessage(...list.map(({ name, bytes }) => pbBytes(1, pbMessage(pbBytes(1, name), pbNumber(2, bytes.length), pbBytes(3, new Uint8Array(20))))));
}

export async function buildCurrentPackage(spec: CurrentPackageSpec): Promise<Uint8Array> {
  const list = spec.mediaList ?? [];
  const entries: Zippable = {
    meta: pbNumber(1, 3),
    'collection.anki21b': await zstd(await buildCurrentCollection(spec)),
    'collection.anki2': await buildCollection({ notes: [{ model: STOCK_MODELS.basic, fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''] }] }),
    media: await zstd(mediaEntries(list)),
  };
  for (const [index, { bytes }] of list.entries()) entries[String(index)] = await zstd(bytes);
  Object.assign(entries, spec.override);
  // Anki stores every entry uncompressed in the zip: they are zstd-compressed already.
  return zipSync(entries, { level: 0 });
}
