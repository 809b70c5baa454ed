import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { parseDeck } from '../../../src/shared/decks/parse';

const FIXTURES = fileURLToPath(new URL('../../fixtures/courses/', import.meta.url));
const CHAPTER = join(FIXTURES, '05-services-reseau.md');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kubedeck-generate-'));
}

describe('kubedeck generate', () => {
  it('writes the deck to -o, which kubedeck check then accepts', async () => {
    const output = join(tempDir(), 'services.yaml');
    const { code, out } = await run(['generate', CHAPTER, '-o', output, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toEqual([`15 cards drafted (6 basic, 5 cloze, 2 mcq, 2 yaml-fix) → ${output}; review them by hand, then run kubedeck check`]);
    expect(readFileSync(output, 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/deck\.schema\.json\n/);
    expect(await run(['check', output, '--lang', 'en'])).toMatchObject({ code: 0, out: ['1 file, 15 cards: 0 errors, 0 warnings'] });
  });

  it('prints the deck on stdout without -o, with notes and summary on stderr', async () => {
    const { code, out, err } = await run(['generate', CHAPTER, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(parseDeck(out[0], 'stdout.yaml')).toMatchObject({ problems: [], id: 'services-reseau' });
    expect(err).toEqual([
      `${CHAPTER}: note: no language in the front matter: "fr" guessed from the text`,
      '15 cards drafted (6 basic, 5 cloze, 2 mcq, 2 yaml-fix) → stdout; review them by hand, then run kubedeck check',
    ]);
  });

  it('speaks French with --lang fr and sets the deck language with --deck-lang', async () => {
    const { out, err } = await run(['generate', CHAPTER, '--lang', 'fr', '--deck-lang', 'en']);
    expect(out[0]).toContain('\nlang: en\n');
    expect(out[0]).toContain('front: What is `ClusterIP`?');
    expect(err).toEqual([expect.stringMatching(/^15 cartes rédigées .* → stdout ; relisez-les à la main/)]);
  });

  it('refuses a too-short chapter with one sentence and exit 1, writing nothing', async () => {
    const output = join(tempDir(), 'none.yaml');
    const chapter = join(FIXTURES, 'no-cards.md');
    const { code, out, err } = await run(['generate', chapter, '-o', output, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([`kubedeck generate: ${chapter}: too short to draft a deck from (5 lines of text, at least 10 are needed)`]);
    expect(existsSync(output)).toBe(false);
  });

  it('exits 1 with a message when a long enough chapter gives no card', async () => {
    const chapter = join(tempDir(), 'links.md');
    writeFileSync(chapter, Array.from({ length: 12 }, (_, i) => `- [Link ${i}](https://example.com/${i})\n`).join(''));
    const { code, err } = await run(['generate', chapter, '--lang', 'en']);
    expect(code).toBe(1);
    expect(err.at(-1)).toMatch(new RegExp(`^kubedeck generate: ${chapter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no card could be drafted`));
  });

  it('exits 2 when the chapter cannot be read', async () => {
    const missing = join(tempDir(), 'missing.md');
    expect(await run(['generate', missing, '--lang', 'en'])).toMatchObject({
      code: 2,
      out: [],
      err: [`kubedeck generate: cannot read ${missing}: no such file`],
    });
  });

  it('keeps an existing deck unless --force is given', async () => {
    const output = join(tempDir(), 'deck.yaml');
    writeFileSync(output, 'hand-edited deck\n');
    const refused = await run(['generate', CHAPTER, '-o', output, '--lang', 'en']);
    expect(refused).toMatchObject({ code: 2, err: [`kubedeck generate: ${output} already exists: choose another file, or add --force to overwrite it`] });
    expect(readFileSync(output, 'utf8')).toBe('hand-edited deck\n');
    expect((await run(['generate', CHAPTER, `--output=${output}`, '--force', '--lang', 'en'])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('id: services-reseau');
  });

  it('explains its options with --help and rejects wrong usage with exit 2', async () => {
    const help = await run(['generate', '--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.out[0]).toMatch(/^Usage: kubedeck generate COURSE\.md\|FOLDER \[-o FILE\|FOLDER\]/);
    expect(help.out[0]).toContain('--deck-lang');
    expect((await run(['generate', '--lang', 'en'])).err).toEqual(['kubedeck generate: expects one course file or folder (see --help)']);
    expect((await run(['generate', CHAPTER, '-o'])).code).toBe(2);
    expect((await run(['generate', CHAPTER, '--deck-lang', 'french!'])).code).toBe(2);
    expect((await run(['generate', CHAPTER, '--frobnicate'])).code).toBe(2);
  });

  it('drafts one deck per chapter of a folder into -o FOLDER, with a summary per chapter, and check accepts them all', async () => {
    const course = tempDir();
    for (const name of ['05-services-reseau.md', '18-recap-volumes.md', 'no-cards.md']) writeFileSync(join(course, name), readFileSync(join(FIXTURES, name)));
    const output = join(tempDir(), 'decks');
    const { code, out, err } = await run(['generate', course, '-o', output, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(new RegExp(`^15 cards drafted .* → ${join(output, 'services-reseau.yaml')};`)),
      expect.stringMatching(new RegExp(`^\\d+ cards drafted \\(\\d+ basic, .*\\) → ${join(output, 'recap-volumes.yaml')};`)),
    ]);
    expect(err).toContain(`kubedeck generate: ${join(course, 'no-cards.md')}: too short to draft a deck from (5 lines of text, at least 10 are needed)`);
    expect(err).toContainEqual(expect.stringMatching(/18-recap-volumes\.md: \d+ cards drafted \(.*\); filtered out: 1 exclamation$/));
    expect(await run(['check', output, '--lang', 'en'])).toMatchObject({ code: 0 });
  });

  it('puts every chapter of a folder in one deck with --single', async () => {
    const course = tempDir();
    for (const name of ['05-services-reseau.md', '18-recap-volumes.md']) writeFileSync(join(course, name), readFileSync(join(FIXTURES, name)));
    const output = join(tempDir(), 'all.yaml');
    const { code } = await run(['generate', course, '--single', '-o', output, '--lang', 'en']);
    expect(code).toBe(0);
    const parsed = parseDeck(readFileSync(output, 'utf8'), 'all.yaml');
    expect(parsed.problems).toEqual([]);
    const ids = parsed.deck!.cards.map((card) => card.id);
    expect(ids.some((id) => id.startsWith('services-reseau-')) && ids.some((id) => id.startsWith('recap-volumes-'))).toBe(true);
    expect(await run(['check', output, '--lang', 'en'])).toMatchObject({ code: 0 });
  });

  it('takes the right answers of a quiz from --answers', async () => {
    const quiz = join(FIXTURES, '16-quiz-reseau.md');
    const { code, out } = await run(['generate', quiz, '--answers', join(FIXTURES, '16-quiz-reseau-correction.md'), '--lang', 'en']);
    expect(code).toBe(0);
    const deck = parseDeck(out[0], 'quiz.yaml').deck!;
    const right = deck.cards.map((card) => (card.type === 'mcq' ? card.choices.filter((c) => c.correct).map((c) => c.text) : []));
    expect(right).toEqual([['ClusterIP'], ['Ingress'], ['`service.name` et `service.port.number`'], ['Tout le trafic'], ['kube-proxy']]);
    expect((await run(['generate', quiz, '--answers', join(FIXTURES, 'missing.md'), '--lang', 'en'])).code).toBe(2);
  });

  it('in a folder, takes a quiz answers from the correction beside it, which gives no deck of its own', async () => {
    const course = tempDir();
    for (const name of ['16-quiz-reseau.md', '16-quiz-reseau-correction.md']) writeFileSync(join(course, name), readFileSync(join(FIXTURES, name)));
    const output = join(tempDir(), 'decks');
    const { code, out } = await run(['generate', course, '-o', output, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toEqual([`5 cards drafted (5 mcq) → ${join(output, 'quiz-reseau.yaml')}; review them by hand, then run kubedeck check`]);
    const deck = parseDeck(readFileSync(join(output, 'quiz-reseau.yaml'), 'utf8'), 'quiz.yaml').deck!;
    expect(deck.cards[0]).toMatchObject({ type: 'mcq', choices: [{ correct: false }, { correct: true }, { correct: false }, { correct: false }] });
  });

  it('needs -o for a folder', async () => {
    expect(await run(['generate', FIXTURES, '--lang', 'en'])).toMatchObject({
      code: 2,
      err: ['kubedeck generate: a course folder needs -o FOLDER, where one deck per chapter is written (or -o FILE with --single)'],
    });
  });
});
