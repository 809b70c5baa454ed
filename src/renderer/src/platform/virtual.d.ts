// Provided by src/node/bundledDecksPlugin.ts in the web build.
declare module 'virtual:kubedeck/bundled-decks' {
  import type { BundledDecks } from './bundled';
  export const library: BundledDecks['library'];
  export const deckLoaders: BundledDecks['deckLoaders'];
}
