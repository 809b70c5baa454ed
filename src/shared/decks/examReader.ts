// The exam definitions of a deck file (`exams:`), and, once every deck is loaded, the quotas whose
// tag no deck carries.
import { closestMatch } from '../text.ts';
import type { FieldReader, Fields } from './fieldReader.ts';
import { Locator, type Path } from './locator.ts';
import { EXAM_FIELDS, QUOTA_FIELDS } from './spec.ts';
import { QUESTION_TYPES, type Deck, type DeckProblem, type ExamDefinition, type ExamQuota, type QuestionType } from './types.ts';

export class ExamReader {
  constructor(private readonly read: FieldReader) {}

  /**
   * Exam definitions. Their tags may come from any loaded deck, so whether a tag exists is
   * checked once every deck is loaded (examTagProblems), not here.
   */
  exams(deckFields: Fields): ExamDefinition[] | undefined {
    const items = this.read.items(deckFields, [], 'exams');
    if (!items) return undefined;
    const indexOfId = new Map<string, number>();
    const exams: ExamDefinition[] = [];
    items.forEach((item, index) => {
      const path = ['exams', index];
      const fields = this.read.fields(item, path, EXAM_FIELDS, 'what.exam');
      if (!fields) return;
      const errorsBefore = this.read.errorCount;
      const id = this.read.id(fields, path, 'id');
      const title = this.read.text(fields, path, 'title');
      const durationMinutes = this.read.positiveInteger(fields, path, 'durationMinutes');
      const passMark = this.read.percent(fields, path, 'passMark');
      const questions = this.quotas(fields, path);
      const types = this.questionTypes(fields, path);
      const first = id === undefined ? undefined : indexOfId.get(id);
      if (id !== undefined && first !== undefined) {
        this.read.report([...path, 'id'], 'duplicate-exam-id', { id, firstLine: this.read.locator.at(['exams', first, 'id']).line });
      } else if (id !== undefined) {
        indexOfId.set(id, index);
      }
      if (this.read.errorCount === errorsBefore && id && title && durationMinutes && passMark !== undefined && questions) {
        exams.push({ id, title, durationMinutes, passMark, questions, ...(types ? { types } : {}) });
      }
    });
    return exams;
  }

  quotas(fields: Fields, path: Path): ExamQuota[] | undefined {
    const items = this.read.items(fields, path, 'questions');
    if (!items) return undefined;
    const indexOfTag = new Map<string, number>();
    const quotas: ExamQuota[] = [];
    items.forEach((item, index) => {
      const quotaPath = [...path, 'questions', index];
      const quotaFields = this.read.fields(item, quotaPath, QUOTA_FIELDS, 'what.quota');
      if (!quotaFields) return;
      const tag = this.read.text(quotaFields, quotaPath, 'tag');
      const count = this.read.positiveInteger(quotaFields, quotaPath, 'count');
      if (tag === undefined || count === undefined) return;
      const first = indexOfTag.get(tag);
      if (first !== undefined) {
        this.read.report([...quotaPath, 'tag'], 'exam-duplicate-tag', { tag, firstLine: this.read.locator.at([...path, 'questions', first, 'tag']).line });
        return;
      }
      indexOfTag.set(tag, index);
      quotas.push({ tag, count });
    });
    return quotas.length === items.length ? quotas : undefined;
  }

  questionTypes(fields: Fields, path: Path): QuestionType[] | undefined {
    const items = this.read.items(fields, path, 'types', 'typeName.text-list');
    if (!items) return undefined;
    const types = items.map((item, i) => {
      const text = this.read.scalarText(item, [...path, 'types', i], 'types');
      return text === undefined ? undefined : this.read.allowedValue(text, [...path, 'types', i], 'types', QUESTION_TYPES);
    });
    return types.every((type) => type !== undefined) ? [...new Set(types as QuestionType[])] : undefined;
  }
}

/**
 * Exam quotas whose tag no loaded deck carries: warnings on the tag (such a quota draws nothing).
 * An exam draws from every loaded deck, so this needs all of them: run it once they are parsed,
 * with the tags of every card of every deck (deck tags included).
 */
export function examTagProblems(text: string, file: string, deck: Deck, knownTags: ReadonlySet<string>): DeckProblem[] {
  const problems: DeckProblem[] = [];
  let locator: Locator | undefined; // parsed only when a tag is unknown
  deck.exams?.forEach((exam, examIndex) =>
    exam.questions.forEach((quota, quotaIndex) => {
      if (knownTags.has(quota.tag)) return;
      locator ??= new Locator(text);
      const suggestion = closestMatch(quota.tag, [...knownTags]);
      problems.push({
        file,
        ...locator.at(['exams', examIndex, 'questions', quotaIndex, 'tag']),
        severity: 'warning',
        code: suggestion ? 'exam-unknown-tag-suggest' : 'exam-unknown-tag',
        params: { tag: quota.tag, exam: exam.id, suggestion: suggestion ?? '' },
      });
    }),
  );
  return problems;
}
