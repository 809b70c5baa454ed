// Errors of the deck exchange (export/import), as codes with parameters so that the app can show
// them in its language; `exchangeErrorMessage` gives the sentence in French or English.
import { formatProblemLine } from '../decks/format';
import type { DeckProblem } from '../decks/types';
import { say, type Catalog, type Locale } from '../i18n';

export const EXCHANGE_ERRORS = {
  cancelled: { fr: 'Opération annulée', en: 'Operation cancelled' },
  'unknown-format': {
    fr: 'Format de fichier non reconnu : {name} (attendu : paquet KubeDeck .yaml/.json, lot KubeDeck, .apkg Anki, .tsv ou .csv)',
    en: 'Unrecognised file format: {name} (expected a KubeDeck .yaml/.json deck or bundle, an Anki .apkg, a .tsv or .csv)',
  },
  'file-too-large': {
    fr: 'Fichier trop volumineux ({size} Mo, maximum {max} Mo)',
    en: 'File too large ({size} MB, at most {max} MB)',
  },
  'invalid-deck': {
    fr: 'Paquet invalide ({count, plural, one {# erreur} other {# erreurs}}) : {first}',
    en: 'Invalid deck ({count, plural, one {# error} other {# errors}}): {first}',
  },
  'invalid-bundle': { fr: 'Lot de paquets invalide : {detail}', en: 'Invalid deck bundle: {detail}' },
  'duplicate-deck-id': {
    fr: 'Deux paquets du lot ont le même identifiant « {id} »',
    en: 'Two decks of the bundle have the same id "{id}"',
  },
  'bad-zip': {
    fr: 'Archive illisible (ce n’est pas un fichier zip valide) : {detail}',
    en: 'Unreadable archive (not a valid zip file): {detail}',
  },
  'zip-too-large': {
    fr: 'Archive refusée : son contenu décompressé dépasse {max} Mo (bombe zip ?)',
    en: 'Archive refused: its uncompressed content exceeds {max} MB (zip bomb?)',
  },
  'zip-bomb': {
    fr: 'Archive refusée : son contenu se décompresse à plus de {ratio} fois sa taille (bombe de décompression)',
    en: 'Archive refused: its content expands to more than {ratio} times its size (a decompression bomb)',
  },
  'zip-too-many-entries': {
    fr: 'Archive refusée : plus de {max} fichiers',
    en: 'Archive refused: more than {max} files',
  },
  'apkg-no-collection': {
    fr: 'Ce fichier .apkg ne contient pas de collection Anki',
    en: 'This .apkg file contains no Anki collection',
  },
  'apkg-too-new': {
    fr: 'Ce paquet vient d’une version d’Anki plus récente que celles que KubeDeck sait lire (version de paquet {version}). Dans Anki, exportez-le en cochant « Prendre en charge les anciennes versions d’Anki ».',
    en: 'This package comes from a newer Anki than KubeDeck can read (package version {version}). In Anki, export it again with "Support older Anki versions" ticked.',
  },
  'bad-zstd': {
    fr: 'Le fichier compressé « {name} » de ce paquet est endommagé : {detail}',
    en: 'The compressed file "{name}" in this package is damaged: {detail}',
  },
  'apkg-bad-collection': {
    fr: 'La collection Anki de ce paquet est illisible : {detail}',
    en: 'The Anki collection in this package cannot be read: {detail}',
  },
  'apkg-bad-media': {
    fr: 'La liste des médias de ce paquet est illisible',
    en: 'The media list of this package cannot be read',
  },
  'no-cards': { fr: 'Aucune carte à importer dans {name}', en: 'No card to import in {name}' },
  'bad-mapping': {
    fr: 'Correspondance des colonnes invalide : {detail}',
    en: 'Invalid column mapping: {detail}',
  },
  'one-deck-only': {
    fr: 'Le format {format} contient un seul paquet ({count} demandés) : choisissez « bundle » pour en exporter plusieurs',
    en: 'The {format} format holds one deck ({count} given): choose "bundle" to export several',
  },
  'no-decks': { fr: 'Aucun paquet à exporter', en: 'No deck to export' },
  'no-chromium': {
    fr: 'PDF impossible : aucun Chromium trouvé. Installez-le (apt-get install chromium) ou indiquez son chemin dans CHROME_PATH.',
    en: 'Cannot make a PDF: no Chromium found. Install it (apt-get install chromium) or set CHROME_PATH to its path.',
  },
  'pdf-failed': { fr: 'Chromium n’a pas produit le PDF : {detail}', en: 'Chromium did not produce the PDF: {detail}' },
  'bad-text': {
    fr: 'Ce fichier n’est pas du texte UTF-8 : {detail}',
    en: 'This file is not UTF-8 text: {detail}',
  },
} as const satisfies Catalog;

export type ExchangeErrorCode = keyof typeof EXCHANGE_ERRORS;
export type ExchangeErrorParams = Record<string, string | number>;

/** A file that cannot be exported or imported, for a reason the user can act on. */
export class ExchangeError extends Error {
  constructor(
    readonly code: ExchangeErrorCode,
    readonly params: ExchangeErrorParams = {},
    /** For `invalid-deck`: every problem of the deck, to list them in the UI's language. */
    readonly problems: DeckProblem[] = [],
  ) {
    super(exchangeErrorMessage(code, withFirstProblem(params, problems, 'en'), 'en'));
    this.name = 'ExchangeError';
  }

  localized(locale: Locale): string {
    return exchangeErrorMessage(this.code, withFirstProblem(this.params, this.problems, locale), locale);
  }
}

export function exchangeErrorMessage(code: ExchangeErrorCode, params: ExchangeErrorParams, locale: Locale): string {
  return say(EXCHANGE_ERRORS[code], locale, params);
}

function withFirstProblem(params: ExchangeErrorParams, problems: DeckProblem[], locale: Locale): ExchangeErrorParams {
  return problems.length > 0 ? { ...params, count: problems.length, first: formatProblemLine(problems[0], locale) } : params;
}

export function isCancellation(error: unknown): boolean {
  return error instanceof ExchangeError && error.code === 'cancelled';
}
