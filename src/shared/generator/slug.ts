// Kebab-case slugs for deck ids, card ids and tags: ASCII only, so they match the id pattern.

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

/** Hands out ids derived from a base, adding `-2`, `-3`… when a base was already taken. */
export class UniqueIds {
  private readonly taken = new Set<string>();

  take(base: string, fallback: string): string {
    const root = base || fallback;
    let id = root;
    for (let n = 2; this.taken.has(id); n++) id = `${root}-${n}`;
    this.taken.add(id);
    return id;
  }
}
