// What every part of a progress backup checks its values with, and the error naming where a
// damaged file goes wrong (`cardStates[12]: a number is expected for due`), said in the reader's language.
import { formatProblem } from '../decks/format';
import type { DeckProblem } from '../decks/types';
import { say, type Locale, type MessageParams } from '../i18n';
import { BACKUP_MESSAGES, type BackupErrorCode } from './messages';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly where: string,
    readonly params: MessageParams = {},
    /** For a question's card: what the deck parser refused. */
    readonly problem?: DeckProblem,
  ) {
    super();
    this.message = this.localized('en');
  }

  localized(locale: Locale): string {
    const problem = this.problem ? formatProblem(this.problem, locale) : '';
    const message = say(BACKUP_MESSAGES[this.code], locale, { problem, ...this.params });
    return say(BACKUP_MESSAGES['backup.at'], locale, { where: this.where, message });
  }
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 1000;
