// HTML from Anki fields or spreadsheet cells turned into safe Markdown for deck texts.
//
// A small tolerant parser (no DOM needed, so it runs in Node, the renderer and a worker) builds a
// tree, and only known formatting is rendered back: bold, italic, code, lists, headings, links
// with http(s)/mailto targets, images of known media files, and sounds and videos of known media
// files (Anki's `[sound:x.mp3]`, `<audio>`, `<video>`) as `![](media/x.mp3)`, which the app plays.
// Everything else keeps only its text;
// scripts, styles, frames and event handlers disappear, and characters that Markdown would read
// as HTML or formatting are escaped, so no markup from the file can survive into the app.

import { deckMediaKind } from '../decks/assets';

export interface HtmlToMarkdownOptions {
  /** Media names (after sanitising) that `<img src>`, `<audio>`, `<video>` and `[sound:]` may point to, by their name in the package; other images keep their alt text. */
  media?: ReadonlyMap<string, string>;
  /** Told of each element left out or whose formatting is lost (its name, `color` for colours), to count them. */
  dropped?: (what: string) => void;
}

interface Element {
  name: string;
  attributes: Map<string, string>;
  children: Node[];
}
type Node = Element | string;

export const MEDIA_FOLDER = 'media';

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'source', 'track', 'embed', 'param']);
/** Elements whose content is never text for a reader: dropped whole. */
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'textarea', 'select', 'button', 'frame', 'frameset', 'applet', 'canvas']);
/** Players: a reference to their media file when it is known and playable, else nothing. */
const PLAYERS = new Set(['audio', 'video']);
/** Anki's sound tag (rslib/src/text.rs, AV_TAGS): `[sound:name]` anywhere in a field, sounds and videos alike. */
const SOUND_TAG = /\[sound:([^\]]+)\]/;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'ul', 'ol', 'li', 'pre', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'center', 'details', 'summary', 'body', 'html',
]);
/** Formatting Markdown has no syntax for, kept as these inline HTML tags (the app and the exports let them through). */
const KEPT_INLINE = new Set(['u', 'sub', 'sup']);
/** Formatting Markdown has no syntax for and that is not kept: the text is kept, the formatting reported as lost. */
const LOST_FORMATTING = new Set(['mark', 'small', 'big']);
/** Colour values kept as `<font color>`: hex, a name, or rgb()/hsl() of numbers (nothing that could close the attribute or load a URL). */
export const SAFE_COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,20}|(?:rgb|hsl)a?\(\s*[\d.]+%?(?:\s*[,/ ]\s*[\d.]+%?){2,3}\s*\))$/i;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', hellip: '…', mdash: '—', ndash: '–',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç',
  ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', Eacute: 'É', Egrave: 'È', Agrave: 'À', Ccedil: 'Ç',
  euro: '€', copy: '©', reg: '®', deg: '°', times: '×', middot: '·', bull: '•', rarr: '→', larr: '←', shy: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
}

/** Deeper nesting is flattened: it bounds the work per closing tag and the recursion of the writer. */
const MAX_DEPTH = 64;

interface Tag {
  closing: boolean;
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Offset just after `>`. */
  end: number;
}

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9:-]*/y;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/**
 * The tag starting at `lt` (a `<`), scanned by hand in one pass: a regular expression over
 * attributes can take exponential time on hostile input. Undefined when it never closes.
 */
function readTag(html: string, lt: number): Tag | undefined {
  let i = lt + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  TAG_NAME.lastIndex = i;
  const name = TAG_NAME.exec(html)?.[0];
  if (!name) return undefined;
  i += name.length;
  const attributes = new Map<string, string>();
  while (i < html.length) {
    while (isSpace(html[i]) || html[i] === '/') i++;
    if (html[i] === '>') return { closing, name: name.toLowerCase(), attributes, selfClosing: html[i - 1] === '/', end: i + 1 };
    const keyStart = i;
    while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const key = html.slice(keyStart, i).toLowerCase();
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return undefined;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (key) attributes.set(key, decodeEntities(value));
  }
  return undefined;
}

/** A tree of elements and text; unbalanced tags are closed or ignored the forgiving way. */
function parseHtml(html: string): Element {
  const root: Element = { name: '#root', attributes: new Map(), children: [] };
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      top().children.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) top().children.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt) || html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) + 3 : html.indexOf('>', lt) + 1;
      i = end > lt ? end : html.length;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      // A tag that never closes: like a browser, nothing after it can be markup.
      top().children.push(decodeEntities(html.slice(lt)));
      break;
    }
    i = tag.end;
    if (tag.closing) {
      const index = stack.map((e) => e.name).lastIndexOf(tag.name);
      if (index > 0) stack.length = index;
      continue;
    }
    if (RAW_TEXT.has(tag.name)) {
      // Their content is text up to the closing tag, never markup (and it is dropped anyway).
      const close = new RegExp(`</${tag.name}`, 'ig');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? html.indexOf('>', found.index) + 1 || html.length : html.length;
      continue;
    }
    if (tag.name === 'li' || tag.name === 'p') closeOpen(stack, tag.name);
    const element: Element = { name: tag.name, attributes: tag.attributes, children: [] };
    top().children.push(element);
    if (!VOID.has(tag.name) && !tag.selfClosing && stack.length < MAX_DEPTH) stack.push(element);
  }
  return root;
}

