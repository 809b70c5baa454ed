// The one table of keyboard shortcuts for reviews, quizzes and exams (issue 11): every key typed
// into a field, a textarea or the CodeMirror editor belongs to it, never to the screen.
import { describe, expect, it } from 'vitest';
import { focusOf, shortcutFor, type AttemptScreen, type Focus, type KeyPress, type ReviewScreen } from '../../../src/renderer/src/lib/shortcuts';

const question = (cardType: ReviewScreen['cardType']): ReviewScreen => ({ kind: 'review', phase: 'question', cardType });
const answer = (suggested?: 1 | 2 | 3 | 4): ReviewScreen => ({ kind: 'review', phase: 'answer', cardType: 'basic', suggested });
const done: ReviewScreen = { kind: 'review', phase: 'other' };
const exam = (cardType: AttemptScreen['cardType'], quiz = false, dialogOpen = false): AttemptScreen => ({ kind: 'attempt', quiz, cardType, dialogOpen });
const key = (k: string, mods: Omit<KeyPress, 'key'> = {}): KeyPress => ({ key: k, ...mods });

describe('review shortcuts', () => {
  it.each<[string, KeyPress, Focus, ReviewScreen, ReturnType<typeof shortcutFor>]>([
    ['Space reveals a basic card', key(' '), 'other', question('basic'), { do: 'reveal' }],
    ['Enter reveals a basic card', key('Enter'), 'other', question('basic'), { do: 'reveal' }],
    ['Enter on a focused button is the button’s own', key('Enter'), 'button', question('basic'), undefined],
    ['a digit picks an mcq choice', key('2'), 'other', question('mcq'), { do: 'pick', index: 1 }],
    ['Enter checks an mcq', key('Enter'), 'other', question('mcq'), { do: 'check' }],
    ['Space on a checkbox ticks it, nothing more', key(' '), 'choice', question('mcq'), undefined],
    ['Space does not reveal a typed answer', key(' '), 'other', question('input'), undefined],
    ['Space does not reveal a challenge', key(' '), 'other', question('yaml-fix'), undefined],
    ['Ctrl+Enter checks a challenge from the editor', key('Enter', { ctrl: true }), 'text', question('yaml-fix'), { do: 'check' }],
    ['Cmd+Enter checks too', key('Enter', { meta: true }), 'text', question('cloze'), { do: 'check' }],
    ['Ctrl+Enter checks from outside a field', key('Enter', { ctrl: true }), 'other', question('input'), { do: 'check' }],
    ['Ctrl+Enter does nothing once answered', key('Enter', { ctrl: true }), 'other', answer(), undefined],
    ['1 to 4 grade', key('4'), 'other', answer(), { do: 'grade', grade: 4 }],
    ['5 is not a grade', key('5'), 'other', answer(), undefined],
    ['Space confirms the suggested grade', key(' '), 'other', answer(2), { do: 'grade', grade: 2 }],
    ['Space confirms Good when nothing is suggested', key(' '), 'other', answer(), { do: 'grade', grade: 3 }],
    ['Enter on a grade button is the button’s own', key('Enter'), 'button', answer(2), undefined],
    ['U undoes', key('u'), 'other', question('basic'), { do: 'undo' }],
    ['Shift+U undoes too', key('U'), 'other', answer(), { do: 'undo' }],
    ['U undoes on the "done" screen', key('u'), 'other', done, { do: 'undo' }],
    ['Ctrl+Z undoes outside a field', key('z', { ctrl: true }), 'other', answer(), { do: 'undo' }],
    ['Ctrl+Shift+Z is not undo', key('Z', { ctrl: true, shift: true }), 'other', answer(), undefined],
    ['B buries', key('b'), 'other', question('yaml-fix'), { do: 'bury' }],
    ['S suspends', key('s'), 'button', answer(), { do: 'suspend' }],
    ['B needs a card', key('b'), 'other', done, undefined],
    ['Alt+S is the system’s', key('s', { alt: true }), 'other', question('basic'), undefined],
    ['Escape leaves a field', key('Escape'), 'text', question('input'), { do: 'leave-field' }],
  ])('%s', (_, press, focus, screen, expected) => {
    expect(shortcutFor(press, focus, screen)).toEqual(expected);
  });

  it('never acts on a letter, a digit, Space, Enter, Backspace or Ctrl+Z typed in a field', () => {
    const typed = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#:- '].map((k) => key(k));
    typed.push(key('Enter'), key('Backspace'), key('Tab'), key('z', { ctrl: true }), key('y', { ctrl: true }), key('a', { ctrl: true }));
    for (const screen of [question('yaml-fix'), question('input'), question('cloze'), question('mcq'), answer(3), done]) {
      for (const press of typed) expect(shortcutFor(press, 'text', screen), `${press.key} on ${JSON.stringify(screen)}`).toBeUndefined();
    }
  });
});

