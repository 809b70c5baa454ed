import type { MessageKey } from '../i18n/messages';
import type { YamlFixExpectation } from '../manifest/expectations';
import type { ManifestFinding } from '../manifest/findings';

// Deck format `kubedeck/1` (docs/deck-format.md), as typed values once a file has been checked.

export const DECK_FORMAT = 'kubedeck/1';
export const CARD_TYPES = ['basic', 'cloze', 'mcq', 'input', 'yaml-fix'] as const;
export type CardType = (typeof CARD_TYPES)[number];
export const CARD_ORIGINS = ['hand', 'generated', 'generated-edited'] as const;
export type CardOrigin = (typeof CARD_ORIGINS)[number];

/**
 * The Anki note a card is (or was first exported as): kept in the deck file so that exporting the
 * deck again updates the same Anki notes, whatever the deck or card is called by then.
 */
export interface AnkiIdentity {
  /** The note's guid. */
  guid: string;
  /** The name of the note type the card came from (imported cards). */
  notetype?: string;
  /** The template ordinal of the card in its note (0 for the first template or cloze 1). */
  template?: number;
}

interface CardBase {
  id: string;
  tags: string[];
  source?: string;
  origin: CardOrigin;
  anki?: AnkiIdentity;
}

export interface BasicCard extends CardBase {
  type: 'basic';
  front: string;
  back: string;
  reverse: boolean;
}

export interface ClozeCard extends CardBase {
  type: 'cloze';
  text: string;
}

export interface McqChoice {
  text: string;
  correct: boolean;
  why?: string;
}

export interface McqCard extends CardBase {
  type: 'mcq';
  question: string;
  choices: McqChoice[];
  explanation?: string;
}

export interface InputCard extends CardBase {
  type: 'input';
  question: string;
  answers: string[];
  explanation?: string;
}

export type { YamlFixExpectation } from '../manifest/expectations';

export interface YamlFixCard extends CardBase {
  type: 'yaml-fix';
  task: string;
  broken: string;
  solution: string;
  expect: YamlFixExpectation[];
  hints: string[];
}

export type Card = BasicCard | ClozeCard | McqCard | InputCard | YamlFixCard;

/** Card types a quiz or an exam can ask: the ones whose answer can be checked. */
export const QUESTION_TYPES = ['mcq', 'input', 'cloze', 'yaml-fix'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** How many questions an exam draws from the cards carrying `tag` (in every loaded deck). */
export interface ExamQuota {
  tag: string;
  count: number;
}

/** A mock exam a trainer ships in a deck (`exams:`); it draws from every loaded deck by tag. */
export interface ExamDefinition {
  id: string;
  title: string;
  durationMinutes: number;
  /** Percentage of the points needed to pass. */
  passMark: number;
  questions: ExamQuota[];
  /** Only these card types (default: every question type). */
  types?: QuestionType[];
}

/** Display names of topic tags: tag → language → name (e.g. `reseau: { fr: Réseau, en: Networking }`). */
export type TopicNames = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface Deck {
  format: typeof DECK_FORMAT;
  id: string;
  title: string;
  lang: string;
  description: string;
  source: string;
  tags: string[];
  /** Present only when the file names its topics. */
  topics?: TopicNames;
  /** Present only when the file defines exams. */
  exams?: ExamDefinition[];
  cards: Card[];
  /** Present only in decks imported from Anki: the notes their cards come from. */
  anki?: AnkiNotes;
}

/**
 * The Anki notes a deck's cards were imported from, as Anki had them: an export writes a card
 * that is unchanged (or whose edit its note type can take back) as this very note, of this very
 * note type (same id, fields and templates), so that Anki updates the student's note instead of
 * ignoring a note of another type with the same guid.
 */
export interface AnkiNotes {
  notetypes: AnkiNotetype[];
  notes: AnkiNote[];
}

export const ANKI_NOTETYPE_KINDS = ['standard', 'cloze'] as const;

export interface AnkiNotetype {
  id: number;
  name: string;
  kind: (typeof ANKI_NOTETYPE_KINDS)[number];
  /** Its modification time (seconds): a note type no newer than the student's is left as it is. */
  mod?: number;
  fields: string[];
  /** The field Anki's browser sorts by (0 when absent). */
  sortField?: number;
  templates: AnkiTemplate[];
  css?: string;
}

export interface AnkiTemplate {
  name: string;
  question: string;
  answer: string;
}

export interface AnkiNote {
  guid: string;
  /** The id of its note type. */
  notetype: number;
  /** Its modification time (seconds): Anki updates a note only from a newer one. */
  mod?: number;
  tags?: string[];
  /** Its fields, HTML, in the note type's order. */
  fields: string[];
}

export type Severity = 'error' | 'warning';

/** A problem found in a deck file, positioned on the offending YAML node (1-based line and column). */
export interface DeckProblem {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Message key in the i18n catalogs (src/shared/i18n), with its parameters. */
  code: DeckProblemCode;
  params: Record<string, string | number>;
  /** For yaml-fix checks: what the manifest checker said, shown after the message. */
  finding?: ManifestFinding;
}

/** Problem codes are the `problem.*` keys of the i18n catalogs, so every code has a message in each language. */
export type DeckProblemCode = ProblemCodeOf<MessageKey>;
type ProblemCodeOf<Key> = Key extends `problem.${infer Code}` ? Code : never;
