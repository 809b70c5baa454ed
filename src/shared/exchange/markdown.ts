// Markdown of deck texts turned into HTML for Anki notes, TSV cells and printable sheets.
//
// Decks come from strangers, so the HTML is made safe by construction, without needing a DOM:
// raw HTML written in the Markdown is shown as text (escaped), links keep only http(s)/mailto and
// relative targets, images become their alt text unless the caller allows local media names.
// Where a DOM exists (the renderer), DOMPurify then sanitises the result once more.
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { autolinksStopAtBackslash } from '../decks/autolink';

export interface MarkdownHtmlOptions {
  /** Keep `![alt](name.png)` as `<img>` when `name.png` is a local media name (Anki packages). */
  localImages?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

const SAFE_LINK = /^(?:https?:|mailto:|#|[^:/?#]*(?:[/?#]|$))/i;
const LOCAL_MEDIA = /^[^:/\\?#]+$/;

function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim()) && !href.trim().startsWith('//');
}

function createMarked(options: MarkdownHtmlOptions): Marked {
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        if (!isSafeHref(href)) return text;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(href)}"${titleAttribute}>${text}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        if (options.localImages && LOCAL_MEDIA.test(href)) return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">`;
        return escapeHtml(text ? `[${text}]` : '');
      },
    },
  }).use(autolinksStopAtBackslash);
}

const instances = new Map<boolean, Marked>();

/** Block HTML for a Markdown text (paragraphs, lists, code blocks…). */
export function markdownToHtml(markdown: string, options: MarkdownHtmlOptions = {}): string {
  const localImages = options.localImages ?? false;
  let marked = instances.get(localImages);
  if (!marked) instances.set(localImages, (marked = createMarked({ localImages })));
  const html = (marked.parse(markdown) as string).trim();
  return DOMPurify.isSupported ? DOMPurify.sanitize(html) : html;
}

/** A fenced code block that stays one block whatever backticks `code` contains. */
export function fence(code: string, lang = ''): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${lang}\n${code.replace(/\n$/, '')}\n${marks}`;
}
