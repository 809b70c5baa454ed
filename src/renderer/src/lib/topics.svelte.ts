// The names of topic tags as students read them, pooled from every loaded deck (loadAllDecks
// keeps them up to date) and shown in the current UI language.
import type { Deck, TopicNames } from '../../../shared/decks/types';
import { poolTopicNames, sortByTopicName, topicName } from '../../../shared/decks/topics';
import { i18n } from './i18n.svelte';

let names = $state.raw<TopicNames>({});

export function rememberTopics(decks: readonly Deck[]): void {
  names = poolTopicNames(decks);
}

/** `Réseau` for `reseau` (reactive in templates and $derived). */
export function topic(tag: string): string {
  return topicName(names, tag, i18n.locale);
}

/** Tags sorted by their name in the current language. */
export function byTopic(tags: readonly string[]): string[] {
  return sortByTopicName(tags, names, i18n.locale);
}
