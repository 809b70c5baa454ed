// Every kind of mistake the deck generator makes in a yaml-fix draft must be one the manifest
// checker rejects, and its solution one the checker accepts: otherwise generated challenges
// would be unsolvable or already solved.
import { describe, expect, it } from 'vitest';
import { MUTATION_KINDS, mutateManifest } from '../../../src/shared/generator';
import { checkManifest } from '../../../src/shared/manifest/check';
import { MUTATION_SAMPLES } from '../generator/mutation-samples';

const errors = (text: string, expectations: Parameters<typeof checkManifest>[1]) =>
  checkManifest(text, expectations).filter((finding) => finding.severity === 'error');

describe('the checker and the generator’s mutations', () => {
  it.each(MUTATION_KINDS)('%s: the broken draft is rejected, its solution accepted', (kind) => {
    const sample = MUTATION_SAMPLES[kind];
    expect(sample, `a sample manifest for ${kind}`).toBeDefined();
    const mutated = mutateManifest(sample, kind);
    expect(mutated, `${kind} applies to its sample`).toBeDefined();
    expect(errors(mutated!.solution, { expect: mutated!.expect })).toEqual([]);
    expect(errors(mutated!.broken, { expect: mutated!.expect }).length).toBeGreaterThan(0);
  });
});
