// Which study items a quiz or an exam may ask, and drawing them: per-tag quotas, never the same
// card twice, the same draw for the same seed.
import type { ClozeCard, InputCard, McqCard, QuestionType, YamlFixCard } from '../decks/types';
import { QUESTION_TYPES } from '../decks/types';
import type { StudyItem } from '../review/items';
import { mulberry32, shuffled } from './random';
import { inTopics, type TopicKey } from './topics';

/** A study item whose answer can be checked: one question (for a cloze card, one gap). */
export type QuestionItem = StudyItem & { card: McqCard | InputCard | ClozeCard | YamlFixCard };

export function isQuestionItem(item: StudyItem): item is QuestionItem {
  return (QUESTION_TYPES as readonly string[]).includes(item.card.type);
}

export interface PoolFilter {
  /** Only these decks (none: every deck). */
  deckIds?: readonly string[];
  /** Only items carrying at least one of these tags (none: any tag). */
  tags?: readonly string[];
  /** Only these card types (none: every question type). */
  types?: readonly QuestionType[];
  /** Only items in one of these topics of their deck (see `topics.ts`); unlike the others, an empty list keeps nothing. */
  topics?: readonly TopicKey[];
}

/** The items a quiz or an exam may ask, among `items`. */
export function questionPool(items: readonly StudyItem[], filter: PoolFilter = {}): QuestionItem[] {
  const { deckIds = [], tags = [], types = [] } = filter;
  const topics = filter.topics && new Set(filter.topics);
  return items.filter(isQuestionItem).filter(
    (item) =>
      (topics === undefined || inTopics(item, topics)) &&
      (deckIds.length === 0 || deckIds.includes(item.deckId)) &&
      (tags.length === 0 || item.tags.some((tag) => tags.includes(tag))) &&
      (types.length === 0 || types.includes(item.card.type)),
  );
}

/** Draw `count` questions carrying `tag` (no tag: any question of the pool). */
export interface DrawQuota {
  tag?: string;
  count: number;
}

export interface Shortfall {
  tag?: string;
  wanted: number;
  drawn: number;
}

export interface Draw {
  questions: QuestionItem[];
  /** Quotas the pool could not fill. */
  shortfalls: Shortfall[];
}

/** The card an item belongs to: two gaps of one cloze card would give each other away. */
const cardOf = (item: StudyItem) => `${item.deckId}/${item.card.id}`;

/**
 * Draws questions for the quotas. Deterministic for a seed, whatever the order of `pool`. Quotas
 * are filled scarcest tag first, so that a broad tag (`reseau`) does not use up the few cards of
 * a narrow one (`metallb`); a card is asked at most once (one gap per cloze card). The questions
 * come out shuffled, topics mixed.
 */
export function drawQuestions(pool: readonly QuestionItem[], quotas: readonly DrawQuota[], seed: number): Draw {
  const random = mulberry32(seed);
  const candidates = shuffled([...pool].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), random);
  const fits = (quota: DrawQuota) => (item: QuestionItem) => quota.tag === undefined || item.tags.includes(quota.tag);
  const available = quotas.map((quota) => countCards(candidates, quota.tag));
  const order = quotas
    .map((quota, index) => ({ quota, index }))
    .sort((a, b) => Number(a.quota.tag === undefined) - Number(b.quota.tag === undefined) || available[a.index] - available[b.index] || a.index - b.index);

  const usedCards = new Set<string>();
  const drawn: QuestionItem[] = [];
  const drawnPerQuota = new Array<number>(quotas.length).fill(0);
  for (const { quota, index } of order) {
    for (const item of candidates) {
      if (drawnPerQuota[index] >= quota.count) break;
      if (usedCards.has(cardOf(item)) || !fits(quota)(item)) continue;
      usedCards.add(cardOf(item));
      drawn.push(item);
      drawnPerQuota[index]++;
    }
  }
  const shortfalls = quotas.flatMap((quota, index) =>
    drawnPerQuota[index] < quota.count ? [{ ...(quota.tag === undefined ? {} : { tag: quota.tag }), wanted: quota.count, drawn: drawnPerQuota[index] }] : [],
  );
  return { questions: shuffled(drawn, random), shortfalls };
}

/** How many questions a draw can get at most from `pool` (for `tag`): one per card. */
export function countCards(pool: readonly QuestionItem[], tag?: string): number {
  return new Set(pool.filter((item) => tag === undefined || item.tags.includes(tag)).map(cardOf)).size;
}
