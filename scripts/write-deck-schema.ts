// Writes decks/deck.schema.json from the deck format's single description (src/shared/decks/spec.ts).
// `npm run schema` after changing the format; a unit test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deckJsonSchema } from '../src/shared/decks/schema';

const file = join(resolve(import.meta.dirname, '..'), 'decks', 'deck.schema.json');
writeFileSync(file, `${JSON.stringify(deckJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${file}`);
