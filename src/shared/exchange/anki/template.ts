// Anki card templates, parsed and rendered the way Anki decides which cards a note has and what
// each side shows. Facts from ankitects/anki rslib/src/template.rs (grammar, emptiness of a
// template, filters applied from the field outwards) and rslib/src/notetype/cardgen.rs (which
// templates give a card). Written for KubeDeck's import: the output is HTML for htmlToMarkdown.
import { revealCloze } from './cloze';

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; key: string; filters: string[] }
  | { kind: 'if'; key: string; negated: boolean; children: TemplateNode[] };

/** Fields Anki fills in itself; `FrontSide` is the rendered question. */
const SPECIAL_FIELDS = ['FrontSide', 'Card', 'CardFlag', 'Deck', 'Subdeck', 'Tags', 'Type', 'CardID'];

/** Bounds against hostile templates: nesting depth and nodes per template. */
const MAX_DEPTH = 50;
const MAX_NODES = 10_000;

/**
 * `{{Field}}`, `{{filter:…:Field}}`, `{{#Field}}…{{/Field}}` and `{{^Field}}…{{/Field}}`. A
 * section closed by another name, or never closed, is kept as text (Anki reports an error there;
 * the import must not fail for it). Linear in the template's length.
 */
export function parseTemplate(template: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { key: string; negated: boolean; children: TemplateNode[]; opening: string }[] = [];
  let count = 0;
  const out = () => stack.at(-1)?.children ?? root;
  const push = (node: TemplateNode) => {
    if (++count <= MAX_NODES) out().push(node);
  };
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    const close = open < 0 ? -1 : template.indexOf('}}', open + 2);
    if (open < 0 || close < 0) break;
    if (open > i) push({ kind: 'text', text: template.slice(i, open) });
    const tag = template.slice(open + 2, close).trim();
    const raw = template.slice(open, close + 2);
    i = close + 2;
    const sigil = tag[0];
    if ((sigil === '#' || sigil === '^') && stack.length < MAX_DEPTH) {
      stack.push({ key: tag.slice(1).trim(), negated: sigil === '^', children: [], opening: raw });
    } else if (sigil === '/' && stack.at(-1)?.key === tag.slice(1).trim()) {
      const section = stack.pop()!;
      push({ kind: 'if', key: section.key, negated: section.negated, children: section.children });
    } else if (sigil === '/' || sigil === '#' || sigil === '^' || tag === '') {
      push({ kind: 'text', text: raw });
    } else {
      const parts = tag.split(':');
      const key = parts.pop()!.trim();
      push({ kind: 'field', key, filters: parts.map((f) => f.trim()).reverse() });
    }
  }
  if (i < template.length) push({ kind: 'text', text: template.slice(i) });
  // Unclosed sections: their opening tag as text, their children in place.
  while (stack.length > 0) {
    const section = stack.pop()!;
    out().push({ kind: 'text', text: section.opening }, ...section.children);
  }
  return root;
}

/** Anki's "field is empty": only white space and empty `<br>`/`<div>` tags (template.rs field_is_empty). */
export const fieldIsEmpty = (html: string) => /^(?:\s|<\/?(?:br|div) ?\/?>)*$/i.test(html);

/** The names that count as non-empty for a note: its non-empty fields, and the special fields it does not define. */
export function nonEmptyFields(fields: Map<string, string>, hasTags: boolean): Set<string> {
  const set = new Set([...fields].filter(([, value]) => !fieldIsEmpty(value)).map(([name]) => name));
  for (const special of SPECIAL_FIELDS) {
    if (!fields.has(special) && special !== 'FrontSide' && (special !== 'Tags' || hasTags)) set.add(special);
  }
  return set;
}

/** Whether a question template gives a card with these non-empty fields (template.rs renders_with_fields). */
export function rendersWithFields(nodes: TemplateNode[], nonEmpty: Set<string>): boolean {
  for (const node of nodes) {
    if (node.kind === 'field' && nonEmpty.has(node.key)) return true;
    if (node.kind === 'if' && nonEmpty.has(node.key) !== node.negated && rendersWithFields(node.children, nonEmpty)) return true;
  }
  return false;
}

/** Field names that a template uses with the `cloze` filter. */
export function clozeFieldsOf(nodes: TemplateNode[]): string[] {
  return nodes.flatMap((node) =>
    node.kind === 'field' && node.filters.includes('cloze') ? [node.key] : node.kind === 'if' ? clozeFieldsOf(node.children) : [],
  );
}

export interface RenderContext {
  fields: Map<string, string>;
  /** The rendered question, for `{{FrontSide}}` on the answer side ('' to leave it out). */
  frontSide: string;
  question: boolean;
  /** Cloze number of the card being rendered (cloze note types). */
  clozeOrdinal?: number;
  /** `cloze` fields render as nothing: what the answer adds to the cloze text. */
  omitCloze?: boolean;
  /** Receives the fields asked with `{{type:Field}}`. */
  typed?: string[];
  tags: string;
}

export const stripHtml = (html: string) => html.replace(/<[^>]*>/g, '');

function applyFilter(filter: string, text: string, key: string, context: RenderContext): string {
  switch (filter) {
    case 'text':
      return stripHtml(text);
    case 'cloze':
      if (context.omitCloze) return '';
      return context.clozeOrdinal === undefined ? text : revealCloze(text, context.clozeOrdinal, context.question);
    case 'type':
      context.typed?.push(key);
      return '';
    // `hint` hides the field behind a link in Anki; KubeDeck shows it, as text is all it has.
    // Furigana filters keep the text; `tts` reads it aloud, so the text is what is kept.
    default:
      return text;
  }
}

function fieldValue(key: string, context: RenderContext): string {
  if (key === 'FrontSide') return context.frontSide;
  if (key === 'Tags' && !context.fields.has('Tags')) return context.tags.trim();
  return context.fields.get(key) ?? '';
}

export function renderTemplate(nodes: TemplateNode[], context: RenderContext): string {
  let html = '';
  for (const node of nodes) {
    if (node.kind === 'text') html += node.text;
    else if (node.kind === 'field') {
      // `{{cloze:…}}` on a field that is not a cloze field: Anki's filters still apply in order.
      html += node.filters.reduce((text, filter) => applyFilter(filter, text, node.key, context), fieldValue(node.key, context));
    } else {
      const value = fieldValue(node.key, context);
      const present = node.key === 'FrontSide' ? value !== '' : !fieldIsEmpty(value);
      if (present !== node.negated) html += renderTemplate(node.children, context);
    }
  }
  return html;
}
