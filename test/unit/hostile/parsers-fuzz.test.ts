// Every parser of files from strangers, fed mutations of a valid file: each gives a result or its
// own clear error (with where), never another exception. `npm run fuzz` runs them much longer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { bundleToYaml, parseBundle } from '../../../src/shared/exchange/bundle';
import { importDelimited, previewDelimited } from '../../../src/shared/exchange/delimited';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { BACKUP_FORMAT, parseBackup } from '../../../src/shared/backup/backup';
import { BackupError } from '../../../src/shared/backup/checks';
import { VALID_DECK } from '../../fixtures/decks';
import { FUZZ } from './fuzz';

/** Pieces that matter to YAML, JSON, CSV and Markdown, spliced into a valid file. */
const PIECES = ['\n', '  ', '- ', ': ', '"', "'", ',', '\t', '{', '}', '[', ']', '#', '&a ', '*a', '<<: ', '!!', '|', '>', '---\n', '{{', '}}', '::', 'null', '1e9', '\\', '\u0000', '\uFFFF', 'é', '%', '`'];

/** The text with a few splices: a piece inserted, or a run of characters removed. */
function mutated(valid: string) {
  const edit = fc.tuple(fc.nat(valid.length), fc.oneof(fc.constantFrom(...PIECES), fc.nat(8)));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let text = valid;
    for (const [at, change] of edits) {
      const i = Math.min(at, text.length);
      text = typeof change === 'string' ? text.slice(0, i) + change + text.slice(i) : text.slice(0, i) + text.slice(i + change);
    }
    return text;
  });
}

const deck = parseDeck(VALID_DECK, 'demo.yaml').deck!;
const BUNDLE = bundleToYaml({ title: 'Classe', decks: [deck, { ...deck, id: 'demo-2' }] });
const TSV = '#separator:tab\n#html:true\nRecto\tVerso\tTags\n<b>emptyDir</b>\tsupprimé avec le pod\tvolumes\n"deux\nlignes"\tb\tc\n';
const BACKUP = JSON.stringify({
  format: BACKUP_FORMAT,
  exportedAt: 1,
  settings: {},
  cardStates: [{ key: 'demo/q1', deckId: 'demo', cardId: 'q1', queue: 0, leech: false, state: 2, due: 5, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: 1 }],
  reviewLogs: [{ uid: 'u1', key: 'demo/q1', deckId: 'demo', cardId: 'q1', kind: 'answer', reviewedAt: 1, grade: 3, durationMs: 4000 }],
});

// Hundreds of whole-file parses per test: more than vitest's default 5 s on a busy machine.
describe('parsers of strangers’ files under mutation', { timeout: 30_000 }, () => {
  it('the deck parser reports problems inside the text, never throws', () => {
    fc.assert(
      fc.property(mutated(VALID_DECK), (text) => {
        const { problems } = parseDeck(text, 'demo.yaml');
        const lines = text.split('\n').length;
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines + 1);
          expect(problem.col).toBeGreaterThanOrEqual(1);
        }
      }),
      FUZZ,
    );
  });

  it('the bundle parser gives decks or an ExchangeError', () => {
    fc.assert(
      fc.property(mutated(BUNDLE), (text) => {
        try {
          const bundle = parseBundle(text, 'classe.yaml');
          expect(Array.isArray(bundle.decks)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeError);
        }
      }),
      FUZZ,
    );
  });

  it('the TSV/CSV reader previews and imports, or gives an ExchangeError', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(TSV), async (text) => {
        try {
          const preview = previewDelimited(text);
          const { decks } = await importDelimited(text, { mapping: preview.mapping, title: 'import', source: 'x.tsv' });
          for (const card of decks.flatMap((d) => d.cards)) expect(card.id).toMatch(/^[a-z0-9]/);
        } catch (error) {
          expect(error).toBeInstanceOf(ExchangeError);
        }
      }),
      FUZZ,
    );
  });

  it('the progress backup reader gives a backup or a BackupError saying where', () => {
    expect(parseBackup(BACKUP).cardStates).toHaveLength(1);
    fc.assert(
      fc.property(mutated(BACKUP), (text) => {
        try {
          parseBackup(text);
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
          expect((error as BackupError).where).not.toBe('');
        }
      }),
      FUZZ,
    );
  });
});
