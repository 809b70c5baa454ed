import { describe, expect, it } from 'vitest';
import { findClozeGaps, maskClozeGap } from '../../../src/shared/decks/cloze';
import { parsePath, valueAtPath } from '../../../src/shared/yaml/path';
import { closestMatch, editDistance } from '../../../src/shared/text';

describe('closestMatch', () => {
  it('suggests near misses, including swapped letters, and nothing for far words', () => {
    expect(editDistance('mqc', 'mcq')).toBe(1);
    expect(closestMatch('fornt', ['front', 'back'])).toBe('front');
    expect(closestMatch('Question', ['question', 'choices'])).toBe('question');
    expect(closestMatch('wibble', ['front', 'back'])).toBeUndefined();
  });
});

describe('cloze gaps', () => {
  it('finds answers and hints, and masks one gap at a time', () => {
    const text = 'Canal = {{Calico}} + {{Flannel::a CNI}}';
    expect(findClozeGaps(text).map(({ answer, hint }) => ({ answer, hint }))).toEqual([
      { answer: 'Calico', hint: undefined },
      { answer: 'Flannel', hint: 'a CNI' },
    ]);
    expect(maskClozeGap(text, 0)).toBe('Canal = […] + Flannel');
    expect(maskClozeGap(text, 1)).toBe('Canal = Calico + [a CNI]');
  });
});

describe('manifest paths', () => {
  it('parses dotted, indexed and quoted segments', () => {
    expect(parsePath('spec.rules[0].http.paths[1].pathType')).toEqual(['spec', 'rules', 0, 'http', 'paths', 1, 'pathType']);
    expect(parsePath('metadata.annotations["cert-manager.io/issuer"]')).toEqual(['metadata', 'annotations', 'cert-manager.io/issuer']);
    for (const bad of ['', '.spec', 'spec..rules', 'spec[x]', 'spec.']) expect(parsePath(bad), bad).toBeUndefined();
  });

  it('finds values and tells absence from null', () => {
    const doc = { spec: { rules: [{ host: 'a.example' }], empty: null } };
    expect(valueAtPath(doc, ['spec', 'rules', 0, 'host'])).toEqual({ found: true, value: 'a.example' });
    expect(valueAtPath(doc, ['spec', 'empty'])).toEqual({ found: true, value: null });
    expect(valueAtPath(doc, ['spec', 'rules', 1])).toEqual({ found: false });
    expect(valueAtPath(doc, ['spec', 'toString'])).toEqual({ found: false });
  });
});
