// `kubedeck generate DIR --single`: the decks drafted from each chapter of a folder, as one deck.
import type { Deck } from '../decks/types';
import { deckToYaml } from '../decks/writeYaml';
import { deckId } from './generateDeck';
import { deckLocale } from '../i18n';
import { cardTexts } from './texts';

/**
 * One deck named after the folder, with every chapter's cards in chapter order: card ids are
 * prefixed with their chapter's deck id (they are unique within a chapter only), and each card's
 * source names its chapter. The language is the first chapter's.
 */
export function mergeDecks(decks: readonly Deck[], folderName: string): { deck: Deck; yaml: string } {
  const texts = cardTexts(deckLocale(decks[0].lang));
  const deck: Deck = {
    ...decks[0],
    id: deckId(folderName, folderName),
    title: folderName,
    source: folderName,
    description: texts.deckDescription(folderName),
    tags: [...new Set(decks.flatMap((chapter) => chapter.tags))],
    // Every chapter's topic names; the first chapter that names a tag wins.
    topics: Object.assign({}, ...[...decks].reverse().map((chapter) => chapter.topics ?? {})),
    cards: decks.flatMap((chapter) =>
      chapter.cards.map((card) => ({ ...card, id: `${chapter.id}-${card.id}`, source: card.source ? `${chapter.title}, ${card.source}` : chapter.title })),
    ),
  };
  return { deck, yaml: deckToYaml(deck, { draft: { header: [texts.draftComment(folderName), texts.originComment] } }) };
}
