// Deck generator: drafts a deck from a course chapter in Markdown (`kubedeck generate`).
export { generateDeck, deckId, type CountsByKind, type GenerateOptions, type GeneratedDeck } from './generateDeck';
export { normalizeLang } from './language';
export { FILTER_REASONS, type FilterReason } from './filters';
export { mergeDecks } from './merge';
export {
  MUTATION_KINDS,
  applicableMutations,
  mutateManifest,
  readManifests,
  type MutatedManifest,
  type MutationKind,
} from './mutations';
export { GENERATOR_TEXTS, skipReasonText, type DraftSkipReason } from './texts';
