// Tab-separated text (and CSV) for Anki's "Import File" and for spreadsheets.
//
// Export: one row per card, `question, answer, tags, deck, guid`, HTML in the cells, preceded by
// the header lines Anki's text importer reads (rslib/src/import_export/text/csv/metadata.rs):
// `#separator:tab`, `#html:true`, `#notetype:Basic`, `#tags column:3`, `#deck column:4`,
// `#guid column:5`. Fields are mapped to the note type by position, so a French Anki ("Recto",
// "Verso") maps them as well as an English one; and a note type name Anki does not know (French
// Anki's Basic is "Basique") is ignored by metadata.rs, which then takes the note type last used.
// The guid is the card's `anki.guid` when it has one, so rows update the notes they came from.
// Cells are quoted the CSV way only when needed.
//
// Import: `previewDelimited` reads the header lines and the first rows and guesses the separator,
// whether cells are HTML and which column is what; `importDelimited` takes an explicit mapping.
// Anki's own text export ("Notes in Plain Text") is read with its `#guid column`, `#notetype
// column`, `#deck column` and `#tags column` as metadata, the other columns as the note's fields.
import type { Card, Deck } from '../decks/types';
import { cleanTags, foreignDeck, fromAnkiCloze, hasAnkiCloze, hasValidGaps, type ConvertedDecks } from './converted';
import { ExchangeError } from './errors';
import { htmlToMarkdown, textToMarkdown } from './htmlToMarkdown';
import { ankiGuid, kubedeckIdsOf, slugify, stableCardId, uniqueId } from './ids';
import { markdownToHtml } from './markdown';
import { Ticker, type ExchangeOptions } from './progress';
import { detectLanguage } from './language';
import { cardSides } from './sides';
import type { ImportWarning } from './warnings';

// ---------------------------------------------------------------- export

const HEADER = ['#separator:tab', '#html:true', '#notetype:Basic', '#tags column:3', '#deck column:4', '#guid column:5'];

/** A cell for a tab-separated file: quoted (with `""`) only when it holds a tab, quote or line break, or starts with `#` (a comment line for Anki). */
export function tsvCell(value: string): string {
  return /[\t"\r\n]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** HTML on one line, so that each card is one row even for tools that do not read quoted line breaks. */
function oneLine(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, (pre) => pre.replace(/\r?\n/g, '<br>')).replace(/\s*\r?\n\s*/g, ' ');
}

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first). */
const FORMULA_START = /^[=+\-@]/;

/**
 * The cell made inert for spreadsheets. In the HTML columns (front, back) the first character
 * becomes a character reference, which Anki shows unchanged; elsewhere (tags, deck) a `'` is put
 * in front, as spreadsheets themselves do for text.
 */
export function neutralisedCell(value: string, html: boolean): string {
  if (!FORMULA_START.test(value)) return value;
  return html ? `&#${value.charCodeAt(0)};${value.slice(1)}` : `'${value}`;
}

export function deckRows(deck: Deck): string[][] {
  return deck.cards.map((card) => {
    const sides = cardSides(card, deck.lang);
    const tags = cleanTags([...deck.tags, ...card.tags]).map((tag) => tag.replace(/\s+/g, '_'));
    return [
      neutralisedCell(oneLine(markdownToHtml(sides.question)), true),
      neutralisedCell(oneLine(markdownToHtml(sides.answer)), true),
      neutralisedCell(tags.join(' '), false),
      neutralisedCell(deck.title.replace(/::/g, ':'), false),
      ankiGuid(deck, card),
    ];
  });
}

export function exportTsv(decks: Deck[]): string {
  const rows = decks.flatMap(deckRows).map((row) => row.map(tsvCell).join('\t'));
  return [...HEADER, ...rows].join('\n') + '\n';
}

// ---------------------------------------------------------------- reading

export type Separator = '\t' | ',' | ';' | '|';

/** What the `#key:value` header lines say (column numbers are 1-based there, 0-based here). */
export interface DelimitedHeader {
  separator?: Separator;
  html?: boolean;
  columns?: string[];
  tagsColumn?: number;
  deckColumn?: number;
  guidColumn?: number;
  notetypeColumn?: number;
  deck?: string;
  tags?: string[];
}

/** Which column (0-based) holds what. `front` and `back` are required. */
export interface ColumnMapping {
  front: number;
  back: number;
  tags?: number;
  /** Deck name per row: one deck per distinct value. */
  deck?: number;
  /** A stable row id (Anki guid): gives stable card ids. */
  id?: number;
  /** The name of the row's Anki note type (Anki's notes export). */
  notetype?: number;
}

