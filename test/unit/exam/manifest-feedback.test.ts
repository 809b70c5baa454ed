import { describe, expect, it } from 'vitest';
import { checkManifest, formatFinding } from '../../../src/shared/manifest/check';
import type { ManifestFinding } from '../../../src/shared/manifest/findings';
import { stillRefused } from '../../../src/shared/exam/manifestFeedback';

const finding = (line: number, severity: ManifestFinding['severity'], rule = 'r'): ManifestFinding =>
  ({ line, col: 1, endLine: line, endCol: 2, severity, rule, message: 'yaml-syntax', params: {}, document: 0 }) as unknown as ManifestFinding;

describe('what a wrong manifest answer still has refused', () => {
  it('keeps the errors, top to bottom, once each; warnings do not cost the point', () => {
    const refused = stillRefused([finding(9, 'error'), finding(2, 'warning'), finding(4, 'error'), finding(9, 'error')]);
    expect(refused.map((f) => f.line)).toEqual([4, 9]);
  });

  it('explains a real refusal in a sentence of the manifest catalog, and nothing for a right manifest', () => {
    const fixed = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: fixed\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
    expect(stillRefused(checkManifest(fixed, { expect: [] }))).toEqual([]);
    const broken = fixed.replace('containers:', 'containerz:');
    const refused = stillRefused(checkManifest(broken, { expect: [] }));
    expect(refused.length).toBeGreaterThan(0);
    expect(formatFinding(refused[0], 'fr')).toMatch(/\w/);
    expect(formatFinding(refused[0], 'fr')).not.toBe(formatFinding(refused[0], 'en'));
  });
});
