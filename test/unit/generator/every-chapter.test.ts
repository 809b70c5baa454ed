// The bar: every chapter of the course and of the fixtures gives a deck that
// `kubedeck check` accepts (manifest checks included), long chapters give enough cards, and
// chapters with Kubernetes YAML give a yaml-fix card.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { generateDeck } from '../../../src/shared/generator';
import { checkManifest } from '../../../src/shared/manifest/check';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(REPO, 'test/fixtures/courses');
const COURSE = resolve(REPO, '../shared/course');
/** Shorter than this, the CLI refuses the chapter (tested in test/unit/cli/generate.test.ts); the README says where the chapters come from. */
const NOT_CHAPTERS = ['no-cards.md', 'README.md'];

function chapters(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.md') && !NOT_CHAPTERS.includes(name)).map((name) => join(folder, name)) : [];
}

/** A quiz chapter's correction sits beside it as `<quiz>-correction.md`. */
function answersFor(file: string): string | undefined {
  const correction = file.replace(/\.md$/, '-correction.md');
  return existsSync(correction) ? readFileSync(correction, 'utf8') : undefined;
}

function check(file: string) {
  const markdown = readFileSync(file, 'utf8');
  const generated = generateDeck(markdown, { fileName: file, answers: answersFor(file) });
  const parsed = parseDeck(generated.yaml, 'generated.yaml', { checkManifest: (text, expect) => checkManifest(text, { expect }) });
  return { markdown, generated, problems: parsed.problems };
}

const hasKubernetesYaml = (markdown: string) => /```ya?ml\n(?:[^`]*\n)?apiVersion: /.test(markdown);

describe('every chapter gives a deck that kubedeck check accepts', () => {
  it.each(chapters(FIXTURES))('%s', (file) => {
    const { markdown, generated, problems } = check(file);
    expect(problems).toEqual([]);
    expect(generated.deck.cards.length).toBeGreaterThan(0);
    if (markdown.split('\n').length >= 80) expect(generated.deck.cards.length).toBeGreaterThanOrEqual(8);
    if (hasKubernetesYaml(markdown)) expect(generated.deck.cards.some((card) => card.type === 'yaml-fix')).toBe(true);
  });

  it.skipIf(!existsSync(COURSE))('every chapter of ../shared/course (skipped when the shared course is absent)', () => {
    for (const file of chapters(COURSE)) {
      const { markdown, generated, problems } = check(file);
      expect(problems, file).toEqual([]);
      if (markdown.split('\n').length >= 80) expect(generated.deck.cards.length, file).toBeGreaterThanOrEqual(8);
      if (hasKubernetesYaml(markdown)) expect(generated.deck.cards.some((card) => card.type === 'yaml-fix'), file).toBe(true);
    }
  });
});
