// Positions in YAML sources: 1-based line and column, as editors and `FILE:LINE:COL` print them.
import type { LineCounter, Scalar } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

/**
 * Where a spot inside a block scalar's value (`broken: |` … ) lies in the file that holds it.
 * Literal block scalars (`|`) keep lines as written, so the mapping is exact; for other scalar
 * styles the scalar's own start is the best answer.
 */
export function positionInScalar(
  scalar: Scalar,
  source: string,
  lineCounter: LineCounter,
  inner: Position,
): Position {
  const start = scalar.range?.[0] ?? 0;
  const startPos = lineCounter.linePos(start);
  if (scalar.type !== 'BLOCK_LITERAL') return { line: startPos.line, col: startPos.col };
  const headerEnd = source.indexOf('\n', start);
  if (headerEnd < 0) return { line: startPos.line, col: startPos.col };
  const indent = blockIndent(source, headerEnd + 1);
  return { line: startPos.line + inner.line, col: indent + inner.col };
}

/** Indentation of the first non-blank line from `offset` on. */
function blockIndent(source: string, offset: number): number {
  const rest = source.slice(offset, offset + 4096);
  const match = /^(?:[ \t]*\r?\n)*( *)\S/.exec(rest);
  return match ? match[1].length : 0;
}
