// The one way to make an id from a text (kebab-case, matching ID_PATTERN) and to keep ids unique:
// used by the generator, imports and exports alike, so the same title gives the same id everywhere.

/** The text without accents or ligatures ("Réseau" → "Reseau", "cœur" → "coeur"). */
export function removeAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss');
}

/**
 * `text` as kebab-case words (`[a-z0-9]+(-[a-z0-9]+)*`), cut on a word boundary to at most
 * `maxLength` characters; empty when the text has no ASCII letter or digit at all.
 */
export function kebabCase(text: string, maxLength = 40): string {
  const words = removeAccents(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the chosen id is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
