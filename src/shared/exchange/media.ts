// Media files carried by an imported package. Their names come from the file, so they are made
// safe to use as file names in one folder: no directories (`../../x`, `/etc/passwd`, `C:\x`),
// no control, reserved or URL-special characters, no hidden or Windows device names, bounded length.

export interface ImportedMedia {
  /** A safe file name, unique within the import. */
  name: string;
  bytes: Uint8Array;
}

// Control characters are exactly what this must match; `#` and `%` would be read as a URL
// fragment or escape where a card shows the image.
// eslint-disable-next-line no-control-regex
const RESERVED = /[\u0000-\u001f\u007f<>:"|?*#%]/g;
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_NAME = 120;

export function safeMediaName(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? '';
  let safe = lastSegment
    .normalize('NFC')
    .replace(RESERVED, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (safe.length > MAX_NAME) {
    const extension = /\.[a-z0-9]{1,8}$/i.exec(safe)?.[0] ?? '';
    safe = safe.slice(0, MAX_NAME - extension.length) + extension;
  }
  if (DEVICE.test(safe)) safe = `_${safe}`;
  return safe || 'media';
}

/** `safe`, or `name-2.ext`, `name-3.ext`… when taken (names compared case-insensitively, as on macOS and Windows). */
export function uniqueMediaName(safe: string, taken: Set<string>): string {
  const dot = safe.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [safe.slice(0, dot), safe.slice(dot)] : [safe, ''];
  let name = safe;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
