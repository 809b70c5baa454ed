// What the checker reports, and how findings are positioned on the offending YAML node.
import type { LineCounter, Node } from 'yaml';
import type { MessageId } from './messages';

export type Severity = 'error' | 'warning';

export type FindingParams = Record<string, string | number>;

/** One problem in a manifest, at 1-based line and column, with its rule id and a message in both languages (see messages.ts). */
export interface ManifestFinding {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  severity: Severity;
  /** Stable id of the rule, e.g. `volume-mount-unknown-volume`: what tools and tests key on. */
  rule: string;
  /** Which message of the catalog describes it (a rule may have several wordings). */
  message: MessageId;
  params: FindingParams;
  /** 0-based index of the YAML document the finding is in. */
  document: number;
}

/** Collects findings for one text, turning YAML nodes and offsets into positions. */
export class Findings {
  readonly list: ManifestFinding[] = [];
  document = 0;

  constructor(private readonly lineCounter: LineCounter) {}

  /** A finding on `node` (its whole range). */
  at(node: Node, severity: Severity, rule: string, message: MessageId, params: FindingParams = {}) {
    const [start, end] = node.range ?? [0, 0];
    this.atOffsets(start, end, severity, rule, message, params);
  }

  /** An error on `node`; the message is the rule's own, unless a variant is given. */
  error(node: Node, rule: MessageId, params?: FindingParams): void;
  error(node: Node, rule: string, params: FindingParams, message: MessageId): void;
  error(node: Node, rule: string, params: FindingParams = {}, message?: MessageId) {
    this.at(node, 'error', rule, message ?? (rule as MessageId), params);
  }

  warning(node: Node, rule: MessageId, params?: FindingParams): void;
  warning(node: Node, rule: string, params: FindingParams, message: MessageId): void;
  warning(node: Node, rule: string, params: FindingParams = {}, message?: MessageId) {
    this.at(node, 'warning', rule, message ?? (rule as MessageId), params);
  }

  atOffsets(start: number, end: number, severity: Severity, rule: string, message: MessageId, params: FindingParams = {}) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    this.list.push({ line: from.line, col: from.col, endLine: to.line, endCol: to.col, severity, rule, message, params, document: this.document });
  }

  private position(offset: number) {
    const { line, col } = this.lineCounter.linePos(offset);
    return line === 0 ? { line: 1, col: offset + 1 } : { line, col };
  }
}

/** How many errors and warnings, as the editors' live line says them. */
export function findingCounts(findings: readonly ManifestFinding[]): { errors: number; warnings: number } {
  return {
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
  };
}

/** Findings in reading order: by position, errors before warnings at the same spot. */
export function sortFindings(findings: ManifestFinding[]): ManifestFinding[] {
  return findings.sort((a, b) => a.line - b.line || a.col - b.col || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
