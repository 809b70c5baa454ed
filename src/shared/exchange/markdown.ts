// Markdown of deck texts turned into HTML for Anki notes, TSV cells and printable sheets.
//
// Decks come from strangers, so the HTML is made safe by construction, without needing a DOM:
// raw HTML written in the Markdown is shown as text (escaped) but for the few inline tags imports
// write (underline, sub/superscript, colour), links keep only http(s)/mailto and
// relative targets, images become their alt text unless the caller allows local media names
// (sounds and videos then become Anki's `[sound:name]`).
// Where a DOM exists (the renderer), DOMPurify then sanitises the result once more.
import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { deckMediaKind } from '../decks/assets';
import { autolinksStopAtBackslash } from '../decks/autolink';
import { escapeHtml } from '../text';
import { SAFE_COLOR } from './htmlToMarkdown';

export interface MarkdownHtmlOptions {
  /** Keep `![alt](name.png)` as `<img>` when `name.png` is a local media name (Anki packages). */
  localImages?: boolean;
  /** The media name an image source is written as (`images/a.svg` → `a.svg`); undefined: its alt text. */
  mediaName?: (src: string) => string | undefined;
}

/**
 * The inline HTML an import writes where Markdown has no syntax (htmlToMarkdown.ts): underline,
 * subscript, superscript and a text colour, tag by tag; any other HTML is shown as text.
 */
const KEPT_TAG = new RegExp(`^(?:</?(?:u|sub|sup)>|</font>|<font color="${SAFE_COLOR.source.slice(1, -1)}">)$`, 'i');

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
      html: ({ text }: Tokens.HTML | Tokens.Tag) => (KEPT_TAG.test(text) ? text : escapeHtml(text)),
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        if (!isSafeHref(href)) return text;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(href)}"${titleAttribute}>${text}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        const name = options.mediaName ? options.mediaName(href) : options.localImages && LOCAL_MEDIA.test(href) ? href : undefined;
        // Anki plays sounds and videos from its sound tag, not from <audio> (rslib/src/text.rs, AV_TAGS).
        const kind = name ? deckMediaKind(name) : undefined;
        if (name && (kind === 'audio' || kind === 'video')) return `[sound:${escapeHtml(name)}]`;
        if (name) return `<img src="${escapeHtml(name)}" alt="${escapeHtml(text)}">`;
        return escapeHtml(text ? `[${text}]` : '');
      },
    },
  }).use(autolinksStopAtBackslash);
}

/** A Markdown → HTML function of its own, for options that cannot be shared (a media name resolver). */
export function markdownRenderer(options: MarkdownHtmlOptions): (markdown: string) => string {
  const marked = createMarked(options);
  return (markdown) => {
    const html = (marked.parse(markdown) as string).trim();
    return DOMPurify.isSupported ? DOMPurify.sanitize(html) : html;
  };
}

const renderers = new Map<boolean, (markdown: string) => string>();

/** Block HTML for a Markdown text (paragraphs, lists, code blocks…). */
export function markdownToHtml(markdown: string, options: Pick<MarkdownHtmlOptions, 'localImages'> = {}): string {
  const localImages = options.localImages ?? false;
  let render = renderers.get(localImages);
  if (!render) renderers.set(localImages, (render = markdownRenderer({ localImages })));
  return render(markdown);
}

/** The sources of the images a Markdown text shows (`![alt](src)`), in order. */
export function imageSources(markdown: string): string[] {
  const sources: string[] = [];
  if (!markdown.includes('![')) return sources;
  plainMarked.walkTokens(plainMarked.lexer(markdown), (token) => {
    if (token.type === 'image') sources.push((token as Tokens.Image).href);
  });
  return sources;
}

/** The Markdown with each image source replaced as `rename` says (unchanged when it returns undefined). */
export function renameImages(markdown: string, rename: (src: string) => string | undefined): string {
  let out = markdown;
  if (!markdown.includes('![')) return out;
  plainMarked.walkTokens(plainMarked.lexer(markdown), (token) => {
    if (token.type !== 'image') return;
    const { raw, href } = token as Tokens.Image;
    const to = rename(href);
    const at = raw.lastIndexOf(href);
    if (to === undefined || at < 0) return;
    out = out.split(raw).join(raw.slice(0, at) + to + raw.slice(at + href.length));
  });
  return out;
}

const plainMarked = new Marked({ gfm: true, async: false });

/** A fenced code block that stays one block whatever backticks `code` contains. */
export function fence(code: string, lang = ''): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longestRun + 1);
  return `${marks}${lang}\n${code.replace(/\n$/, '')}\n${marks}`;
}
