// Where the web twin keeps imported decks: an IndexedDB database of its own, apart from progress.
import Dexie, { type EntityTable } from 'dexie';

export interface UserDeckRecord {
  id: string;
  yaml: string;
}

export class UserDeckStore extends Dexie {
  decks!: EntityTable<UserDeckRecord, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ decks: 'id' });
  }
}
