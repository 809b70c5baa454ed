// A deck's `anki:` mapping: the Anki notes its cards were imported from and their note types
// (docs/deck-format.md). Written by imports and read back by exports, but checked like any field
// of a deck file: a deck may come from anyone.
import type { FieldReader, Fields } from './fieldReader.ts';
import type { Path } from './locator.ts';
import { ANKI_NOTE_FIELDS, ANKI_NOTES_FIELDS, ANKI_NOTETYPE_FIELDS, ANKI_TEMPLATE_FIELDS } from './spec.ts';
import { ANKI_NOTETYPE_KINDS, type AnkiNote, type AnkiNotes, type AnkiNotetype, type AnkiTemplate } from './types.ts';

const defined = <T>(value: T | undefined): value is T => value !== undefined;

export class AnkiNotesReader {
  constructor(private readonly read: FieldReader) {}

  notes(deckFields: Fields): AnkiNotes | undefined {
    if (!deckFields.has('anki')) return undefined;
    const path = ['anki'];
    const fields = this.read.fields(deckFields.get('anki'), path, ANKI_NOTES_FIELDS, 'what.anki-notes');
    if (!fields) return undefined;
    const notetypes = (this.read.items(fields, path, 'notetypes') ?? []).map((item, i) => this.notetype(item, [...path, 'notetypes', i])).filter(defined);
    const byId = new Map(notetypes.map((notetype) => [notetype.id, notetype]));
    const firstOfGuid = new Map<string, number>();
    const notes = (this.read.items(fields, path, 'notes') ?? [])
      .map((item, i) => {
        const note = this.note(item, [...path, 'notes', i], byId);
        if (!note) return undefined;
        const first = firstOfGuid.get(note.guid);
        if (first === undefined) {
          firstOfGuid.set(note.guid, i);
          return note;
        }
        this.read.report([...path, 'notes', i, 'guid'], 'anki-duplicate-guid', { guid: note.guid, firstLine: this.read.locator.at([...path, 'notes', first, 'guid']).line });
        return undefined;
      })
      .filter(defined);
    return { notetypes, notes };
  }

  private notetype(value: unknown, path: Path): AnkiNotetype | undefined {
    const fields = this.read.fields(value, path, ANKI_NOTETYPE_FIELDS, 'what.anki-notetype');
    if (!fields) return undefined;
    const id = this.read.positiveInteger(fields, path, 'id');
    const name = this.read.text(fields, path, 'name');
    const kind = this.read.enumValue(fields, path, 'kind', ANKI_NOTETYPE_KINDS);
    const mod = this.read.positiveInteger(fields, path, 'mod');
    const fieldNames = this.read.textList(fields, path, 'fields');
    const sortField = this.read.ordinal(fields, path, 'sortField');
    const templates = (this.read.items(fields, path, 'templates') ?? []).map((item, i) => this.template(item, [...path, 'templates', i]));
    const css = this.html(fields, path, 'css');
    if (id === undefined || !name || !kind || !fieldNames || templates.length === 0 || !templates.every(defined)) return undefined;
    return { id, name, kind, ...(mod !== undefined ? { mod } : {}), fields: fieldNames, ...(sortField ? { sortField } : {}), templates, ...(css ? { css } : {}) };
  }

  private template(value: unknown, path: Path): AnkiTemplate | undefined {
    const fields = this.read.fields(value, path, ANKI_TEMPLATE_FIELDS, 'what.anki-template');
    if (!fields) return undefined;
    const name = this.read.text(fields, path, 'name');
    const question = this.read.text(fields, path, 'question');
    const answer = this.html(fields, path, 'answer');
    return name && question && answer !== undefined ? { name, question, answer } : undefined;
  }

  private note(value: unknown, path: Path, notetypes: ReadonlyMap<number, AnkiNotetype>): AnkiNote | undefined {
    const fields = this.read.fields(value, path, ANKI_NOTE_FIELDS, 'what.anki-note');
    if (!fields) return undefined;
    const guid = this.read.text(fields, path, 'guid');
    const notetype = this.read.positiveInteger(fields, path, 'notetype');
    const mod = this.read.positiveInteger(fields, path, 'mod');
    const tags = this.read.textList(fields, path, 'tags');
    const values = this.htmlList(fields, path, 'fields');
    if (guid === undefined || notetype === undefined || !values) return undefined;
    const type = notetypes.get(notetype);
    if (!type) {
      this.read.report([...path, 'notetype'], 'anki-unknown-notetype', { id: notetype });
      return undefined;
    }
    if (type.fields.length !== values.length) {
      this.read.report([...path, 'fields'], 'anki-field-count', { count: values.length, expected: type.fields.length, notetype: type.name });
      return undefined;
    }
    return { guid, notetype, ...(mod !== undefined ? { mod } : {}), ...(tags ? { tags } : {}), fields: values };
  }

  /** A text that may be empty (an empty answer template, a note's empty field). */
  private html(fields: Fields, path: Path, name: string): string | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'string') return value;
    this.read.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.text' });
    return undefined;
  }

  private htmlList(fields: Fields, path: Path, name: string): string[] | undefined {
    const items = this.read.items(fields, path, name, 'typeName.text-list');
    if (!items) return undefined;
    const values = items.map((item, i) => {
      if (typeof item === 'string') return item;
      this.read.report([...path, name, i], 'wrong-type', { field: name, expected: 'typeName.text' });
      return undefined;
    });
    return values.every(defined) ? values : undefined;
  }
}
