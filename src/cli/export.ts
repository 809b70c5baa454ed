// `kubedeck export DECK... --format yaml|bundle|apkg|tsv|html|pdf [-o FILE]`: decks (files, or ids of
// decks in decks/) to another format. Text formats go to stdout without -o; apkg and pdf need -o.
import { writeFile } from 'node:fs/promises';
import { formatProblemLine } from '../shared/decks/format';
import type { Deck } from '../shared/decks/types';
import { interpolate, type Locale } from '../shared/i18n';
import { ExchangeError } from '../shared/exchange/errors';
import { exportDecks, isExportFormat, EXPORT_FORMATS } from '../shared/exchange/exportDecks';
import { exportHtml } from '../shared/exchange/htmlSheet';
import { DeckNotFoundError, loadDeckArgument } from '../node/exchange/deckArguments';
import { htmlToPdf } from '../node/exchange/pdf';
import { nodeSqlEngine } from '../node/exchange/sqlEngine';
import { command, UsageError, type Print } from './command';

const FORMATS = [...EXPORT_FORMATS, 'pdf'];
const BINARY = new Set(['apkg', 'pdf']);
const WRITTEN = {
  fr: '{decks, plural, one {# paquet} other {# paquets}}, {cards, plural, one {# carte} other {# cartes}} → {output}',
  en: '{decks, plural, one {# deck} other {# decks}}, {cards, plural, one {# card} other {# cards}} → {output}',
};

/** Prints an export/import failure in the chosen language, with every problem of an invalid deck. */
export function printFailure(commandName: string, subject: string, error: ExchangeError, locale: Locale, err: Print): void {
  for (const problem of error.problems) err(formatProblemLine(problem, locale));
  err(`kubedeck ${commandName}: ${subject ? `${subject}: ` : ''}${error.localized(locale)}`);
}

export const exportCommand = command({
  name: 'export',
  synopsis: { fr: 'PAQUET... --format FORMAT [-o FICHIER] [--title TITRE]', en: 'DECK... --format FORMAT [-o FILE] [--title TITLE]' },
  summary: {
    fr: 'Exporte des paquets (fichiers, lots, ou ids de paquets de decks/) vers un autre format.',
    en: 'Export decks (deck files, bundles, or ids of decks in decks/) to another format.',
  },
  description: {
    fr: `Exporte des paquets : fichiers de paquets, lots, ou identifiants de paquets de decks/.\nFormats : ${FORMATS.join(', ')}. Les formats texte vont sur la sortie standard sans -o ;\napkg et pdf demandent -o.`,
    en: `Exports decks: deck files, bundles, or ids of decks in decks/. Formats: ${FORMATS.join(', ')}.\nText formats go to standard output without -o; apkg and pdf need -o.`,
  },
  options: {
    format: { type: 'string', short: 'f', value: { fr: 'FORMAT', en: 'FORMAT' }, description: { fr: FORMATS.join(', '), en: FORMATS.join(', ') } },
    output: { type: 'string', short: 'o', value: { fr: 'FICHIER', en: 'FILE' }, description: { fr: 'Écrit dans FICHIER (par défaut : la sortie standard)', en: 'Write to FILE (default: standard output)' } },
    title: { type: 'string', value: { fr: 'TITRE', en: 'TITLE' }, description: { fr: 'Titre d’un lot ou d’une fiche imprimable', en: 'Title of a bundle or printable sheet' } },
  },
  exit: {
    fr: 'Code de sortie : 0 une fois écrit, 1 si un paquet a des erreurs, 2 sur une erreur d’usage.',
    en: 'Exit status: 0 once written, 1 when a deck has errors, 2 on a usage error.',
  },
  async run({ values, positionals, locale, out, err }) {
    const { format, output, title } = values;
    if (positionals.length === 0) throw new UsageError({ fr: 'donnez au moins un paquet (un fichier, ou l’id d’un paquet de decks/)', en: 'give at least one deck (a file, or the id of a deck in decks/)' });
    if (!format || !FORMATS.includes(format)) throw new UsageError({ fr: `--format vaut l’un de ${FORMATS.join(', ')}`, en: `--format must be one of ${FORMATS.join(', ')}` });
    if (BINARY.has(format) && !output) throw new UsageError({ fr: `--format ${format} demande -o FICHIER`, en: `--format ${format} needs -o FILE` });
    return exportTo(positionals, format, output, title, locale, out, err);
  },
});

async function exportTo(positionals: string[], format: string, output: string | undefined, title: string | undefined, locale: Locale, out: Print, err: Print): Promise<number> {
  const decks: Deck[] = [];
  for (const argument of positionals) {
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
    out(interpolate(WRITTEN[locale], { decks: decks.length, cards, output }, locale));
  }
  return 0;
}
