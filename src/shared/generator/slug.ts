// Slugs for the generator's tags and id prefixes, on top of the one kebab-case of decks/ids.ts.
import { kebabCase, uniqueId } from '../decks/ids';

export { kebabCase } from '../decks/ids';

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
    return uniqueId(base || fallback, this.taken);
  }
}
