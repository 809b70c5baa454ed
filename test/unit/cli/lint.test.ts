// `kubedeck lint`: the lines a CI job or an editor reads, the JSON tools read, the exit codes.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { CONFIG_MAP, positionOf, replaced, SERVICE } from '../../fixtures/manifests';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubedeck-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const BROKEN = replaced(CONFIG_MAP, 'name: settings', 'name: Settings');
const WARNED = replaced(SERVICE, 'type: NodePort', 'type: LoadBalancer\n  loadBalancerIP: 192.168.1.240');

describe('kubedeck lint', () => {
  it('prints FILE:LINE:COL severity RULE MESSAGE per finding, a summary, and exits 1 on errors', async () => {
    const dir = workspace({ 'bad.yaml': BROKEN, 'good.yaml': CONFIG_MAP });
    const file = join(dir, 'bad.yaml');
    const { line, col } = positionOf(BROKEN, 'Settings');
    const { code, out } = await run(['lint', file, join(dir, 'good.yaml'), '--lang', 'en']);
    expect(out).toEqual([
      `${file}:${line}:${col} error invalid-name "Settings" is not a valid name (metadata.name): lowercase letters, digits, "-" and "." only, each part starting and ending with a letter or digit`,
      '2 files: 1 error, 0 warnings',
    ]);
    expect(code).toBe(1);
  });

  it('exits 0 with warnings only, and speaks French with --lang fr', async () => {
    const dir = workspace({ 'lb.yaml': WARNED });
    const { code, out } = await run(['lint', join(dir, 'lb.yaml'), '--lang=fr']);
    expect(out[0]).toMatch(/lb\.yaml:\d+:3 warning deprecated-field spec\.loadBalancerIP est déprécié/);
    expect(out.at(-1)).toBe('1 fichier : 0 erreur, 1 avertissement');
    expect(code).toBe(0);
  });

  it('prints the versions of the bundled schemas with --version', async () => {
    const { code, out } = await run(['lint', '--version']);
    expect(code).toBe(0);
    expect(out).toContain('Gateway API v1.6.1 standard channel CRDs (kubernetes-sigs/gateway-api config/crd/standard)');
    expect(out.some((line) => line.startsWith('cert-manager v1.21.1'))).toBe(true);
  });

  it('turns a hostile manifest into findings, never "cannot read" (exit 1, not 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedeck-lint-'));
    const file = join(dir, 'proto.yaml');
    writeFileSync(file, 'apiVersion: __proto__\nkind: toString\nmetadata: &m\n  <<: *m\n');
    const { code, out } = await run(['lint', file, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('error yaml-alias');
  });

  it('lints the YAML files of a directory', async () => {
    const dir = workspace({ 'a.yaml': CONFIG_MAP, 'notes.txt': 'not yaml' });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'b.yml'), BROKEN);
    const { code, out } = await run(['lint', dir, '--lang', 'en']);
    expect(out.at(-1)).toBe('2 files: 1 error, 0 warnings');
    expect(out[0]).toContain(join(dir, 'sub', 'b.yml'));
    expect(code).toBe(1);
  });

  it('prints one JSON object with --format json', async () => {
    const dir = workspace({ 'bad.yaml': BROKEN });
    const { code, out } = await run(['lint', '--format', 'json', join(dir, 'bad.yaml'), '--lang', 'en']);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({
      files: 1,
      errors: 1,
      warnings: 0,
      unreadable: [],
      findings: [{ file: join(dir, 'bad.yaml'), ...positionOf(BROKEN, 'Settings'), severity: 'error', rule: 'invalid-name', document: 0 }],
    });
    expect(report.findings[0].message).toContain('"Settings" is not a valid name');
    expect(code).toBe(1);
  });

  it('exits 2 when a file cannot be read, after linting the others', async () => {
    const dir = workspace({ 'bad.yaml': BROKEN });
    const { code, out, err } = await run(['lint', join(dir, 'missing.yaml'), join(dir, 'bad.yaml'), '--lang', 'en']);
    expect(err).toEqual([`kubedeck lint: cannot read ${join(dir, 'missing.yaml')}: no such file`]);
    expect(out.at(-1)).toBe('1 file: 1 error, 0 warnings');
    expect(code).toBe(2);
  });

  it('explains itself with --help', async () => {
    const { code, out } = await run(['lint', '--help']);
    expect(out[0]).toMatch(/^Usage: kubedeck lint/);
    expect(code).toBe(0);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['lint'])).code).toBe(2);
    expect((await run(['lint', '--format', 'xml', 'a.yaml'])).code).toBe(2);
    expect((await run(['lint', '--frobnicate', 'a.yaml'])).code).toBe(2);
  });
});
