// CodeMirror 6 for challenges: a YAML editor whose diagnostics come from the manifest checker as
// the student types, and a read-only diff of the student's text against the solution.
// Loaded only when a challenge opens (dynamic import), with the checker and its schemas.
//
// Each view lives in a shadow root: CodeMirror then styles itself with constructed stylesheets
// (adoptedStyleSheets) instead of <style> elements, which the app's CSP (style-src 'self') forbids.
// The app's CSS variables still reach inside, so the theme below follows light and dark mode.
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { MergeView } from '@codemirror/merge';
import { Compartment, EditorState, Prec, type Text } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Locale } from '../../../../shared/i18n';
import { checkManifest, formatFinding, type ManifestFinding } from '../../../../shared/manifest/check';
import type { YamlFixExpectation } from '../../../../shared/decks/types';

/** Offset in `doc` of a 1-based line and column, clamped to the document. */
function offsetOf(doc: Text, line: number, col: number): number {
  const clampedLine = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(clampedLine.from + Math.max(0, col - 1), clampedLine.to);
}

export function toDiagnostics(doc: Text, findings: readonly ManifestFinding[], locale: Locale): Diagnostic[] {
  return findings.map((finding) => {
    const from = offsetOf(doc, finding.line, finding.col);
    const to = Math.max(from, offsetOf(doc, finding.endLine, finding.endCol));
    return { from, to, severity: finding.severity, source: finding.rule, message: formatFinding(finding, locale) };
  });
}

// Syntax colours from the app's CSS variables (app.css, light and dark, AA contrast on the editor's
// background): CodeMirror's default style is made for a light background only.
const highlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--code-key)' },
    { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--code-string)' },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
    { tag: [tags.keyword, tags.typeName, tags.labelName, tags.meta], color: 'var(--code-keyword)' },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
    { tag: [tags.punctuation, tags.separator, tags.operator], color: 'var(--text)' },
    { tag: tags.invalid, color: 'var(--error)' },
  ]),
);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '0.95rem' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-content': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, monospace", caretColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)' },
  // As tall as the manifest: a box that scrolled inside the card would be a scrolling region of
  // its own, which axe (scrollable-region-focusable) wants the keyboard to reach.
  '.cm-scroller': { minHeight: '12rem' },
  '.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': { backgroundColor: 'color-mix(in srgb, var(--accent) 30%, transparent)' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-panels': { backgroundColor: 'var(--bg)', color: 'var(--text)' },
  '.cm-textfield': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--warning)' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--bg)', color: 'var(--text)', border: '1px solid var(--border)' },
  // The diff of the student's manifest against the solution: tints that keep the text readable.
  // Changed words are struck through or underlined rather than tinted twice, which would take
  // the syntax colours below 4.5:1.
  '&.cm-merge-a .cm-changedLine, .cm-deletedChunk': { backgroundColor: 'color-mix(in srgb, var(--error) 10%, transparent)' },
  '&.cm-merge-b .cm-changedLine, .cm-inlineChangedLine': { backgroundColor: 'color-mix(in srgb, var(--success) 10%, transparent)' },
  '&.cm-merge-a .cm-changedText, .cm-deletedChunk .cm-deletedText': { background: 'none', textDecoration: 'line-through 2px var(--error)' },
  '&.cm-merge-b .cm-changedText': { background: 'none', textDecoration: 'underline 2px var(--success)', textUnderlineOffset: '3px' },
  // The lint extension draws squiggles and gutter markers with data: SVG images, which the CSP
  // (img-src 'self') refuses: the same signs in plain CSS instead.
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--error)', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warning)', textUnderlineOffset: '3px' },
  '.cm-lintRange-info, .cm-lintRange-hint': { backgroundImage: 'none', textDecoration: 'underline dotted var(--muted)' },
  '.cm-lint-marker': { content: 'normal', width: '0.7em', height: '0.7em', borderRadius: '50%', margin: '0.3em 0.15em' },
  '.cm-lint-marker-error': { backgroundColor: 'var(--error)' },
  '.cm-lint-marker-warning': { backgroundColor: 'var(--warning)' },
  '.cm-lint-marker-info': { backgroundColor: 'var(--muted)' },
});

/** A shadow root on `host` for one CodeMirror view. */
function shadowOf(host: HTMLElement): ShadowRoot {
  return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
}

export interface ManifestEditorOptions {
  parent: HTMLElement;
  text: string;
  expect: YamlFixExpectation[];
  locale: () => Locale;
  label: string;
  /** More attributes of the editable area (e.g. a test id). */
  attributes?: Record<string, string>;
  onChange: (text: string) => void;
  /** Called with each new set of findings (after the debounce), for the summary under the editor. */
  onFindings: (findings: ManifestFinding[]) => void;
}

export interface ManifestEditor {
  view: EditorView;
  /** Once graded, the text stays visible but can no longer be edited. */
  lock(): void;
}

export function createManifestEditor(options: ManifestEditorOptions): ManifestEditor {
  const editable = new Compartment();
  const source = (view: EditorView): Diagnostic[] => {
    const findings = checkManifest(view.state.doc.toString(), { expect: options.expect });
    options.onFindings(findings);
    return toDiagnostics(view.state.doc, findings, options.locale());
  };
  const root = shadowOf(options.parent);
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        yaml(),
        highlight,
        theme,
        // Tab stays a focus key (keyboard users can leave the editor); Ctrl+] / Ctrl+[ indent.
        EditorState.tabSize.of(2),
        // Long lines wrap: a scrolling box inside the card would need a tab stop of its own
        // (axe's scrollable-region-focusable) and widen nothing at 360 px.
        EditorView.lineWrapping,
        // Ctrl+Enter checks the manifest (the screen's shortcut handler does it, as in every
        // answer field); here it must only not insert a blank line, CodeMirror's default.
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => true }])),
        linter(source, { delay: 250 }),
        lintGutter(),
        EditorView.contentAttributes.of({ ...options.attributes, 'aria-label': options.label, spellcheck: 'false' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
        editable.of(EditorView.editable.of(true)),
      ],
    }),
  });
  return { view, lock: () => view.dispatch({ effects: editable.reconfigure(EditorView.editable.of(false)) }) };
}

/** The student's text beside the solution, read-only; each side named for screen readers. */
export function createDiffView(parent: HTMLElement, studentText: string, solution: string, labels: { student: string; solution: string }): MergeView {
  const readOnly = (label: string) => [
    basicSetup,
    yaml(),
    highlight,
    theme,
    EditorState.readOnly.of(true),
    EditorView.editable.of(false),
    // Two columns in the card's reading width: long lines wrap rather than scroll sideways (a
    // scrolling region that the keyboard cannot reach, for axe).
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': label }),
  ];
  const root = shadowOf(parent);
  return new MergeView({ parent: root, root, a: { doc: studentText, extensions: readOnly(labels.student) }, b: { doc: solution, extensions: readOnly(labels.solution) } });
}
