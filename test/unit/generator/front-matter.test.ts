import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/shared/generator/frontMatter';
import { slugify } from '../../../src/shared/exchange/ids';
import { kebabCase, topicSlug } from '../../../src/shared/generator/slug';

describe('splitFrontMatter', () => {
  it('reads title, description, language and tags from a YAML front matter, and ignores the rest', () => {
    const split = splitFrontMatter('---\ntitle: 08 - Cours\ndescription: Deux phrases.\nlanguage: fr\ntags: stockage, réseau\nweight: 2052\ndraft: true\n---\n## Section\n');
    expect(split.frontMatter).toEqual({ title: '08 - Cours', description: 'Deux phrases.', lang: 'fr', tags: ['stockage', 'réseau'] });
    expect(split.body).toBe('## Section\n');
    expect(split.bodyLineOffset).toBe(8);
  });

  it('reads a Hugo TOML front matter, up to its first table', () => {
    const split = splitFrontMatter('+++\ntitle = "Réseau \\"avancé\\""\ntags = ["a", \'b\']\nweight = 3\n[params]\ndescription = "not this"\n+++\nBody');
    expect(split.frontMatter).toEqual({ title: 'Réseau "avancé"', tags: ['a', 'b'] });
    expect(split.body).toBe('Body');
  });

  it('keeps the chapter when the front matter cannot be read, and says why', () => {
    const split = splitFrontMatter('---\ntitle: [unclosed\n---\n# Title\n');
    expect(split.frontMatter).toEqual({ tags: [] });
    expect(split.problem).toMatchObject({ format: 'yaml' });
    expect(split.body).toBe('# Title\n');
  });

  it('leaves a chapter without front matter untouched', () => {
    expect(splitFrontMatter('# Title\n\n---\n\ntext\n')).toEqual({ frontMatter: { tags: [] }, body: '# Title\n\n---\n\ntext\n', bodyLineOffset: 0 });
    expect(splitFrontMatter('\uFEFF---\ntitle: BOM\n---\n').frontMatter.title).toBe('BOM');
  });
});

describe('slugs', () => {
  it('are kebab-case ASCII, cut on a word boundary', () => {
    expect(kebabCase('Le réseau : cœur de `Kubernetes`')).toBe('le-reseau-coeur-de-kubernetes');
    expect(kebabCase('PersistentVolumeClaims et StorageClasses', 24)).toBe('persistentvolumeclaims');
    expect(kebabCase('日本語')).toBe('');
  });

  it('name topics without filler words or asides', () => {
    expect(topicSlug('CNI (container network interface) : Les implémentations du réseau Kubernetes')).toBe('cni-implementations-reseau-kubernetes');
    expect(topicSlug('The basics of a Service')).toBe('basics-service');
    expect(topicSlug('Le la les')).toBe('le-la-les');
  });
});

describe('one slug for the whole app', () => {
  it('gives the generator and imports the same id for the same title, ligatures spelt out', () => {
    expect(kebabCase('Le cœur du réseau', 60)).toBe('le-coeur-du-reseau');
    expect(slugify('Le cœur du réseau')).toBe('le-coeur-du-reseau');
    expect(slugify('Straße & Æther — 2')).toBe(kebabCase('Straße & Æther — 2', 60));
    expect(slugify('!!!')).toBe('deck');
  });
});
