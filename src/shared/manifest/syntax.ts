// YAML syntax errors, told in the reader's language and placed where the mistake is. The `yaml`
// parser sometimes reports an error where it noticed it (the end of the file for an unclosed
// quote, the line above for an over-indented key); these are moved to the offending spot.
import type { Document, YAMLError } from 'yaml';
import type { Findings } from './findings';
import type { MessageId } from './messages';

interface SyntaxFinding {
  rule: string;
  message: MessageId;
  params?: Record<string, string>;
  /** Where to point, when the parser's own position is not the right spot. */
  at?: number;
}

/** Reports the document's YAML errors; returns true when there is any (the document cannot be checked further). */
export function reportSyntaxErrors(doc: Document.Parsed, text: string, findings: Findings): boolean {
  const reported = new Set<number>();
  // An over-indented line makes the parser read it as the continuation of the key above
  // (MULTILINE_IMPLICIT_KEY); the "nested mapping" error it also raises there is the same mistake.
  const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  // A tab in the indentation throws the parser off for the lines after it: the tab alone is the mistake.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  for (const error of tabs.length > 0 ? tabs : doc.errors) {
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline.has(error.pos[0])) continue;
    const described = describe(error, text);
    const start = described.at ?? error.pos[0];
    if (reported.has(start)) continue; // one finding per spot: the parser often stacks several
    reported.add(start);
    findings.atOffsets(start, Math.max(start + 1, described.at === undefined ? error.pos[1] : start + 1), 'error', described.rule, described.message, described.params);
  }
  return doc.errors.length > 0;
}

function describe(error: YAMLError, text: string): SyntaxFinding {
  const [start, end] = error.pos;
  const detail = error.message.split('\n')[0];
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return { rule: 'yaml-tab', message: 'yaml-tab' };
    case 'BAD_INDENT':
      if (/same column/.test(detail)) return { rule: 'yaml-indentation', message: 'yaml-indentation', at: /\s/.test(text[start] ?? '') ? firstCharOfLine(text, start) : start };
      return { rule: 'yaml-syntax', message: 'yaml-syntax', params: { detail } };
    case 'MULTILINE_IMPLICIT_KEY':
      return { rule: 'yaml-indentation', message: 'yaml-indentation-deeper', at: firstCharOfLine(text, Math.max(start, end - 1)) };
    case 'DUPLICATE_KEY':
      return { rule: 'yaml-duplicate-key', message: 'yaml-duplicate-key', params: { key: /^[^:\n]*/.exec(text.slice(start, start + 200))![0].trim() } };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { rule: 'yaml-scalar', message: 'yaml-colon-in-value' };
    case 'BAD_SCALAR_START':
      return { rule: 'yaml-scalar', message: 'yaml-reserved-character', params: { char: text[start] ?? '' } };
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(detail)?.[1];
      if (quote) return { rule: 'yaml-scalar', message: 'yaml-unclosed-quote', at: text.lastIndexOf(quote, start - 1) };
      if (detail.startsWith('Implicit map keys need to be followed by map values')) return { rule: 'yaml-syntax', message: 'yaml-missing-colon' };
      return { rule: 'yaml-syntax', message: 'yaml-syntax', params: { detail } };
    }
    default:
      return { rule: 'yaml-syntax', message: 'yaml-syntax', params: { detail } };
  }
}

/** Offset of the first non-blank character of the line holding `offset`. */
function firstCharOfLine(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const match = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))!;
  return lineStart + match[0].length;
}
