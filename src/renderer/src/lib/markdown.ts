// Card text is Markdown from decks written by strangers: rendered with marked, then sanitised
// with DOMPurify (no script, no event handler, no remote content), YAML and shell code highlighted;
// sounds and videos of the deck folder get a player (controls, no autoplay).
import DOMPurify from 'dompurify';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import yaml from 'highlight.js/lib/languages/yaml';
import { Marked } from 'marked';
import { deckMediaKind, deckMediaUrl, type DeckMediaKind } from '../../../shared/decks/assets';
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
    // `![](media/cri.mp3)` is a sound to play (imported from Anki's `[sound:cri.mp3]`), a video likewise.
    image({ href, text }) {
      const kind = deckMediaKind(writtenPath(href).split(/[?#]/)[0]);
      // The alt text is what the player shows where it cannot play the file; images as marked renders them.
      return kind === 'audio' || kind === 'video' ? `<${kind} controls preload="metadata" src="${escapeHtml(href)}">${escapeHtml(text)}</${kind}>` : false;
    },
  },
}).use(autolinksStopAtBackslash);

const purifier = DOMPurify();
/** Where the images of the deck being rendered are served (set for the duration of one render). */
let imageBase: string | undefined;
// Nothing a card shows is fetched from elsewhere: links are shown with their target and open
// outside the app; images (and a video's poster), sounds and videos come from the deck's folder; every other
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
    // Only media next to the deck file: no remote files (tracking, offline), no data: payloads.
    const kinds = mediaKindsOf(node.tagName, name);
    const url = kinds && imageBase !== undefined ? deckMediaUrl(writtenPath(node.getAttribute(name) ?? ''), imageBase, kinds) : undefined;
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  // A sound or video plays when the student asks for it: with its controls, never on its own.
  if (node.tagName === 'AUDIO' || node.tagName === 'VIDEO') {
    for (const name of ['autoplay', 'loop', 'muted']) node.removeAttribute(name);
    node.setAttribute('controls', '');
  }
});

/** What the `attribute` of an element may load: images for <img src> and a video's poster, sounds and videos for players. */
function mediaKindsOf(tagName: string, attribute: string): DeckMediaKind[] | undefined {
  if (attribute === 'src' && tagName === 'IMG') return ['image'];
  if (attribute === 'poster' && tagName === 'VIDEO') return ['image'];
  if (attribute === 'src' && (tagName === 'AUDIO' || tagName === 'VIDEO' || tagName === 'SOURCE')) return ['audio', 'video'];
  return undefined;
}

/**
 * The image path as the deck wrote it: marked URL-encodes it (`schéma 1.png` → `sch%C3%A9ma%201.png`)
 * and deckMediaUrl encodes it once more; a `%` not part of an escape is kept as written.
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
