// `kubedeck import FILE... [-o DIR] [--replace] [--deck-lang L]`: KubeDeck decks and bundles, Anki
// packages and TSV/CSV files as deck files in DIR (default: the current folder), media files in
// DIR/media/. A deck whose id is already in DIR is imported under a new id unless --replace.
// Each file is converted completely before anything is written, so a broken file changes nothing.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { withoutBidiControls } from '../shared/decks/assets';
import type { Locale } from '../shared/i18n';
import { ExchangeError } from '../shared/exchange/errors';
import { importFile, type ImportResult } from '../shared/exchange/importFile';
import { importWarningMessage } from '../shared/exchange/warnings';
import { nodeSqlEngine } from '../node/exchange/sqlEngine';
import { userFilesById, writeImport } from '../node/userDecks';
import { MEDIA_FOLDER } from '../shared/exchange/htmlToMarkdown';
import { command, UsageError, type Print } from './command';
import { printFailure } from './export';
import { cliSay, fileReason } from './messages';

function report(result: ImportResult, paths: string[], locale: Locale, out: Print, err: Print) {
  result.decks.forEach((planned, i) => {
    const params = { id: planned.deck.id, title: withoutBidiControls(planned.deck.title), count: planned.deck.cards.length, path: relative(process.cwd(), paths[i]) || paths[i] };
    out(cliSay(planned.action === 'replace' ? 'import.replaced' : 'import.added', locale, params));
  });
  for (const warning of result.warnings) err(cliSay('cli.warning', locale, { message: importWarningMessage(warning, locale) }));
}

const DECK_LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const importCommand = command({
  name: 'import',
  synopsis: { fr: 'FICHIER... [-o DOSSIER] [--replace] [--deck-lang LANGUE]', en: 'FILE... [-o DIR] [--replace] [--deck-lang LANG]' },
  summary: {
    fr: 'Importe des paquets et lots KubeDeck, des .apkg Anki, des .tsv/.csv dans un dossier de paquets.',
    en: 'Import KubeDeck decks and bundles, Anki .apkg, .tsv/.csv into a deck folder.',
  },
  description: {
    fr: 'Écrit chaque paquet importé dans DOSSIER (par défaut : le dossier courant) et ses médias dans\nDOSSIER/media/. Un id déjà pris reçoit un nouvel id, sauf avec --replace. Chaque fichier est\nconverti entièrement avant toute écriture : un fichier abîmé ne change rien.',
    en: 'Writes each imported deck into DIR (default: the current folder) and its media into DIR/media/.\nA taken id gets a new one unless --replace. Each file is converted completely before anything is\nwritten: a broken file changes nothing.',
  },
  options: {
    output: { type: 'string', short: 'o', value: { fr: 'DOSSIER', en: 'DIR' }, description: { fr: 'Dossier des paquets (par défaut : le dossier courant)', en: 'Deck folder (default: the current folder)' } },
    replace: { type: 'boolean', description: { fr: 'Remplace un paquet de même id au lieu d’en créer un nouveau', en: 'Replace a deck of the same id instead of adding a new one' } },
    'deck-lang': { type: 'string', value: { fr: 'LANGUE', en: 'LANG' }, description: { fr: 'Langue des paquets Anki et TSV (par défaut : fr)', en: 'Language of Anki and TSV decks (default: fr)' } },
  },
  exit: {
    fr: 'Code de sortie : 0 si tout est importé, 1 si un fichier est refusé, 2 si un fichier est illisible ou sur\nune erreur d’usage.',
    en: 'Exit status: 0 when everything was imported, 1 when a file is refused, 2 when a file cannot be read or\non a usage error.',
  },
  async run({ values, positionals, locale, out, err }) {
    const dir = values.output ?? '.';
    const deckLang = values['deck-lang'];
    if (positionals.length === 0) throw new UsageError('usage.importNeedsFile');
    if (deckLang !== undefined && !DECK_LANG.test(deckLang)) throw new UsageError('usage.badDeckLang', { value: deckLang });
    return importInto(dir, positionals, values.replace ?? false, deckLang, locale, out, err);
  },
});

async function importInto(dir: string, files: string[], replace: boolean, deckLang: string | undefined, locale: Locale, out: Print, err: Print): Promise<number> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new UsageError('usage.notAFolder', { dir });
  }
  await mkdir(dir, { recursive: true });

  let exitCode = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      err(cliSay('cli.failedOn', locale, { command: 'import', subject: file, message: fileReason(error, locale) }));
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    try {
      // Every deck file of DIR is read once: for the ids taken, then for where each deck goes.
      const fileOfId = await userFilesById(dir);
      const result = await importFile(basename(file), bytes, {
        sqlEngine: nodeSqlEngine,
        existingDeckIds: fileOfId.keys(),
        onConflict: replace ? 'replace' : 'keep-both',
        lang: deckLang,
      });
      const written = await writeImport(dir, result.decks.map((planned) => ({ id: planned.deck.id, yaml: planned.yaml })), result.media, fileOfId);
      if (!written.ok) throw new UsageError('import.mediaConflict', { path: join(dir, MEDIA_FOLDER, written.mediaConflict) });
      report(result, written.paths, locale, out, err);
    } catch (error) {
      if (error instanceof ExchangeError) printFailure('import', file, error, locale, err);
      else if (error instanceof UsageError) err(cliSay('cli.failedOn', locale, { command: 'import', subject: file, message: error.localized(locale) }));
      else throw error;
      exitCode = Math.max(exitCode, 1);
    }
  }
  return exitCode;
}
