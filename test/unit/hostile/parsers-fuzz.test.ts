// Every parser of files from strangers, fed mutations of a valid file: each gives a result or its
// own clear error (with where), never another exception. `npm run fuzz` runs them much longer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { bundleToYaml, parseBundle } from '../../../src/shared/exchange/bundle';
import { importDelimited, previewDelimited } from '../../../src/shared/exchange/delimited';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { htmlToMarkdown } from '../../../src/shared/exchange/htmlToMarkdown';
import { generateDeck } from '../../../src/shared/generator';
import { BACKUP_FORMAT, parseBackup } from '../../../src/shared/backup/backup';
import { BackupError } from '../../../src/shared/backup/checks';
import { ANKI_BLOCK, VALID_DECK } from '../../fixtures/decks';
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
const CHAPTER = `---
title: Services
tags: [reseau]
---
## Les Services

- **ClusterIP** : une adresse virtuelle joignable depuis le cluster seulement.
- **NodePort** : un port ouvert sur chaque nœud, entre 30000 et 32767.
- **LoadBalancer** : une adresse externe fournie par le fournisseur ou MetalLB.

Le **kube-proxy** programme les règles qui mènent chaque paquet vers un pod du Service.

| Type | Joignable depuis |
| --- | --- |
| ClusterIP | le cluster |

\`\`\`yaml
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
\`\`\`
`;
const ANKI_HTML = '<div><b>emptyDir</b> est <i>supprimé</i> avec le pod<br><ul><li>a &amp; b</li></ul><img src="x.png"><table><tr><td>1</td><td></td></tr></table></div>';
const BUNDLE = bundleToYaml({ title: 'Classe', decks: [deck, { ...deck, id: 'demo-2' }] });
const TSV = '#separator:tab\n#html:true\nRecto\tVerso\tTags\n<b>emptyDir</b>\tsupprimé avec le pod\tvolumes\n"deux\nlignes"\tb\tc\n';
const BACKUP = JSON.stringify({
  format: BACKUP_FORMAT,
  exportedAt: 1,
  settings: {},
  cardStates: [{ key: 'demo/q1', deckId: 'demo', cardId: 'q1', queue: 0, leech: false, state: 2, due: 5, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, lastReview: 1 }],
  reviewLogs: [{ uid: 'u1', key: 'demo/q1', deckId: 'demo', cardId: 'q1', kind: 'answer', reviewedAt: 1, grade: 3, durationMs: 4000 }],
});

// Hundreds of whole-file parses per test: more than vitest's default 5 s on a busy machine (and no
// bound at all for the long run of npm run fuzz).
describe('parsers of strangers’ files under mutation', { timeout: process.env.FUZZ_RUNS ? 0 : 30_000 }, () => {
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

  it('the deck parser reads a mutated anki: block (the Anki notes of an import) without throwing', () => {
    fc.assert(
      fc.property(mutated(`${VALID_DECK.trimEnd()}\n${ANKI_BLOCK}`), (text) => {
        const { deck: read, problems } = parseDeck(text, 'demo.yaml');
        // A deck with no error has notes that each name one of its note types, with its number of fields.
        if (read?.anki) {
          const types = new Map(read.anki.notetypes.map((notetype) => [notetype.id, notetype]));
          for (const note of read.anki.notes) expect(note.fields).toHaveLength(types.get(note.notetype)!.fields.length);
        }
        for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(1);
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

  it('the generator drafts a deck from any mutation of a chapter, never throws', () => {
    fc.assert(
      fc.property(mutated(CHAPTER), (markdown) => {
        const { deck } = generateDeck(markdown, { fileName: 'chapitre.md' });
        for (const card of deck.cards) expect(card.id).toMatch(/^[a-z0-9]/);
      }),
      FUZZ,
    );
  });

  it('the Anki HTML reader turns any mutation of a field into Markdown without markup of its own', () => {
    fc.assert(
      fc.property(mutated(ANKI_HTML), (html) => {
        // Text that looked like a tag stays text: escaped as \<, never a tag of its own.
        expect(htmlToMarkdown(html)).not.toMatch(/(?<!\\)<(?:script|img|div|table)\b/i);
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
