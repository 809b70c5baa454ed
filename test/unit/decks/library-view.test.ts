import { describe, expect, it } from 'vitest';
import type { DeckEntry } from '../../../src/shared/api';
import { libraryView } from '../../../src/shared/decks/libraryView';

function entry(id: string, title: string, extra: { description?: string; tags?: string[]; file?: string } = {}): DeckEntry {
  return {
    file: extra.file ?? `${id}.yaml`,
    origin: 'bundled',
    summary: { id, title, description: extra.description ?? '', lang: 'fr', tags: extra.tags ?? [], cardCount: 3 },
    problems: [],
  };
}
const broken: DeckEntry = { file: 'abimé.yaml', origin: 'user', problems: [] };
const ENTRIES = [
  entry('volumes', 'Volumes persistants', { description: 'PV, PVC et StorageClass', tags: ['stockage'] }),
  broken,
  entry('services', 'Services et réseau', { tags: ['reseau'] }),
  entry('ingress', 'Ingress', { description: 'Accès HTTP depuis l’extérieur', tags: ['reseau'] }),
  entry('services-2', 'Services et réseau', { file: 'copie.yaml' }),
];
const ids = (entries: DeckEntry[]) => entries.map((e) => e.summary?.id ?? e.file);

describe('library search and sort', () => {
  it('sorts by title, decks sharing a title by file, broken files last', () => {
    expect(ids(libraryView(ENTRIES, '', 'title'))).toEqual(['ingress', 'services-2', 'services', 'volumes', 'abimé.yaml']);
  });

  it('keeps the decks where every word is found, accents and case ignored', () => {
    expect(ids(libraryView(ENTRIES, 'RESEAU', 'title'))).toEqual(['ingress', 'services-2', 'services']);
    expect(ids(libraryView(ENTRIES, 'réseau services', 'title'))).toEqual(['services-2', 'services']);
    expect(ids(libraryView(ENTRIES, 'storageclass', 'title'))).toEqual(['volumes']);
    expect(ids(libraryView(ENTRIES, 'exterieur', 'title'))).toEqual(['ingress']);
    expect(ids(libraryView(ENTRIES, 'abime', 'title'))).toEqual(['abimé.yaml']);
    expect(libraryView(ENTRIES, 'gateway', 'title')).toEqual([]);
  });

  it('sorts by what waits today (due and learning), the title order while the counts load', () => {
    const counts = new Map([
      ['volumes', { new: 20, learning: 1, due: 4 }],
      ['services', { new: 0, learning: 0, due: 9 }],
      ['ingress', { new: 5, learning: 0, due: 0 }],
    ]);
    expect(ids(libraryView(ENTRIES, '', 'due', counts))).toEqual(['services', 'volumes', 'ingress', 'services-2', 'abimé.yaml']);
    expect(ids(libraryView(ENTRIES, '', 'due'))).toEqual(ids(libraryView(ENTRIES, '', 'title')));
  });
});
