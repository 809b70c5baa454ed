// Topic names: a deck names each of its tags per language (`topics:`), so that students read
// "Réseau" or "Networking" rather than the slug `reseau`. Tags are shared across decks (an exam
// draws by tag from every loaded deck), so the names of all loaded decks are pooled.
import type { Deck, TopicNames } from './types';

/** The names of every tag across `decks`; when two decks name a tag in one language, the first wins. */
export function poolTopicNames(decks: readonly Pick<Deck, 'topics'>[]): TopicNames {
  const pooled: Record<string, Record<string, string>> = {};
  for (const deck of decks) {
    for (const [tag, names] of Object.entries(deck.topics ?? {})) pooled[tag] = { ...names, ...pooled[tag] };
  }
  return pooled;
}

/** The name of `tag` in `lang`, else in any language it has a name in, else the tag itself. */
export function topicName(names: TopicNames, tag: string, lang: string): string {
  const named = Object.hasOwn(names, tag) ? names[tag] : undefined;
  if (!named) return tag;
  return (Object.hasOwn(named, lang) ? named[lang] : undefined) ?? Object.values(named)[0] ?? tag;
}

/** `tags` in the order a reader expects: by their name in `lang`. */
export function sortByTopicName(tags: readonly string[], names: TopicNames, lang: string): string[] {
  const collator = new Intl.Collator(lang);
  return [...tags].sort((a, b) => collator.compare(topicName(names, a, lang), topicName(names, b, lang)) || a.localeCompare(b));
}

/** Topics named after themselves, for tags that came with their own wording (another tool's tags, front matter). */
export function selfNamedTopics(tags: Iterable<string>, lang: string): Record<string, Record<string, string>> {
  return Object.fromEntries([...new Set(tags)].map((tag) => [tag, { [lang]: tag }]));
}
