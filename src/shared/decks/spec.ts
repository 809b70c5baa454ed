// The fields of a `kubedeck/1` deck: one description used by the checker (parse.ts) and by the
// JSON Schema generator (schema.ts), so the two never disagree.
import type { CardType } from './types';

export type FieldKind =
  | 'format'
  | 'id'
  | 'text'
  | 'lang'
  | 'bool'
  | 'text-list'
  | 'card-type'
  | 'origin'
  | 'cards'
  | 'choices'
  | 'expectations'
  | 'topics'
  | 'exams'
  | 'quotas'
  | 'question-types'
  | 'positive-integer'
  | 'percent'
  | 'ordinal'
  | 'anki'
  | 'anki-notes'
  | 'anki-notetypes'
  | 'anki-note-list'
  | 'anki-templates'
  | 'anki-kind'
  | 'html-list'
  | 'any';

export interface FieldSpec {
  kind: FieldKind;
  required?: boolean;
  description: string;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Deck ids become file names (`<id>-<n>.yaml`, most systems allow 255 bytes): kept well under. */
export const MAX_ID_LENGTH = 100;
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const DECK_FIELDS: FieldSpecs = {
  format: { kind: 'format', required: true, description: 'Always `kubedeck/1`.' },
  id: { kind: 'id', required: true, description: 'Kebab-case deck id, unique and stable: progress is keyed on it.' },
  title: { kind: 'text', required: true, description: 'Title shown in the library.' },
  lang: { kind: 'lang', required: true, description: 'Language of the cards (BCP 47, e.g. fr or en).' },
  description: { kind: 'text', required: true, description: 'One or two sentences shown in the library.' },
  source: { kind: 'text', required: true, description: 'The course chapter the facts come from.' },
  tags: { kind: 'text-list', description: 'Topic tags applied to every card.' },
  topics: {
    kind: 'topics',
    description: 'The name of each tag the deck uses, per language, as students read it: `reseau: { fr: Réseau, en: Networking }`.',
  },
  exams: { kind: 'exams', description: 'Mock exams drawing questions by tag from every loaded deck.' },
  cards: { kind: 'cards', required: true, description: 'The cards of the deck.' },
  anki: { kind: 'anki-notes', description: 'The Anki notes the cards were imported from (written by imports), so that exports update those notes in Anki.' },
};

export const ANKI_NOTES_FIELDS: FieldSpecs = {
  notetypes: { kind: 'anki-notetypes', required: true, description: 'The note types of the notes, as Anki defines them.' },
  notes: { kind: 'anki-note-list', required: true, description: 'The notes, as Anki had them.' },
};

export const ANKI_NOTETYPE_FIELDS: FieldSpecs = {
  id: { kind: 'positive-integer', required: true, description: 'The note type id in Anki.' },
  name: { kind: 'text', required: true, description: 'Its name.' },
  kind: { kind: 'anki-kind', required: true, description: 'standard or cloze.' },
  mod: { kind: 'positive-integer', description: 'When it was last changed (seconds since 1970).' },
  fields: { kind: 'text-list', required: true, description: 'The names of its fields, in order.' },
  sortField: { kind: 'ordinal', description: 'The ordinal of the field Anki sorts its browser by (default 0).' },
  templates: { kind: 'anki-templates', required: true, description: 'Its card templates, in order.' },
  css: { kind: 'text', description: 'Its styling.' },
};

export const ANKI_TEMPLATE_FIELDS: FieldSpecs = {
  name: { kind: 'text', required: true, description: 'The template name.' },
  question: { kind: 'text', required: true, description: 'The question template (Anki syntax).' },
  answer: { kind: 'text', required: true, description: 'The answer template (Anki syntax).' },
};

export const ANKI_NOTE_FIELDS: FieldSpecs = {
  guid: { kind: 'text', required: true, description: 'The note guid.' },
  notetype: { kind: 'positive-integer', required: true, description: 'The id of its note type (in `notetypes`).' },
  mod: { kind: 'positive-integer', description: 'When it was last changed (seconds since 1970).' },
  tags: { kind: 'text-list', description: 'Its tags.' },
  fields: { kind: 'html-list', required: true, description: 'Its fields (HTML, empty ones included), in the note type\'s order.' },
};

export const CARD_COMMON_FIELDS: FieldSpecs = {
  id: { kind: 'id', required: true, description: 'Kebab-case card id, unique in the deck and stable forever.' },
  type: { kind: 'card-type', required: true, description: 'basic, cloze, mcq, input or yaml-fix.' },
  tags: { kind: 'text-list', description: 'Extra topic tags.' },
  source: { kind: 'text', description: 'The course section the card comes from.' },
  origin: { kind: 'origin', description: 'hand (default), generated, or generated-edited.' },
  anki: { kind: 'anki', description: 'The Anki note the card comes from (written by imports; without it, exports use the guid kd/<deck id>/<card id>).' },
};

export const ANKI_FIELDS: FieldSpecs = {
  guid: { kind: 'text', required: true, description: 'The Anki note guid: exports to Anki update the note that has it.' },
  notetype: { kind: 'text', description: 'The name of the Anki note type the card was imported from.' },
  template: { kind: 'ordinal', description: 'The card\'s template ordinal in its note (0 = first template, or cloze 1).' },
};

export const CARD_TYPE_FIELDS: Readonly<Record<CardType, FieldSpecs>> = {
  basic: {
    front: { kind: 'text', required: true, description: 'Question (Markdown).' },
    back: { kind: 'text', required: true, description: 'Answer (Markdown).' },
    reverse: { kind: 'bool', description: 'Also ask back → front.' },
  },
  cloze: {
    text: { kind: 'text', required: true, description: 'Markdown with gaps {{answer}} or {{answer::hint}}.' },
  },
  mcq: {
    question: { kind: 'text', required: true, description: 'Question (Markdown).' },
    choices: { kind: 'choices', required: true, description: 'At least two choices, at least one correct.' },
    explanation: { kind: 'text', description: 'Shown after answering (Markdown).' },
  },
  input: {
    question: { kind: 'text', required: true, description: 'Question (Markdown).' },
    answers: { kind: 'text-list', required: true, description: 'Accepted answers (case, accents and spaces ignored).' },
    explanation: { kind: 'text', description: 'Shown after answering (Markdown).' },
  },
  'yaml-fix': {
    task: { kind: 'text', required: true, description: 'What the manifest should do (Markdown).' },
    broken: { kind: 'text', required: true, description: 'The manifest to fix (YAML, one or several documents).' },
    solution: { kind: 'text', required: true, description: 'A fixed manifest (YAML).' },
    expect: { kind: 'expectations', description: 'Extra assertions on the fixed manifest.' },
    hints: { kind: 'text-list', description: 'Hints, shown one at a time.' },
  },
};

export const CHOICE_FIELDS: FieldSpecs = {
  text: { kind: 'text', required: true, description: 'The choice (Markdown).' },
  correct: { kind: 'bool', required: true, description: 'Whether this choice is right.' },
  why: { kind: 'text', description: 'Why it is right or wrong (Markdown).' },
};

export const EXPECTATION_FIELDS: FieldSpecs = {
  path: { kind: 'text', required: true, description: 'Path in the manifest, e.g. spec.rules[0].host.' },
  kind: { kind: 'text', description: 'Kind of the document to look in (default: the first document).' },
  equals: { kind: 'any', description: 'The value expected at the path.' },
  exists: { kind: 'bool', description: 'Whether the path must exist (true) or be absent (false).' },
};

export const EXAM_FIELDS: FieldSpecs = {
  id: { kind: 'id', required: true, description: 'Kebab-case exam id, unique in the deck and stable: past attempts name it.' },
  title: { kind: 'text', required: true, description: 'Title shown when choosing an exam.' },
  durationMinutes: { kind: 'positive-integer', required: true, description: 'Time allowed, in minutes.' },
  passMark: { kind: 'percent', required: true, description: 'Percentage of the points needed to pass (0 to 100).' },
  questions: { kind: 'quotas', required: true, description: 'How many questions to draw for each tag.' },
  types: { kind: 'question-types', description: 'Only these card types: mcq, input, cloze, yaml-fix (default: all four).' },
};

export const QUOTA_FIELDS: FieldSpecs = {
  tag: { kind: 'text', required: true, description: 'A topic tag, from any loaded deck.' },
  count: { kind: 'positive-integer', required: true, description: 'Number of questions drawn from cards with that tag.' },
};