const SEPARATOR_NAMES: Record<string, Separator> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', '\t': '\t', ',': ',', ';': ';', '|': '|' };

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** The header lines at the top of the file (`#key:value`, or Anki's historic first line `tags:…`). */
export function readHeader(text: string): { header: DelimitedHeader; body: string } {
  const lines = splitLines(text);
  const header: DelimitedHeader = {};
  let columnsLine: string | undefined;
  let index = 0;
  if (lines[0]?.startsWith('tags:')) header.tags = lines[index++].slice(5).split(/\s+/).filter(Boolean);
  for (; index < lines.length && lines[index].startsWith('#'); index++) {
    const colon = lines[index].indexOf(':');
    if (colon < 0) continue;
    const key = lines[index].slice(1, colon).trim().toLowerCase();
    const value = lines[index].slice(colon + 1);
    const column = () => (/^\s*\d+\s*$/.test(value) && Number(value) > 0 ? Number(value) - 1 : undefined);
    if (key === 'separator') header.separator = SEPARATOR_NAMES[value.trim().toLowerCase()] ?? SEPARATOR_NAMES[value];
    else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'tags column') header.tagsColumn = column();
    else if (key === 'deck column') header.deckColumn = column();
    else if (key === 'guid column') header.guidColumn = column();
    else if (key === 'notetype column') header.notetypeColumn = column();
    else if (key === 'deck') header.deck = value.trim();
    else if (key === 'tags') header.tags = value.split(/\s+/).filter(Boolean);
    else if (key === 'columns') columnsLine = value;
  }
  if (columnsLine !== undefined) header.columns = parseRecords(columnsLine, header.separator ?? guessSeparator(columnsLine))[0] ?? [];
  return { header, body: lines.slice(index).join('\n') };
}

