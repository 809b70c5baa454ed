// The README's promises that a check can keep true.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('README', () => {
  it('names the Node.js version that package.json engines asks for', () => {
    const [, version] = /^>=(\d+\.\d+)$/.exec(pkg.engines.node) ?? [];
    expect(version).toBeDefined();
    expect(readme).toContain(`Node.js ${version} or later`);
  });
  it('documents KUBEDECK_PORT, which npm start reads', () => {
    expect(readme).toContain('KUBEDECK_PORT');
  });
});
