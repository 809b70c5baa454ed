// Card text is Markdown from decks written by strangers: rendered with marked, then sanitised
// with DOMPurify (no script, no event handler, no remote content), YAML and shell code highlighted.
import DOMPurify from 'dompurify';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import yaml from 'highlight.js/lib/languages/yaml';
import { Marked } from 'marked';
import { deckImageUrl } from '../../../shared/decks/assets';
import { autolinksStopAtBackslash } from '../../../shared/decks/autolink';
import { gapMarksToHtml } from '../../../shared/decks/clozeMarks';
import { escapeHtml } from '../../../shared/text';

hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('bash', bash);
const LANGUAGE_ALIASES: Record<string, string> = { yml: 'yaml', yaml: 'yaml', sh: 'bash', shell: 'bash', bash: 'bash', console: 'bash' };

const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    code({ text, lang }) {
      const language = LANGUAGE_ALIASES[(lang ?? '').toLowerCase()];
      const body = language ? hljs.highlight(text, { language }).value : escapeHtml(text);
      return `<pre><code class="hljs${language ? ` language-${language}` : ''}">${body}</code></pre>\n`;
    },
  },
}).use(autolinksStopAtBackslash);

const purifier = DOMPurify();
/** Where the images of the deck being rendered are served (set for the duration of one render). */
let imageBase: string | undefined;
// Nothing a card shows is fetched from elsewhere: links are shown with their target and open
// outside the app; images (and a video's poster) come from the deck's folder; every other
// attribute that makes the browser load a URL is removed, whatever element carries it.
const LOADING_ATTRIBUTES = ['srcset', 'background', 'ping', 'xlink:href', 'lowsrc', 'dynsrc', 'longdesc', 'cite', 'action', 'formaction', 'data', 'manifest'];
purifier.addHook('afterSanitizeAttributes', (node) => {
  for (const name of LOADING_ATTRIBUTES) node.removeAttribute(name);
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noreferrer noopener');
    node.setAttribute('target', '_blank');
  } else node.removeAttribute('href');
  for (const name of ['src', 'poster']) {
    if (!node.hasAttribute(name)) continue;
    // Only images next to the deck file: no remote images (tracking, offline), no data: payloads.
    const imageAttribute = (node.tagName === 'IMG' && name === 'src') || (node.tagName === 'VIDEO' && name === 'poster');
    const url = imageAttribute && imageBase !== undefined ? deckImageUrl(writtenPath(node.getAttribute(name) ?? ''), imageBase) : undefined;
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
});

/**
 * The image path as the deck wrote it: marked URL-encodes it (`schéma 1.png` → `sch%C3%A9ma%201.png`)
 * and deckImageUrl encodes it once more; a `%` not part of an escape is kept as written.
 */
function writtenPath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/**
 * Sanitised HTML for a Markdown text (inline: no paragraph around a single line); images are
 * resolved against `assetBase`, the deck's folder (see shared/decks/assets.ts).
 */
export function renderMarkdown(markdown: string, options: { inline?: boolean; assetBase?: string; gapLabel?: string } = {}): string {
  const parsed = options.inline ? (marked.parseInline(markdown) as string) : (marked.parse(markdown) as string);
  // Cloze gaps marked by markClozeGap become <mark> here, code included; sanitised below.
  const html = gapMarksToHtml(parsed, options.gapLabel ?? 'gap');
  imageBase = options.assetBase;
  try {
    return sanitize(html);
  } finally {
    imageBase = undefined;
  }
}

function sanitize(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
  });
}