export function guessSeparator(sample: string): Separator {
  const firstLine = sample.split('\n').find((line) => line.trim() && !line.startsWith('#')) ?? '';
  const counts = (['\t', ';', ',', '|'] as Separator[]).map((separator) => ({ separator, count: firstLine.split(separator).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.separator : '\t';
}

/** Rows of CSV/TSV text: `"` quotes with `""` inside, line breaks inside quotes kept, `#` lines skipped as Anki does. */
export function parseRecords(text: string, separator: Separator, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atRowStart = true;
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const c = text[i];
    if (atRowStart && c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    atRowStart = false;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
      atRowStart = true;
    } else cell += c;
  }
  row.push(cell);
  if (rows.length < maxRows && row.some((value) => value !== '')) rows.push(row);
  return rows;
}

// ---------------------------------------------------------------- preview and import

export interface DelimitedPreview {
  separator: Separator;
  html: boolean;
  /** The first row names the columns (it is then not imported). */
  hasHeaderRow: boolean;
  /** Column names: from `#columns:` or the header row, else empty strings. */
  columns: string[];
  /** The first rows of data (after the header row). */
  rows: string[][];
  mapping: ColumnMapping;
  deck?: string;
}

const LABELS: Record<keyof ColumnMapping, RegExp> = {
  front: /^(front|recto|question|face|avant|term|terme|q)$/i,
  back: /^(back|verso|answer|r[ée]ponse|arri[èe]re|definition|d[ée]finition|a|r)$/i,
  tags: /^(tags?|[ée]tiquettes?|mots[- ]cl[ée]s)$/i,
  deck: /^(deck|paquet|jeu)$/i,
  id: /^(guid|id|identifiant)$/i,
  notetype: /^(note ?type|type de note)$/i,
};

function mappingFromLabels(labels: string[]): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  labels.forEach((label, column) => {
    const field = (Object.keys(LABELS) as (keyof ColumnMapping)[]).find((key) => LABELS[key].test(label.trim()));
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

export function previewDelimited(text: string, rowCount = 5): DelimitedPreview {
  const { header, body } = readHeader(text);
  const separator = header.separator ?? guessSeparator(body);
  const records = parseRecords(body, separator, rowCount + 1);
  const firstRow = records[0] ?? [];
  const fromFirstRow = mappingFromLabels(firstRow);
  const hasHeaderRow = !header.columns && fromFirstRow.front !== undefined && fromFirstRow.back !== undefined;
  const columns = header.columns ?? (hasHeaderRow ? firstRow : firstRow.map(() => ''));
  const rows = records.slice(hasHeaderRow ? 1 : 0, (hasHeaderRow ? 1 : 0) + rowCount);
  const labelled = mappingFromLabels(columns);
  const tags = header.tagsColumn ?? labelled.tags;
  const deck = header.deckColumn ?? labelled.deck;
  const id = header.guidColumn ?? labelled.id;
  const notetype = header.notetypeColumn;
  // The note's fields are the columns that hold no metadata: Anki's notes export puts guid,
  // note type and deck first (rslib/src/import_export/text/csv/export.rs), the tags last.
  const metadata = new Set([tags, deck, id, notetype].filter((c): c is number => c !== undefined));
  const width = Math.max(firstRow.length, 2, ...[...metadata].map((c) => c + 1));
  const [firstField = 0, secondField = 1] = Array.from({ length: width }, (_, c) => c).filter((c) => !metadata.has(c));
  const mapping: ColumnMapping = {
    front: labelled.front ?? firstField,
    back: labelled.back ?? (labelled.front === secondField ? firstField : secondField),
    tags,
    deck,
    id,
    ...(notetype !== undefined ? { notetype } : {}),
  };
  const html = header.html ?? rows.some((row) => row.some((cell) => /<[a-z][^>]*>|&[a-z]+;/i.test(cell)));
  return { separator, html, hasHeaderRow, columns, rows, mapping, ...(header.deck ? { deck: header.deck } : {}) };
}

export interface DelimitedImportOptions extends ExchangeOptions {
  mapping: ColumnMapping;
  separator?: Separator;
  html?: boolean;
  hasHeaderRow?: boolean;
  /** Title of the deck (when there is no deck column); also gives its id. */
  title: string;
  lang?: string;
  description?: string;
  source?: string;
}

export async function importDelimited(text: string, options: DelimitedImportOptions): Promise<ConvertedDecks> {
  const { header, body } = readHeader(text);
  const preview = previewDelimited(text, 1);
  const separator = options.separator ?? preview.separator;
  const html = options.html ?? preview.html;
  const { mapping } = options;
  const columns = [mapping.front, mapping.back, mapping.tags, mapping.deck, mapping.id, mapping.notetype].filter((c): c is number => c !== undefined);
  if (columns.some((c) => !Number.isInteger(c) || c < 0) || mapping.front === mapping.back) {
    throw new ExchangeError('bad-mapping', { detail: 'front and back must be two different columns' });
  }
  const records = parseRecords(body, separator).slice((options.hasHeaderRow ?? preview.hasHeaderRow) ? 1 : 0);
  const toMarkdown = (cell: string) => (html ? htmlToMarkdown(cell) : textToMarkdown(cell));
  const warnings: ImportWarning[] = [];
  const groups = new Map<string, { cards: Card[]; ids: Set<string>; kubedeckIds: Set<string> }>();
  const ticker = new Ticker(options, 'cards', records.length);
  for (const [index, row] of records.entries()) {
    await ticker.tick(index);
    const cell = (column: number | undefined) => (column === undefined ? '' : (row[column] ?? ''));
    const deckName = cell(mapping.deck).trim() || header.deck || options.title;
    const group = groups.get(deckName) ?? { cards: [], ids: new Set<string>(), kubedeckIds: new Set<string>() };
    groups.set(deckName, group);
    const rowId = cell(mapping.id).trim();
    const own = kubedeckIdsOf(rowId);
    if (own) group.kubedeckIds.add(own.deckId);
    const front = toMarkdown(cell(mapping.front));
    const back = toMarkdown(cell(mapping.back));
    const id = uniqueId(own ? own.cardId : stableCardId('row', rowId || cell(mapping.front)), group.ids);
    const tags = cleanTags([...(header.tags ?? []), ...cell(mapping.tags).split(/\s+/)]);
    // A guid column names the row's Anki note: kept, so that an export updates that note.
    const notetype = cell(mapping.notetype).trim();
    const anki = rowId ? { anki: { guid: rowId, ...(notetype ? { notetype } : {}) } } : {};
    const clozeText = hasAnkiCloze(front) ? fromAnkiCloze(front) : undefined;
    if (clozeText && hasValidGaps(clozeText)) {
      group.cards.push({ id, tags, origin: 'hand', ...anki, type: 'cloze', text: back ? `${clozeText}\n\n${back}` : clozeText });
    } else if (front.trim() && back.trim()) {
      group.cards.push({ id, tags, origin: 'hand', ...anki, type: 'basic', front, back, reverse: false });
    } else {
      warnings.push({ code: 'empty-note', params: { note: rowId || `#${index + 1}` } });
    }
  }
  ticker.finish();
  const decks = [...groups.entries()]
    .filter(([, group]) => group.cards.length > 0)
    .map(([name, group]) => {
      const [kubedeckId] = group.kubedeckIds.size === 1 ? group.kubedeckIds : [];
      return foreignDeck({
        id: kubedeckId ?? slugify(name),
        title: name,
        lang: options.lang ?? detectLanguage(group.cards),
        description: options.description ?? name,
        source: options.source ?? name,
        cards: group.cards,
      });
    });
  return { decks, media: [], warnings };
}
