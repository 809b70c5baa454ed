// `kubedeck export DECK... --format yaml|bundle|apkg|tsv|html|pdf [-o FILE]`: decks (files, or ids of
// decks in decks/) to another format. Text formats go to stdout without -o; apkg and pdf need -o.
import { writeFile } from 'node:fs/promises';
import { formatProblemLine } from '../shared/decks/format';
import type { Deck } from '../shared/decks/types';
import type { Locale } from '../shared/i18n';
import { ExchangeError } from '../shared/exchange/errors';
import { exportDecks, isExportFormat, EXPORT_FORMATS } from '../shared/exchange/exportDecks';
import { exportHtml } from '../shared/exchange/htmlSheet';
import { DeckNotFoundError, loadDeckArgument } from '../node/exchange/deckArguments';
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

export async function runExport(args: string[], out: Print, err: Print): Promise<number> {
  let format: string | undefined;
  let output: string | undefined;
  let title: string | undefined;
  let options;
  try {
    const rest = [...args];
    format = takeOption(rest, ['--format', '-f']);
    output = takeOption(rest, ['--output', '-o']);
    title = takeOption(rest, ['--title']);
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
  for (const argument of options.positional) {
    try {
      decks.push(...(await loadDeckArgument(argument)));
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
      const file = await exportDecks(decks, format, { sqlEngine: nodeSqlEngine, title });
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