describe('quiz and exam shortcuts', () => {
  it.each<[string, KeyPress, Focus, AttemptScreen, ReturnType<typeof shortcutFor>]>([
    ['N goes to the next question', key('n'), 'other', exam('input'), { do: 'next' }],
    ['→ goes to the next question', key('ArrowRight'), 'other', exam('mcq'), { do: 'next' }],
    ['→ on a radio button moves between choices', key('ArrowRight'), 'choice', exam('mcq'), undefined],
    ['P goes back', key('p'), 'other', exam('mcq'), { do: 'previous' }],
    ['F flags in an exam', key('f'), 'other', exam('mcq'), { do: 'flag' }],
    ['F does nothing in a quiz', key('f'), 'other', exam('mcq', true), undefined],
    ['a digit ticks a choice', key('3'), 'choice', exam('mcq'), { do: 'pick', index: 2 }],
    ['Enter is done with the question', key('Enter'), 'other', exam('mcq', true), { do: 'done' }],
    ['Ctrl+Enter checks from the manifest field', key('Enter', { ctrl: true }), 'text', exam('yaml-fix', true), { do: 'check' }],
    ['Ctrl+Enter checks from a typed answer', key('Enter', { ctrl: true }), 'text', exam('input'), { do: 'check' }],
    ['Escape leaves the field', key('Escape'), 'text', exam('input'), { do: 'leave-field' }],
    ['U is not undo in an exam', key('u'), 'other', exam('input'), undefined],
    ['an open dialog owns the keyboard', key('n'), 'other', exam('mcq', false, true), undefined],
  ])('%s', (_, press, focus, screen, expected) => {
    expect(shortcutFor(press, focus, screen)).toEqual(expected);
  });

  it('never acts on keys typed in an answer field or the manifest field', () => {
    for (const k of [...'abcdefghijklmnopqrstuvwxyz0123456789', 'Enter', 'ArrowLeft', 'ArrowRight', ' ']) {
      for (const screen of [exam('input'), exam('yaml-fix', true), exam('cloze')]) expect(shortcutFor(key(k), 'text', screen)).toBeUndefined();
    }
  });
});

describe('where the focus is', () => {
  const keydownOn = (target: Element) => {
    let focus: Focus | undefined;
    document.addEventListener('keydown', (event) => (focus = focusOf(event)), { once: true });
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
    return focus;
  };

  it('sees the editable element inside a shadow root, not its host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const content = document.createElement('div');
    content.setAttribute('contenteditable', 'true');
    host.attachShadow({ mode: 'open' }).append(content);
    expect(keydownOn(content)).toBe('text');
    content.setAttribute('contenteditable', 'false');
    expect(keydownOn(content)).toBe('other');
  });

  it('tells fields, read-only fields, choices and buttons apart', () => {
    document.body.innerHTML = '<input id="t"><input id="r" readonly><textarea id="a"></textarea><select id="s"></select><input id="c" type="checkbox"><button id="b"><span id="inner">x</span></button><p id="p">x</p>';
    const on = (id: string) => keydownOn(document.getElementById(id)!);
    expect([on('t'), on('r'), on('a'), on('s'), on('c'), on('inner'), on('p')]).toEqual(['text', 'other', 'text', 'text', 'choice', 'button', 'other']);
  });
});