/** A new `<li>` or `<p>` implicitly closes the previous one, unless a list or another block lies in between. */
function closeOpen(stack: Element[], name: string) {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i].name === name) {
      stack.length = i;
      return;
    }
    if (BLOCK.has(stack[i].name)) return;
  }
}

function textContent(node: Node): string {
  if (typeof node === 'string') return node;
  if (DROPPED.has(node.name) || PLAYERS.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textContent).join('');
}

/** Escapes what GFM would read as markup in plain text (HTML, emphasis, strikethrough, code, links, tables, block starts). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*<[\]~|]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // Block starts; `:-` would start a table's delimiter row under a one-column header line.
    .replace(/^(\s*)([#+=>-]|:(?=-))/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3');
}

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

class MarkdownWriter {
  constructor(private readonly options: HtmlToMarkdownOptions) {}

  /** The blocks of `nodes`, separated by blank lines; runs of inline content become paragraphs. */
  blocks(nodes: Node[]): string {
    const blocks: string[] = [];
    // Pieces joined once per paragraph (testing the end of a growing string would copy it each time).
    let inline: string[] = [];
    let afterBreak = false;
    const flush = () => {
      const paragraph = inline.join('').replace(/^[ \t]+|[ \t]+$/gm, '').replace(/^(?:\\\n)+|(?:\\\n)+$/g, '').trim();
      if (paragraph) blocks.push(paragraph);
      inline = [];
    };
    for (const node of nodes) {
      const isBreak = typeof node !== 'string' && node.name === 'br';
      if (typeof node !== 'string' && BLOCK.has(node.name)) {
        flush();
        const block = this.block(node);
        if (block.trim()) blocks.push(block);
      } else if (isBreak && afterBreak) {
        flush(); // two <br> in a row: a new paragraph
      } else if (typeof node !== 'string' || node.trim() || !afterBreak) {
        inline.push(this.inline(node));
      }
      if (isBreak || typeof node !== 'string' || node.trim()) afterBreak = isBreak;
    }
    flush();
    return blocks.join('\n\n');
  }

  block(element: Element): string {
    const { name } = element;
    if (name === 'pre') {
      const code = textContent(element);
      const language = /language-([\w-]+)/.exec(findCodeClass(element))?.[1] ?? '';
      return fenceCode(code, language);
    }
    if (name === 'hr') return '---';
    if (/^h[1-6]$/.test(name)) return `${'#'.repeat(Number(name[1]))} ${this.inlineOnly(element.children)}`;
    if (name === 'ul' || name === 'ol') return this.list(element, name === 'ol');
    if (name === 'blockquote') return prefixLines(this.blocks(element.children), '> ', '> ');
    if (name === 'table' || name === 'thead' || name === 'tbody' || name === 'tfoot' || name === 'tr') return this.table(element);
    return this.blocks(element.children);
  }

  /** A GFM table, the first row as its header; every cell keeps its place, empty ones included. */
  table(element: Element): string {
    const rows: string[][] = [];
    const visit = (node: Element) => {
      if (node.name === 'tr') {
        const cells = node.children.filter((cell): cell is Element => typeof cell !== 'string' && (cell.name === 'td' || cell.name === 'th'));
        // A `|` in a cell would end it, in code too (where GFM reads `\|` as `|`).
        rows.push(cells.map((cell) => this.inlineOnly(cell.children).replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|')));
      } else for (const child of node.children) if (typeof child !== 'string' && child.name !== 'table') visit(child);
    };
    visit(element);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0 || rows.every((row) => row.every((cell) => !cell))) return '';
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
  }

  list(element: Element, ordered: boolean): string {
    const items = element.children.filter((child): child is Element => typeof child !== 'string' && child.name === 'li');
    return items
      .map((item, index) => {
        const marker = ordered ? `${index + 1}. ` : '- ';
        return prefixLines(this.blocks(item.children) || ' ', marker, ' '.repeat(marker.length));
      })
      .join('\n');
  }

  /** Inline content only (headings, table cells): blocks inside are flattened to one line. */
  inlineOnly(nodes: Node[]): string {
    return this.blocks(nodes).replace(/\s*\n+\s*/g, ' ').trim();
  }

  /** Text, where each `[sound:name]` becomes its player (or nothing, counted, when the file is not in the package). */
  text(text: string): string {
    if (!text.includes('[sound:')) return escapeMarkdown(text.replace(/[ \t\n\r\f]+/g, ' '));
    return text
      .split(SOUND_TAG)
      .map((part, i) => (i % 2 === 0 ? escapeMarkdown(part.replace(/[ \t\n\r\f]+/g, ' ')) : this.player(part.trim(), '', 'sound')))
      .join('')
      .replace(/ {2,}/g, ' ');
  }

  /** `![alt](<media/name>)` for a sound or video the package holds under `src`. */
  player(src: string, alt: string, what: string): string {
    const name = this.options.media?.get(src);
    if (!name || (deckMediaKind(name) !== 'audio' && deckMediaKind(name) !== 'video')) {
      this.options.dropped?.(what);
      return '';
    }
    return `![${escapeMarkdown(alt)}](<${MEDIA_FOLDER}/${name}>)`;
  }

  inline(node: Node): string {
    if (typeof node === 'string') return this.text(node);
    if (PLAYERS.has(node.name)) {
      // The file is the element's src, or its first <source> (a browser plays the first it can).
      const source = node.children.find((child): child is Element => typeof child !== 'string' && child.name === 'source' && child.attributes.has('src'));
      const src = node.attributes.get('src') ?? source?.attributes.get('src') ?? '';
      return this.player(src, '', node.name);
    }
    if (DROPPED.has(node.name)) {
      this.options.dropped?.(node.name);
      return '';
    }
    switch (node.name) {
      case 'br':
        return '\\\n';
      case 'b':
      case 'strong':
        return wrap(this.inlineChildren(node), '**');
      case 'i':
      case 'em':
        return wrap(this.inlineChildren(node), '*');
      case 's':
      case 'del':
      case 'strike':
        return wrap(this.inlineChildren(node), '~~');
      case 'code':
      case 'kbd':
      case 'tt':
      case 'samp':
        return codeSpan(textContent(node));
      case 'a': {
        const text = this.inlineChildren(node);
        const href = (node.attributes.get('href') ?? '').trim();
        return SAFE_HREF.test(href) && text.trim() ? `[${text}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
      }
      case 'img': {
        const alt = escapeMarkdown(node.attributes.get('alt') ?? '');
        const name = this.options.media?.get(node.attributes.get('src') ?? '');
        // Imported media are saved in a media/ folder next to the deck file (CLI and app alike).
        if (!name) this.options.dropped?.('img');
        return name ? `![${alt}](<${MEDIA_FOLDER}/${name}>)` : alt;
      }
      default: {
        if (KEPT_INLINE.has(node.name)) return wrapTag(this.inlineChildren(node), node.name);
        if (LOST_FORMATTING.has(node.name)) this.options.dropped?.(node.name);
        const text = this.inlineChildren(node);
        const color = colorOf(node);
        if (color === undefined) return text;
        if (!color) {
          this.options.dropped?.('color');
          return text;
        }
        return wrapTag(text, 'font', ` color="${color}"`);
      }
    }
  }

  inlineChildren(element: Element): string {
    return element.children.map((child) => (typeof child !== 'string' && BLOCK.has(child.name) ? ` ${this.inlineOnly([child])} ` : this.inline(child))).join('');
  }
}

/**
 * The text colour an element sets (`<font color>`, `style="color: …"`): the value when it is safe
 * to keep, '' when it sets a colour that is not kept (a background, an odd value), undefined when none.
 */
function colorOf(element: Element): string | undefined {
  const style = element.attributes.get('style') ?? '';
  const declared = /(?:^|;)\s*color\s*:\s*([^;]*)/i.exec(style)?.[1] ?? (element.name === 'font' ? element.attributes.get('color') : undefined);
  const background = /(?:^|;)\s*background(?:-color)?\s*:/i.test(style);
  if (declared === undefined) return background ? '' : undefined;
  const value = declared.replace(/\s*!important\s*$/i, '').trim();
  return SAFE_COLOR.test(value) && !background ? value.toLowerCase() : '';
}

/** `<tag>text</tag>`, the spaces around kept outside; nothing for blank text. */
function wrapTag(text: string, tag: string, attributes = ''): string {
  const core = text.trim();
  if (!core) return text;
  const before = text.slice(0, text.length - text.trimStart().length);
  const after = text.slice(text.trimEnd().length);
  return `${before}<${tag}${attributes}>${core}</${tag}>${after}`;
}

function findCodeClass(element: Element): string {
  const code = element.children.find((child): child is Element => typeof child !== 'string' && child.name === 'code');
  return `${element.attributes.get('class') ?? ''} ${code?.attributes.get('class') ?? ''}`;
}

/** `**text**` with the spaces moved outside, since `** text**` is not emphasis in Markdown. */
function wrap(text: string, marks: string): string {
  const core = text.trim();
  if (!core) return text;
  const before = text.slice(0, text.length - text.trimStart().length);
  const after = text.slice(text.trimEnd().length);
  return `${before}${marks}${core}${marks}${after}`;
}

function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  if (!text.trim()) return text;
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${marks}${pad}${text}${pad}${marks}`;
}

function fenceCode(code: string, language: string): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${language}\n${code.replace(/^\n/, '').replace(/\n+$/, '')}\n${marks}`;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : rest.trimEnd()) + line)
    .join('\n');
}

/** Safe Markdown for an HTML fragment (an Anki field, an HTML spreadsheet cell). */
export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
  const markdown = new MarkdownWriter(options).blocks(parseHtml(html).children);
  return markdown.replace(/\n{3,}/g, '\n\n').trim();
}

/** Safe Markdown for plain text (a spreadsheet cell): escaped, line breaks kept. */
export function textToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => escapeMarkdown(line.trim())).join('\\\n'))
    .join('\n\n');
}
