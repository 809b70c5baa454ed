import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { deckWith, lineOf, VALID_DECK } from '../../fixtures/decks';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('kubedeck check', () => {
  it('prints FILE:LINE:COL lines at the offending node, a summary, and exits 1 on errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedeck-check-'));
    const text = deckWith('    front: What', '    fornt: What');
    writeFileSync(join(dir, 'bad.yaml'), text);
    writeFileSync(join(dir, 'good.yaml'), VALID_DECK.replace('id: demo', 'id: good'));
    const { code, out } = await run(['check', dir, '--lang', 'en']);
    const file = relative(process.cwd(), join(dir, 'bad.yaml'));
    expect(out.slice(0, 2)).toEqual([
      `${file}:${lineOf(text, 'id: q1')}:5 error Missing required field "front"`,
      `${file}:${lineOf(text, 'fornt')}:5 error Unknown field "fornt". Did you mean "front"?`,
    ]);
    expect(out.at(-1)).toBe('2 files, 10 cards: 2 errors, 0 warnings'); // the broken deck's cards are checked too
    expect(code).toBe(1);
  });

  it('exits 0 on valid decks, prints French with --lang fr, and reports a missing file as an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedeck-check-'));
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'decks', 'demo.yaml'), VALID_DECK);
    expect(await run(['check', join(dir, 'decks'), '--lang=fr'])).toMatchObject({ code: 0, out: ['1 fichier, 5 cartes : 0 erreur, 0 avertissement'] });
    const missing = await run(['check', join(dir, 'nope.yaml'), '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.out[0]).toMatch(/nope\.yaml:1:1 error Cannot read the file/);
  });

  it('rejects unknown options and commands with exit 2', async () => {
    expect((await run(['check', '--frobnicate'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('kubedeck check on yaml-fix challenges', () => {
  it('reports a solution that fails its own checks, at its line, and a broken manifest that passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedeck-check-'));
    const text = VALID_DECK.replace(
      / {4}broken: \|\n[\s\S]*? {4}expect:/,
      '    broken: |\n      apiVersion: v1\n      kind: Pod\n      metadata:\n        name: fixed\n      spec:\n        containers:\n          - name: web\n            image: nginx:1.27\n    solution: |\n      apiVersion: v1\n      kind: Pod\n      metadata:\n        name: fixed\n      spec:\n        containers:\n          - name: web\n            image: nginx:1.27\n            ports:\n              - containerPort: 99999\n    expect:',
    );
    writeFileSync(join(dir, 'challenge.yaml'), text);
    const { code, out } = await run(['check', dir, '--lang', 'en']);
    const file = relative(process.cwd(), join(dir, 'challenge.yaml'));
    expect(out).toContain(`${file}:${lineOf(text, 'containerPort: 99999')}:32 error The solution fails its own checks (port-range) — ${out.find((l) => l.includes('port-range'))!.split(' — ')[1]}`);
    expect(out.some((l) => l.startsWith(`${file}:${lineOf(text, '    broken: |')}:13 error The manifest to fix is already accepted`))).toBe(true);
    expect(code).toBe(1);
  });
});
