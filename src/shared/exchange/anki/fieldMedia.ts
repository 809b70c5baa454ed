// The media files an Anki field names: `<img src>`, `<audio>`, `<video>` and `<source>` sources,
// and `[sound:…]` tags (the references rslib/src/text.rs knows). Used to keep a note's fields in
// step with the names its media are stored under, and to pack the files an exported note shows.
import { decodeEntities } from '../htmlToMarkdown';

const MEDIA_REFERENCE = /(<(?:img|audio|video|source)\b[^>]*?\bsrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))|\[sound:([^\]]+)\]/gi;

/** Only local files: Anki fields may also point at the web, which KubeDeck never loads. */
const isLocal = (name: string) => name !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(name) && !name.startsWith('//');

const escapeAttribute = (name: string) => name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The local media names `html` refers to, decoded, each once. */
export function fieldMediaNames(html: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(MEDIA_REFERENCE)) {
    const name = decodeEntities(match[2] ?? match[3] ?? match[4] ?? match[5] ?? '');
    if (isLocal(name)) names.add(name);
  }
  return [...names];
}

/** `html` with each media reference that `rename` maps renamed (others as they are). */
export function renameFieldMedia(html: string, rename: (name: string) => string | undefined): string {
  return html.replace(MEDIA_REFERENCE, (whole, tag: string | undefined, double?: string, single?: string, bare?: string, sound?: string) => {
    const name = decodeEntities(double ?? single ?? bare ?? sound ?? '');
    const renamed = isLocal(name) ? rename(name) : undefined;
    if (renamed === undefined || renamed === name) return whole;
    return sound !== undefined ? `[sound:${renamed}]` : `${tag}"${escapeAttribute(renamed)}"`;
  });
}
