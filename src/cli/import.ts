// `kubedeck import FILE... [-o DIR] [--replace] [--deck-lang L]`: KubeDeck decks and bundles, Anki
// packages and TSV/CSV files as deck files in DIR (default: the current folder), media files in
// DIR/media/. A deck whose id is already in DIR is imported under a new id unless --replace.
// Each file is converted completely before anything is written, so a broken file changes nothing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { isKeptMediaName, withoutBidiControls } from '../shared/decks/assets';
import { loadLibrary } from '../shared/decks/library';
import type { Locale } from '../shared/i18n';
import { ExchangeError } from '../shared/exchange/errors';
import { importFile, type ImportResult } from '../shared/exchange/importFile';
import { importWarningMessage } from '../shared/exchange/warnings';
import { writeFilesAtomically } from '../node/atomicWrite';
import { readDeckFolder } from '../node/deckFiles';
import { nodeSqlEngine } from '../node/exchange/sqlEngine';
import { printFailure, takeOption } from './export';
import { parseCommonOptions, UsageError } from './options';

type Print = (line: string) => void;

interface Target {
  dir: string;
  /** Deck id → the file holding it in DIR. */
  fileOfId: Map<string, string>;
}

async function readTarget(dir: string): Promise<Target> {
  const { library } = loadLibrary(await readDeckFolder(dir, 'user'));
  const fileOfId = new Map<string, string>();
  for (const entry of library.decks) if (entry.summary) fileOfId.set(entry.summary.id, join(dir, entry.file));
  return { dir, fileOfId };
}

/** Where each planned deck and media file goes; refuses to overwrite a media file with other content. */
async function destinations(result: ImportResult, target: Target): Promise<{ decks: string[]; media: string[] }> {
  const used = new Set<string>();
  const decks = result.decks.map((planned) => {
    const existing = planned.action === 'replace' ? target.fileOfId.get(planned.deck.id) : undefined;
    if (existing) return existing;
    let path = join(target.dir, `${planned.deck.id}.yaml`);
    for (let n = 2; existsSync(path) || used.has(path); n++) path = join(target.dir, `${planned.deck.id}-${n}.yaml`);
    used.add(path);
    return path;
  });
  const media: string[] = [];
  for (const file of result.media) {
    const path = join(target.dir, 'media', file.name);
    const current = await readFile(path).catch(() => undefined);
    if (current && !Buffer.from(file.bytes).equals(current)) throw new UsageError(`${path} exists with other content: not overwritten`);
    media.push(path);
  }
  return { decks, media };
}

function report(result: ImportResult, paths: string[], locale: Locale, out: Print, err: Print) {
  result.decks.forEach((planned, i) => {
    const verb = planned.action === 'replace' ? (locale === 'fr' ? 'remplacé' : 'replaced') : locale === 'fr' ? 'ajouté' : 'added';
    const cards = locale === 'fr' ? `${planned.deck.cards.length} carte(s)` : `${planned.deck.cards.length} card(s)`;
    const shown = withoutBidiControls(planned.deck.title);
    const title = locale === 'fr' ? `« ${shown} »` : `"${shown}"`;
    out(`${verb} ${planned.deck.id} ${title} (${cards}) → ${relative(process.cwd(), paths[i]) || paths[i]}`);
  });
  for (const warning of result.warnings) err(`${locale === 'fr' ? 'avertissement' : 'warning'}: ${importWarningMessage(warning, locale)}`);
}

export async function runImport(args: string[], out: Print, err: Print): Promise<number> {
  let options;
  let dir: string;
  let deckLang: string | undefined;
  let replace = false;
  try {
    const rest = [...args];
    dir = takeOption(rest, ['--output', '-o']) ?? '.';
    deckLang = takeOption(rest, ['--deck-lang']);
    const replaceIndex = rest.indexOf('--replace');
    if (replaceIndex >= 0) {
      replace = true;
      rest.splice(replaceIndex, 1);
    }
    options = parseCommonOptions(rest);
    if (options.positional.length === 0) throw new UsageError('give at least one file to import');
    if (deckLang !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(deckLang)) throw new UsageError(`--deck-lang must be a language tag such as fr or en`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kubedeck import: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { locale } = options;
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    err(`kubedeck import: ${dir} is not a folder`);
    return 2;
  }
  await mkdir(dir, { recursive: true });

  let exitCode = 0;
  for (const file of options.positional) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      err(`kubedeck import: ${file}: ${(error as Error).message}`);
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    try {
      const target = await readTarget(dir);
      const imported = await importFile(basename(file), bytes, {
        sqlEngine: nodeSqlEngine,
        existingDeckIds: target.fileOfId.keys(),
        onConflict: replace ? 'replace' : 'keep-both',
        lang: deckLang,
      });
      // Only the media files the app would keep (images under a plain, visible name).
      const result = { ...imported, media: imported.media.filter((media) => isKeptMediaName(media.name)) };
      const paths = await destinations(result, target);
      if (result.media.length > 0) await mkdir(join(dir, 'media'), { recursive: true });
      await writeFilesAtomically([
        ...result.decks.map((planned, i) => ({ path: paths.decks[i], data: planned.yaml })),
        ...result.media.map((media, i) => ({ path: paths.media[i], data: media.bytes })),
      ]);
      report(result, paths.decks, locale, out, err);
    } catch (error) {
      if (error instanceof ExchangeError) printFailure('import', file, error, locale, err);
      else if (error instanceof UsageError) err(`kubedeck import: ${file}: ${error.message}`);
      else throw error;
      exitCode = Math.max(exitCode, 1);
    }
  }
  return exitCode;
}
