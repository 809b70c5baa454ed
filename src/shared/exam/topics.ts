// The topics a quiz or a custom exam draws from, as the set-up screens offer them: grouped by deck
// (a deck's own topics, with how many cards each has), filtered by what the student types, ticked
// per topic or a whole deck at once. Everything is ticked at first, so that starting is one click.
import type { QuestionItem } from './questions';

/** One topic of one deck: `metallb` in the MetalLB deck is not `metallb` in the Ingress deck. */
export type TopicKey = string;

/** The key of `tag` in deck `deckId` (`''`: the deck's cards without a topic). */
export function topicKey(deckId: string, tag: string): TopicKey {
  return `${deckId}\u001f${tag}`;
}

export interface TopicChoice {
  key: TopicKey;
  /** `''` for the deck's cards that carry no topic. */
  tag: string;
  name: string;
  /** Cards of the deck with this topic (one question each). */
  cards: number;
}

export interface TopicGroup {
  deckId: string;
  title: string;
  /** The deck's cards that can be asked (a card in two topics counts once). */
  cards: number;
  topics: TopicChoice[];
}

export interface Naming {
  /** The name students read for a tag. */
  topic: (tag: string) => string;
  /** The name of a deck's cards without any topic. */
  untagged: string;
  /** For sorting names. */
  locale: string;
}

const cardOf = (item: QuestionItem) => `${item.deckId}/${item.card.id}`;

/** The decks that have questions, in their order, each with its topics sorted by name (cards without a topic last). */
export function topicGroups(decks: readonly { id: string; title: string }[], pool: readonly QuestionItem[], naming: Naming): TopicGroup[] {
  const collator = new Intl.Collator(naming.locale);
  return decks.flatMap((deck) => {
    const cards = new Map<string, Set<string>>();
    for (const item of pool) {
      if (item.deckId !== deck.id) continue;
      for (const tag of item.tags.length > 0 ? item.tags : ['']) {
        if (!cards.has(tag)) cards.set(tag, new Set());
        cards.get(tag)!.add(cardOf(item));
      }
    }
    if (cards.size === 0) return [];
    const topics = [...cards].map(([tag, ids]) => ({ key: topicKey(deck.id, tag), tag, name: tag === '' ? naming.untagged : naming.topic(tag), cards: ids.size }));
    topics.sort((a, b) => Number(a.tag === '') - Number(b.tag === '') || collator.compare(a.name, b.name) || a.tag.localeCompare(b.tag));
    const all = new Set([...cards.values()].flatMap((ids) => [...ids]));
    return [{ deckId: deck.id, title: deck.title, cards: all.size, topics }];
  });
}

/** Lower case, without accents: `réseau` is found by typing `reseau` or `RÉS`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The groups as the filter box leaves them: a deck whose title matches keeps every topic, another
 * keeps the topics whose name or tag matches, and a deck left with none is dropped.
 */
export function filterGroups(groups: readonly TopicGroup[], query: string): TopicGroup[] {
  const wanted = foldText(query);
  if (wanted === '') return [...groups];
  return groups.flatMap((group) => {
    if (foldText(group.title).includes(wanted)) return [group];
    const topics = group.topics.filter((topic) => foldText(topic.name).includes(wanted) || foldText(topic.tag).includes(wanted));
    return topics.length > 0 ? [{ ...group, topics }] : [];
  });
}

export function allTopicKeys(groups: readonly TopicGroup[]): TopicKey[] {
  return groups.flatMap((group) => group.topics.map((topic) => topic.key));
}

/** Whether the group's topics are all ticked, some, or none (for the deck's "all" box). */
export function groupState(group: TopicGroup, selected: readonly TopicKey[]): 'all' | 'some' | 'none' {
  const ticked = group.topics.filter((topic) => selected.includes(topic.key)).length;
  return ticked === 0 ? 'none' : ticked === group.topics.length ? 'all' : 'some';
}

/** `selected` with `keys` ticked (`on`) or unticked, in a stable order and without duplicates. */
export function setTopics(selected: readonly TopicKey[], keys: readonly TopicKey[], on: boolean): TopicKey[] {
  const drop = new Set(keys);
  const kept = selected.filter((key) => !drop.has(key));
  return on ? [...new Set([...kept, ...keys])] : kept;
}

/** The tags of the ticked topics, whatever their deck: the rows of the attempt's score per topic. */
export function tagsOfTopics(selected: readonly TopicKey[]): string[] {
  return [...new Set(selected.map((key) => key.slice(key.indexOf('\u001f') + 1)).filter((tag) => tag !== ''))];
}

/** Whether `item` belongs to one of the ticked topics of its deck. */
export function inTopics(item: QuestionItem, selected: ReadonlySet<TopicKey>): boolean {
  return (item.tags.length > 0 ? item.tags : ['']).some((tag) => selected.has(topicKey(item.deckId, tag)));
}

/**
 * What the selection covers, for an attempt's title: nothing when every topic is ticked (the
 * caller says "all decks"), else the title of each deck ticked whole and the names of the other
 * ticked topics.
 */
export function selectionNames(groups: readonly TopicGroup[], selected: readonly TopicKey[]): string[] {
  if (groups.every((group) => groupState(group, selected) === 'all')) return [];
  return groups.flatMap((group) => {
    const state = groupState(group, selected);
    if (state === 'all') return [group.title];
    return state === 'none' ? [] : group.topics.filter((topic) => selected.includes(topic.key)).map((topic) => topic.name);
  });
}
