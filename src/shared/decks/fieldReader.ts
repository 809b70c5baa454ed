// Reading the fields of a deck file's mappings, each value checked for its type: every problem
// is reported on the node it concerns (through the Locator), and reading goes on, so that one run
// lists every problem of the file.
import type { ManifestFinding } from '../manifest/findings.ts';
import { closestMatch } from '../text.ts';
import type { Position } from '../yaml/positions.ts';
import type { Locator, Path } from './locator.ts';
import { ID_PATTERN, MAX_ID_LENGTH, type FieldSpecs } from './spec.ts';
import type { DeckProblem, DeckProblemCode, Severity } from './types.ts';

export type Params = Record<string, string | number>;
/** The known fields of one mapping, by name. */
export type Fields = Map<string, unknown>;
export type What = 'what.deck' | 'what.topics' | 'what.topic' | 'what.card' | 'what.choice' | 'what.expectation' | 'what.exam' | 'what.quota' | 'what.anki' | 'what.anki-notes' | 'what.anki-notetype' | 'what.anki-template' | 'what.anki-note';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class FieldReader {
  readonly problems: DeckProblem[] = [];

  constructor(
    private readonly file: string,
    readonly locator: Locator,
  ) {}

  /** A problem at a position found by the caller (inside a manifest, at a byte offset). */
  reportAt(at: Position, code: DeckProblemCode, params: Params, severity: Severity, finding?: ManifestFinding) {
    if (severity === 'error') this.errors++;
    this.problems.push({ file: this.file, line: at.line, col: at.col, severity, code, params, ...(finding ? { finding } : {}) });
  }

  report(path: Path, code: DeckProblemCode, params: Params = {}, spot: 'key' | 'value' = 'value', severity: Severity = 'error') {
    this.reportAt(this.locator.at(path, spot), code, params, severity);
  }

  reportAtOffset(offset: number, code: DeckProblemCode, params: Params = {}) {
    this.reportAt(this.locator.position(offset), code, params, 'error');
  }

  /** Counted as problems are pushed: every card asks, and a deck may have thousands of problems. */
  private errors = 0;

  get errorCount(): number {
    return this.errors;
  }

  /** The known fields of a mapping; reports unknown keys (with a suggestion) and missing required ones. */
  fields(value: unknown, path: Path, specs: FieldSpecs, what: What): Fields | undefined {
    if (!isRecord(value)) {
      this.report(path, 'not-a-mapping', { what });
      return undefined;
    }
    const found: Fields = new Map();
    for (const [key, fieldValue] of Object.entries(value)) {
      if (Object.hasOwn(specs, key)) {
        found.set(key, fieldValue);
        continue;
      }
      const suggestion = closestMatch(key, Object.keys(specs));
      this.report([...path, key], suggestion ? 'unknown-field-suggest' : 'unknown-field', { field: key, suggestion: suggestion ?? '' }, 'key');
    }
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.required && !found.has(name)) this.report(path, 'missing-field', { field: name });
    }
    return found;
  }

  /** A text value (numbers are taken as text); undefined, after reporting, when it is not one. */
  text(fields: Fields, path: Path, name: string): string | undefined {
    return fields.has(name) ? this.scalarText(fields.get(name), [...path, name], name) : undefined;
  }

  scalarText(value: unknown, path: Path, name: string): string | undefined {
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.report(path, 'wrong-type', { field: name, expected: 'typeName.text' });
      return undefined;
    }
    const text = String(value);
    if (text.trim() === '') {
      this.report(path, 'empty-text', { field: name });
      return undefined;
    }
    return text;
  }

  id(fields: Fields, path: Path, name: string): string | undefined {
    const value = this.text(fields, path, name);
    if (value !== undefined && !ID_PATTERN.test(value)) {
      this.report([...path, name], 'bad-id', { value });
      return undefined;
    }
    if (value !== undefined && value.length > MAX_ID_LENGTH) {
      this.report([...path, name], 'id-too-long', { length: value.length, max: MAX_ID_LENGTH });
      return undefined;
    }
    return value;
  }

  bool(fields: Fields, path: Path, name: string): boolean | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value !== 'boolean') {
      this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.bool' });
      return undefined;
    }
    return value;
  }

  enumValue<T extends string>(fields: Fields, path: Path, name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(fields, path, name);
    return value === undefined ? undefined : this.allowedValue(value, [...path, name], name, allowed);
  }

  /** `value` when it is one of `allowed`; otherwise reported at `path` (with a suggestion). */
  allowedValue<T extends string>(value: string, path: Path, name: string, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    const suggestion = closestMatch(value, allowed);
    this.report(path, suggestion ? 'bad-enum-suggest' : 'bad-enum', {
      value,
      field: name,
      allowed: allowed.join(', '),
      suggestion: suggestion ?? '',
    });
    return undefined;
  }

  /** The items of a list field; reports when the value is not a (non-empty) list. */
  items(fields: Fields, path: Path, name: string, expected: 'typeName.list' | 'typeName.text-list' = 'typeName.list'): unknown[] | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (!Array.isArray(value)) {
      this.report([...path, name], 'wrong-type', { field: name, expected });
      return undefined;
    }
    if (value.length === 0) {
      this.report([...path, name], 'empty-list', { field: name });
      return undefined;
    }
    return value;
  }

  textList(fields: Fields, path: Path, name: string): string[] | undefined {
    const items = this.items(fields, path, name, 'typeName.text-list');
    if (!items) return undefined;
    const values = items.map((item, i) => this.scalarText(item, [...path, name, i], name));
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }

  /** A whole number of at least 1 (exam durations and question counts). */
  positiveInteger(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.positive-integer' });
    return undefined;
  }

  /** A whole number of at least 0 (template ordinals). */
  ordinal(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.ordinal' });
    return undefined;
  }

  percent(fields: Fields, path: Path, name: string): number | undefined {
    if (!fields.has(name)) return undefined;
    const value = fields.get(name);
    if (typeof value === 'number' && value >= 0 && value <= 100) return value;
    this.report([...path, name], 'wrong-type', { field: name, expected: 'typeName.percent' });
    return undefined;
  }
}
