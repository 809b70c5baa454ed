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

/** Short words that say nothing about a topic, in French and English. */
const STOP_WORDS = new Set(
  'le la les l de des du d un une et a au aux en pour avec dans sur par ou the an of and to in for with on by or'.split(' '),
);

/**
 * A slug naming a topic, for tags and id prefixes: like kebabCase, without parenthesised asides
 * and short filler words ("Les types de stockage (cloud)" → `types-stockage`).
 */
export function topicSlug(text: string, maxLength = 40): string {
  const words = kebabCase(text.replace(/\([^)]*\)/g, ' '), Infinity)
    .split('-')
    .filter((word) => !STOP_WORDS.has(word));
  return kebabCase(words.join(' '), maxLength) || kebabCase(text, maxLength);
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
