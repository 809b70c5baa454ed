// JSON Schema of the deck format, generated from spec.ts so that editors (through the
// yaml-language-server hint at the top of each deck) and `kubedeck check` agree.
import {
  CARD_COMMON_FIELDS,
  CARD_TYPE_FIELDS,
  CHOICE_FIELDS,
  DECK_FIELDS,
  EXAM_FIELDS,
  EXPECTATION_FIELDS,
  ID_PATTERN,
  MAX_ID_LENGTH,
  QUOTA_FIELDS,
  ANKI_FIELDS,
  ANKI_NOTE_FIELDS,
  ANKI_NOTES_FIELDS,
  ANKI_NOTETYPE_FIELDS,
  ANKI_TEMPLATE_FIELDS,
  LANG_PATTERN,
  type FieldKind,
  type FieldSpecs,
} from './spec';
import { ANKI_NOTETYPE_KINDS, CARD_ORIGINS, CARD_TYPES, DECK_FORMAT, QUESTION_TYPES } from './types';

type JsonSchema = Record<string, unknown>;

const TEXT: JsonSchema = { type: ['string', 'number'], minLength: 1 };

function kindSchema(kind: FieldKind): JsonSchema {
  switch (kind) {
    case 'format':
      return { const: DECK_FORMAT };
    case 'id':
      return { type: 'string', pattern: ID_PATTERN.source, maxLength: MAX_ID_LENGTH };
    case 'lang':
      return { type: 'string', pattern: LANG_PATTERN.source };
    case 'text':
      return TEXT;
    case 'bool':
      return { type: 'boolean' };
    case 'text-list':
      return { type: 'array', minItems: 1, items: TEXT };
    case 'card-type':
      return { enum: [...CARD_TYPES] };
    case 'origin':
      return { enum: [...CARD_ORIGINS] };
    case 'cards':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/card' } };
    case 'choices':
      return { type: 'array', minItems: 2, items: { $ref: '#/definitions/choice' } };
    case 'expectations':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/expectation' } };
    case 'topics':
      return {
        type: 'object',
        minProperties: 1,
        additionalProperties: { type: 'object', minProperties: 1, propertyNames: { pattern: LANG_PATTERN.source }, additionalProperties: TEXT },
      };
    case 'exams':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/exam' } };
    case 'quotas':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/quota' } };
    case 'question-types':
      return { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...QUESTION_TYPES] } };
    case 'positive-integer':
      return { type: 'integer', minimum: 1 };
    case 'percent':
      return { type: 'number', minimum: 0, maximum: 100 };
    case 'ordinal':
      return { type: 'integer', minimum: 0 };
    case 'anki':
      return { $ref: '#/definitions/anki' };
    case 'anki-notes':
      return { $ref: '#/definitions/anki-notes' };
    case 'anki-notetypes':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/anki-notetype' } };
    case 'anki-note-list':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/anki-note' } };
    case 'anki-templates':
      return { type: 'array', minItems: 1, items: { $ref: '#/definitions/anki-template' } };
    case 'anki-kind':
      return { enum: [...ANKI_NOTETYPE_KINDS] };
    case 'html-list':
      return { type: 'array', minItems: 1, items: { type: 'string' } };
    case 'any':
      return {};
  }
}

function objectSchema(specs: FieldSpecs, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.entries(specs).filter(([, spec]) => spec.required).map(([name]) => name),
    properties: Object.fromEntries(
      Object.entries(specs).map(([name, spec]) => [name, { description: spec.description, ...kindSchema(spec.kind) }]),
    ),
    ...extra,
  };
}

export function deckJsonSchema(): JsonSchema {
  const cardDefinitions = Object.fromEntries(
    CARD_TYPES.map((type) => {
      const schema = objectSchema({ ...CARD_COMMON_FIELDS, ...CARD_TYPE_FIELDS[type] });
      (schema.properties as Record<string, JsonSchema>).type = { const: type };
      return [`card-${type}`, schema];
    }),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `KubeDeck deck (${DECK_FORMAT})`,
    description: 'One deck of flashcards for KubeDeck. See docs/deck-format.md.',
    ...objectSchema(DECK_FIELDS),
    definitions: {
      card: {
        type: 'object',
        required: ['id', 'type'],
        properties: { type: kindSchema('card-type') },
        allOf: CARD_TYPES.map((type) => ({
          if: { properties: { type: { const: type } }, required: ['type'] },
          then: { $ref: `#/definitions/card-${type}` },
        })),
      },
      ...cardDefinitions,
      choice: objectSchema(CHOICE_FIELDS),
      expectation: objectSchema(EXPECTATION_FIELDS, {
        oneOf: [{ required: ['equals'] }, { required: ['exists'] }],
      }),
      exam: objectSchema(EXAM_FIELDS),
      quota: objectSchema(QUOTA_FIELDS),
      anki: objectSchema(ANKI_FIELDS),
      'anki-notes': objectSchema(ANKI_NOTES_FIELDS),
      'anki-notetype': objectSchema(ANKI_NOTETYPE_FIELDS),
      'anki-template': objectSchema(ANKI_TEMPLATE_FIELDS),
      'anki-note': objectSchema(ANKI_NOTE_FIELDS),
    },
  };
}
