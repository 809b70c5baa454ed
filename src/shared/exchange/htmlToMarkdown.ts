// HTML from Anki fields or spreadsheet cells turned into safe Markdown for deck texts.
//
// A small tolerant parser (no DOM needed, so it runs in Node, the renderer and a worker) builds a
// tree, and only known formatting is rendered back: bold, italic, code, lists, headings, links
// with http(s)/mailto targets, images of known media files. Everything else keeps only its text;
// scripts, styles, frames and event handlers disappear, and characters that Markdown would read
// as HTML or formatting are escaped, so no markup from the file can survive into the app.

export interface HtmlToMarkdownOptions {
  /** Media names (after sanitising) that `<img src>` may point to; other images keep their alt text. */
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
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'textarea', 'select', 'button', 'frame', 'frameset', 'applet', 'audio', 'video', 'canvas']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'ul', 'ol', 'li', 'pre', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'center', 'details', 'summary', 'body', 'html',
]);
/** Formatting Markdown has no syntax for: the text is kept, the formatting reported as lost. */
const LOST_FORMATTING = new Set(['u', 'sub', 'sup', 'mark', 'small', 'big']);
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
  if (DROPPED.has(node.name)) return '';
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
    if (name === 'tr') return element.children.map((cell) => (typeof cell === 'string' ? '' : this.inlineOnly(cell.children))).filter(Boolean).join(' | ');
    if (name === 'table' || name === 'thead' || name === 'tbody' || name === 'tfoot') {
      return element.children.map((child) => (typeof child === 'string' ? '' : this.block(child))).filter((row) => row.trim()).join('\\\n');
    }
    return this.blocks(element.children);
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

  inline(node: Node): string {
    if (typeof node === 'string') return escapeMarkdown(node.replace(/[ \t\n\r\f]+/g, ' '));
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
      default:
        if (LOST_FORMATTING.has(node.name)) this.options.dropped?.(node.name);
        else if (node.attributes.has('color') || /(?:^|;)\s*(?:background-)?color\s*:/i.test(node.attributes.get('style') ?? '')) this.options.dropped?.('color');
        return this.inlineChildren(node);
    }
  }

  inlineChildren(element: Element): string {
    return element.children.map((child) => (typeof child !== 'string' && BLOCK.has(child.name) ? ` ${this.inlineOnly([child])} ` : this.inline(child))).join('');
  }
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
