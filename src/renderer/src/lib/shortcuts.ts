// Keyboard shortcuts of reviews, quizzes and exams: one table from (key, where the focus is, what
// the screen shows) to an action. Pure, so that the table is tested once and every screen obeys
// the same rules; `focusOf` is the only part that reads the DOM.
import type { CardType } from '../../../shared/decks/types';
import type { Grade } from '../../../shared/review/types';

export interface KeyPress {
  key: string;
  ctrl?: boolean;
  alt?: boolean;
  meta?: boolean;
  shift?: boolean;
}

/**
 * Where the key was pressed. `text` is anything that takes typing (an input, a textarea, a select,
 * a content-editable element such as the CodeMirror editor, even inside its shadow root); a
 * read-only field is `other`. `button` activates itself on Enter and Space; `choice` is a
 * checkbox or a radio button, whose Space and arrows belong to the browser.
 */
export type Focus = 'text' | 'button' | 'choice' | 'other';

export type ReviewScreen = {
  kind: 'review';
  phase: 'question' | 'answer' | 'other';
  /** The card on screen, if any. */
  cardType?: CardType;
  /** The grade the answer suggests (auto-graded cards), which Space and Enter confirm. */
  suggested?: Grade;
};

export type AttemptScreen = {
  kind: 'attempt';
  quiz: boolean;
  cardType: CardType;
  /** A dialog owns the keyboard while it is open. */
  dialogOpen: boolean;
};

export type Screen = ReviewScreen | AttemptScreen;

export type Action =
  | { do: 'reveal' }
  | { do: 'check' }
  | { do: 'grade'; grade: Grade }
  | { do: 'pick'; index: number }
  | { do: 'undo' }
  | { do: 'bury' }
  | { do: 'suspend' }
  | { do: 'leave-field' }
  | { do: 'next' }
  | { do: 'previous' }
  | { do: 'flag' }
  | { do: 'done' };

/** Cards answered on screen (typed, picked, edited): they are checked, not revealed. */
export const isAnsweredOnScreen = (type: CardType | undefined) => type !== undefined && type !== 'basic';

/** The action for a key press, or undefined when the key belongs to the browser or the field. */
export function shortcutFor(press: KeyPress, focus: Focus, screen: Screen): Action | undefined {
  if (press.alt) return undefined;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  const command = press.ctrl || press.meta;
  if (screen.kind === 'attempt' && screen.dialogOpen) return undefined;

  // Ctrl+Enter checks in every editor and answer field, and anywhere else on a question.
  if (command && key === 'Enter') {
    if (screen.kind === 'attempt') return { do: 'check' };
    return screen.phase === 'question' && screen.cardType ? { do: 'check' } : undefined;
  }
  // In a field, keys type (Ctrl+Z undoes text there); Escape hands the keyboard back to shortcuts.
  if (focus === 'text') return key === 'Escape' ? { do: 'leave-field' } : undefined;
  if (command) return screen.kind === 'review' && key === 'z' && !press.shift ? { do: 'undo' } : undefined;
  if (press.meta) return undefined;
  const confirm = (key === 'Enter' || key === ' ') && focus !== 'button' && !(key === ' ' && focus === 'choice');
  const digit = /^[1-9]$/.test(key) ? Number(key) : undefined;
  return screen.kind === 'review' ? reviewKey(key, digit, confirm, screen) : attemptKey(key, digit, focus, screen);
}

function reviewKey(key: string, digit: number | undefined, confirm: boolean, screen: ReviewScreen): Action | undefined {
  if (key === 'u') return { do: 'undo' };
  if (!screen.cardType) return undefined;
  if (key === 'b') return { do: 'bury' };
  if (key === 's') return { do: 'suspend' };
  if (screen.phase === 'question') {
    if (screen.cardType === 'mcq' && digit !== undefined) return { do: 'pick', index: digit - 1 };
    if (!confirm) return undefined;
    // Typed answers and manifests are checked from their field (Enter, Ctrl+Enter); a choice on
    // screen is checked with Enter; a basic card is revealed.
    if (screen.cardType === 'mcq') return { do: 'check' };
    return isAnsweredOnScreen(screen.cardType) ? undefined : { do: 'reveal' };
  }
  if (screen.phase === 'answer') {
    if (digit !== undefined && digit <= 4) return { do: 'grade', grade: digit as Grade };
    if (confirm) return { do: 'grade', grade: screen.suggested ?? 3 };
  }
  return undefined;
}

function attemptKey(key: string, digit: number | undefined, focus: Focus, screen: AttemptScreen): Action | undefined {
  // On a radio button the arrows move between choices, as browsers do.
  if (key === 'n' || (key === 'ArrowRight' && focus !== 'choice')) return { do: 'next' };
  if (key === 'p' || (key === 'ArrowLeft' && focus !== 'choice')) return { do: 'previous' };
  if (key === 'f' && !screen.quiz) return { do: 'flag' };
  if (digit !== undefined && screen.cardType === 'mcq') return { do: 'pick', index: digit - 1 };
  if (key === 'Enter' && focus !== 'button') return { do: 'done' };
  return undefined;
}

/**
 * Where a key event happened. The first element of the composed path is the real target, even
 * inside a shadow root (CodeMirror lives in one: `event.target` is then only its host).
 */
export function focusOf(event: Event): Focus {
  const target = event.composedPath()[0] ?? event.target;
  if (!(target instanceof Element)) return 'other';
  if (target instanceof HTMLInputElement) {
    if (target.type === 'checkbox' || target.type === 'radio') return 'choice';
    if (['button', 'submit', 'reset', 'file', 'image', 'color', 'range'].includes(target.type)) return 'button';
    return target.readOnly || target.disabled ? 'other' : 'text';
  }
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? 'other' : 'text';
  if (target instanceof HTMLSelectElement) return 'text';
  // isContentEditable, or the attribute where a DOM (jsdom) does not compute it.
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]'))) return 'text';
  if (target.closest('button, a[href], summary, [role="button"]')) return 'button';
  return 'other';
}
