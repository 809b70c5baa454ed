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
import { command, UsageError, type Print } from './command';
import { cliSay, fileReason } from './messages';

const FORMATS = [...EXPORT_FORMATS, 'pdf'];
const BINARY = new Set(['apkg', 'pdf']);

/** Prints an export/import failure in the chosen language, with every problem of an invalid deck. */
export function printFailure(commandName: string, subject: string, error: ExchangeError, locale: Locale, err: Print): void {
  for (const problem of error.problems) err(formatProblemLine(problem, locale));
  const message = error.localized(locale);
  err(subject ? cliSay('cli.failedOn', locale, { command: commandName, subject, message }) : cliSay('cli.failed', locale, { command: commandName, message }));
}

/** The time written in an export: `--now` (a date), else SOURCE_DATE_EPOCH (seconds), else undefined (now). */
function exportTime(option: string | undefined, epoch: string | undefined): Date | undefined {
  if (option !== undefined) {
    const date = new Date(option);
    if (Number.isNaN(date.getTime())) throw new UsageError('usage.badNow', { value: option });
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

export const exportCommand = command({
  name: 'export',
  synopsis: { fr: 'PAQUET... --format FORMAT [-o FICHIER] [--title TITRE]', en: 'DECK... --format FORMAT [-o FILE] [--title TITLE]' },
  summary: {
    fr: 'Exporte des paquets (fichiers, lots, ou ids de paquets de decks/) vers un autre format.',
    en: 'Export decks (deck files, bundles, or ids of decks in decks/) to another format.',
  },
  description: {
    fr: `Exporte des paquets : fichiers de paquets, lots, ou identifiants de paquets de decks/.\nFormats : ${FORMATS.join(', ')}. Les formats texte vont sur la sortie standard sans -o ;\napkg et pdf demandent -o. Un paquet Anki emporte les images des paquets ; si FICHIER est déjà\nun paquet, ses notes inchangées gardent leur date de modification.`,
    en: `Exports decks: deck files, bundles, or ids of decks in decks/. Formats: ${FORMATS.join(', ')}.\nText formats go to standard output without -o; apkg and pdf need -o. An Anki package carries\nthe decks’ images; when FILE is already a package, its unchanged notes keep their modification time.`,
  },
  options: {
    format: { type: 'string', short: 'f', value: { fr: 'FORMAT', en: 'FORMAT' }, description: { fr: FORMATS.join(', '), en: FORMATS.join(', ') } },
    output: { type: 'string', short: 'o', value: { fr: 'FICHIER', en: 'FILE' }, description: { fr: 'Écrit dans FICHIER (par défaut : la sortie standard)', en: 'Write to FILE (default: standard output)' } },
    title: { type: 'string', value: { fr: 'TITRE', en: 'TITLE' }, description: { fr: 'Titre d’un lot ou d’une fiche imprimable', en: 'Title of a bundle or printable sheet' } },
    now: {
      type: 'string',
      value: { fr: 'DATE', en: 'DATE' },
      description: {
        fr: 'Heure écrite dans un paquet Anki (par défaut : SOURCE_DATE_EPOCH, sinon maintenant) :\nle même paquet exporté deux fois donne les mêmes octets',
        en: 'Time written in an Anki package (default: SOURCE_DATE_EPOCH, else now):\nthe same deck exported twice gives the same bytes',
      },
    },
  },
  exit: {
    fr: 'Code de sortie : 0 une fois écrit, 1 si un paquet a des erreurs, 2 sur une erreur d’usage.',
    en: 'Exit status: 0 once written, 1 when a deck has errors, 2 on a usage error.',
  },
  async run({ values, positionals, locale, out, err }) {
    const { format, output, title } = values;
    const now = exportTime(values.now, process.env.SOURCE_DATE_EPOCH);
    if (positionals.length === 0) throw new UsageError('usage.exportNeedsDeck');
    if (!format || !FORMATS.includes(format)) throw new UsageError('usage.badFormat', { formats: FORMATS.join(', '), value: format ?? '' });
    if (BINARY.has(format) && !output) throw new UsageError('usage.formatNeedsOutput', { format });
    return exportTo(positionals, { format, output, title, now }, locale, out, err);
  },
});

interface ExportChoice {
  format: string;
  output?: string;
  title?: string;
  now?: Date;
}

async function exportTo(positionals: string[], { format, output, title, now }: ExportChoice, locale: Locale, out: Print, err: Print): Promise<number> {
  const decks: Deck[] = [];
  const folders = new Map<Deck, string>();
  for (const argument of positionals) {
    try {
      const loaded = await loadDeckArgument(argument);
      const folder = await deckArgumentFolder(argument);
      for (const deck of loaded) folders.set(deck, folder);
      decks.push(...loaded);
    } catch (error) {
      if (error instanceof DeckNotFoundError) {
        err(cliSay('cli.failed', locale, { command: 'export', message: cliSay('export.notFound', locale, { argument }) }));
        return 2;
      }
      if (error instanceof ExchangeError) {
        printFailure('export', argument, error, locale, err);
        return 1;
      }
      err(cliSay('cli.failedOn', locale, { command: 'export', subject: argument, message: fileReason(error, locale) }));
      return 2;
    }
  }

  try {
    if (format === 'pdf') {
      await htmlToPdf(exportHtml(decks, title), output!);
    } else if (isExportFormat(format)) {
      const previous = format === 'apkg' ? await previousExport(output!) : undefined;
      const onNotWrittenBack = (guid: string) => err(cliSay('export.notWrittenBack', locale, { guid }));
      const file = await exportDecks(decks, format, { sqlEngine: nodeSqlEngine, title, now, loadMedia: deckMediaLoader(folders), previous, onNotWrittenBack });
      if (output) await writeFile(output, file.bytes);
      else out(new TextDecoder().decode(file.bytes).replace(/\n$/, ''));
    }
  } catch (error) {
    if (error instanceof ExchangeError) {
      printFailure('export', '', error, locale, err);
      return error.code === 'one-deck-only' ? 2 : 1;
    }
    err(cliSay('cli.failed', locale, { command: 'export', message: fileReason(error, locale) }));
    return 2;
  }
  if (output) {
    const cards = decks.reduce((sum, deck) => sum + deck.cards.length, 0);
    out(cliSay('export.written', locale, { decks: decks.length, cards, output }));
  }
  return 0;
}
