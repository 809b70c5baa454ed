// Strict UTF-8 for deck files: an invalid byte or a NUL character is refused with its position.
// Used by `kubedeck check`, the app's deck folders, import and export.
import { bytePosition, findBadText } from '../yaml/bytes.ts';
import type { DeckProblem } from './types.ts';

/** The deck file's text without a leading BOM, or the problem naming the bad byte's place. */
export function decodeDeckBytes(bytes: Uint8Array, file: string): { text: string } | { problem: DeckProblem } {
  const bad = findBadText(bytes);
  if (!bad) return { text: new TextDecoder().decode(bytes).replace(/^\uFEFF/, '') };
  const byte = `0x${bytes[bad.offset].toString(16).padStart(2, '0').toUpperCase()}`;
  return { problem: { file, ...bytePosition(bytes, bad.offset), severity: 'error', code: bad.kind, params: { byte } } };
}
