// Deck exchange: export to and import from KubeDeck YAML, bundles, Anki packages, TSV/CSV and
// printable HTML. Pure modules (no Node, DOM or Electron): bytes and strings in and out, progress
// callbacks and AbortSignal for the long ones, errors as codes with French and English messages.
export { exportDecks, EXPORT_FORMATS, isExportFormat, type ExportFormat, type ExportOptions, type ExportedFile } from './exportDecks';
export { importFile, withDeckLanguage, previewDelimitedFile, detectImportFormat, DEFAULT_IMPORT_LIMITS, type ImportFormat, type ImportOptions, type ImportResult, type PlannedDeck, type ImportLimits } from './importFile';
export { previewDelimited, importDelimited, exportTsv, type ColumnMapping, type DelimitedPreview, type DelimitedImportOptions, type Separator } from './delimited';
export { exportApkg, type ApkgExportOptions } from './anki/exportApkg';
export { importApkg, type ApkgImportOptions } from './anki/importApkg';
export { bundleToYaml, parseBundle, BUNDLE_FORMAT, type DeckBundle } from './bundle';
export { deckToYaml, readNativeDeck } from './nativeYaml';
export { exportHtml, sheetSections } from './htmlSheet';
export { detectLanguage, languageIsGuessed, DECK_LANGUAGES } from './language';
export { htmlToMarkdown, textToMarkdown } from './htmlToMarkdown';
export { markdownToHtml } from './markdown';
export { loadSqlEngine, type SqlEngine } from './sqlite';
export { ExchangeError, exchangeErrorMessage, isCancellation, type ExchangeErrorCode } from './errors';
export { importWarningMessage, type ImportWarning, type ImportWarningCode } from './warnings';
export { safeMediaName, type ImportedMedia } from './media';
export type { ExchangeOptions, ExchangeProgress, ExchangePhase } from './progress';
export type { ConvertedDecks } from './converted';
