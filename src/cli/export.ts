// `kubedeck export DECK... --format yaml|bundle|apkg|tsv|html|pdf [-o FILE] [--now DATE]`: decks
// (files, or ids of decks in decks/) to another format. Text formats go to stdout without -o; apkg
// and pdf need -o. An Anki package carries the decks' images; its times are --now, else
// SOURCE_DATE_EPOCH, else now; when FILE is already a package, its unchanged notes keep their `mod`.
import { readFile, writeFile } from 'node:fs/promises';
import { formatProblemLine } from '../shared/decks/format';
import type { Deck } from '../shared/decks/types';
import type { Locale } from '../shared/i18n';
import { ExchangeError } from '../shared/exchange/errors';
import { exportDecks, isExportFormat, EXPORT_FORMATS } from '../shared/exchange/exportDecks';
import { exportHtml } from '../shared/exchange/htmlSheet';
import { readPreviousNotes } from '../shared/exchange/anki/exportApkg';
import { DeckNotFoundError, deckArgumentFolder, loadDeckArgument } from '../node/exchange/deckArguments';
import { deckMediaLoader } from '../node/exchange/deckMedia';
import { htmlToPdf } from '../node/exchange/pdf';
import { nodeSqlEngine } from '../node/exchange/sqlEngine';
import { parseCommonOptions, UsageError } from './options';

type Print = (line: string) => void;

const FORMATS = [...EXPORT_FORMATS, 'pdf'];
const BINARY = new Set(['apkg', 'pdf']);

/** Removes `--name VALUE` / `--name=VALUE` (or a short alias) from `args` and returns VALUE. */
export function takeOption(args: string[], names: string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const name = names.find((n) => args[i] === n || args[i].startsWith(`${n}=`));
    if (!name) continue;
    const inline = args[i].startsWith(`${name}=`);
    value = inline ? args[i].slice(name.length + 1) : args[i + 1];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    args.splice(i, inline ? 1 : 2);
    i--;
  }
  return value;
}

/** Prints an export/import failure in the chosen language, with every problem of an invalid deck. */
export function printFailure(command: string, subject: string, error: ExchangeError, locale: Locale, err: Print): void {
  for (const problem of error.problems) err(formatProblemLine(problem, locale));
  err(`kubedeck ${command}: ${subject ? `${subject}: ` : ''}${error.localized(locale)}`);
}

/** The time written in an export: `--now` (a date), else SOURCE_DATE_EPOCH (seconds), else undefined (now). */
function exportTime(option: string | undefined, epoch: string | undefined): Date | undefined {
  if (option !== undefined) {
    const date = new Date(option);
    if (Number.isNaN(date.getTime())) throw new UsageError(`--now must be a date (e.g. 2025-01-31T12:00:00Z): ${option}`);
    return date;
  }
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch) * 1000);
  return undefined;
}

/** The notes of the package a new export replaces, if FILE is one. */
async function previousExport(file: string) {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  return readPreviousNotes(new Uint8Array(bytes), await nodeSqlEngine()).catch(() => undefined);
}

export async function runExport(args: string[], out: Print, err: Print): Promise<number> {
  let format: string | undefined;
  let output: string | undefined;
  let title: string | undefined;
  let now: Date | undefined;
  let options;
  try {
    const rest = [...args];
    format = takeOption(rest, ['--format', '-f']);
    output = takeOption(rest, ['--output', '-o']);
    title = takeOption(rest, ['--title']);
    now = exportTime(takeOption(rest, ['--now']), process.env.SOURCE_DATE_EPOCH);
    options = parseCommonOptions(rest);
    if (options.positional.length === 0) throw new UsageError('give at least one deck (a file, or the id of a deck in decks/)');
    if (!format || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (BINARY.has(format) && !output) throw new UsageError(`--format ${format} needs -o FILE`);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kubedeck export: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { locale } = options;

  const decks: Deck[] = [];
  const folders = new Map<Deck, string>();
  for (const argument of options.positional) {
    try {
      const loaded = await loadDeckArgument(argument);
      const folder = await deckArgumentFolder(argument);
      for (const deck of loaded) folders.set(deck, folder);
      decks.push(...loaded);
    } catch (error) {
      if (error instanceof DeckNotFoundError) {
        err(locale === 'fr' ? `kubedeck export : ni fichier lisible ni paquet de decks/ : ${argument}` : `kubedeck export: neither a readable file nor a deck of decks/: ${argument}`);
        return 2;
      }
      if (error instanceof ExchangeError) {
        printFailure('export', argument, error, locale, err);
        return 1;
      }
      err(`kubedeck export: ${argument}: ${(error as Error).message}`);
      return 2;
    }
  }

  try {
    if (format === 'pdf') {
      await htmlToPdf(exportHtml(decks, title), output!);
    } else if (isExportFormat(format)) {
      const previous = format === 'apkg' ? await previousExport(output!) : undefined;
      const file = await exportDecks(decks, format, { sqlEngine: nodeSqlEngine, title, now, loadMedia: deckMediaLoader(folders), previous });
      if (output) await writeFile(output, file.bytes);
      else out(new TextDecoder().decode(file.bytes).replace(/\n$/, ''));
    }
  } catch (error) {
    if (error instanceof ExchangeError) {
      printFailure('export', '', error, locale, err);
      return error.code === 'one-deck-only' ? 2 : 1;
    }
    err(`kubedeck export: ${(error as Error).message}`);
    return 2;
  }
  if (output) {
    const cards = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
    out(locale === 'fr' ? `${decks.length} paquet(s), ${cards} carte(s) → ${output}` : `${decks.length} deck(s), ${cards} card(s) → ${output}`);
  }
  return 0;
}
