// Small question banks for the exam tests, built as decks so that items are what the app draws from.
import { parseDeck } from '../../../src/shared/decks/parse';
import type { Deck } from '../../../src/shared/decks/types';
import { questionPool, type QuestionItem } from '../../../src/shared/exam/questions';
import { studyItems, type StudyItem } from '../../../src/shared/review/items';

/** A deck of `count` input cards per tag (ids `<tag>-<n>`), plus one two-gap cloze card tagged `cloze`. */
export function taggedDeck(counts: Record<string, number>, id = 'bank'): Deck {
  const cards = Object.entries(counts).flatMap(([tag, count]) =>
    Array.from({ length: count }, (_, n) => `  - id: ${tag}-${n + 1}\n    type: input\n    tags: [${tag}]\n    question: Q ${tag} ${n + 1}?\n    answers: ["${tag}${n + 1}"]\n`),
  );
  const text = `format: kubedeck/1\nid: ${id}\ntitle: Bank\nlang: en\ndescription: Test bank.\nsource: Tests\ncards:\n${cards.join('')}  - id: two-gaps\n    type: cloze\n    tags: [cloze]\n    text: "{{Calico}} and {{Flannel}} are CNIs."\n`;
  const { deck, problems } = parseDeck(text, `${id}.yaml`);
  if (!deck) throw new Error(JSON.stringify(problems));
  return deck;
}

export function itemsOf(...decks: Deck[]): StudyItem[] {
  return decks.flatMap(studyItems);
}

export function poolOf(...decks: Deck[]): QuestionItem[] {
  return questionPool(itemsOf(...decks));
}
