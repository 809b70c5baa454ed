// Where the web twin keeps imported decks and their images: an IndexedDB database of its own,
// apart from progress. The media service worker reads the images (storedMedia.ts).
import Dexie, { type EntityTable } from 'dexie';
import { MEDIA_TABLE, type StoredMedia } from './storedMedia';

export interface UserDeckRecord {
  id: string;
  yaml: string;
}

export class UserDeckStore extends Dexie {
  decks!: EntityTable<UserDeckRecord, 'id'>;
  media!: EntityTable<StoredMedia, 'name'>;
  constructor(name: string) {
    super(name);
    // Versions are never edited once shipped: each new one only adds, so saved decks survive upgrades.
    this.version(1).stores({ decks: 'id' });
    this.version(2).stores({ [MEDIA_TABLE]: 'name' });
  }
}
