// Strict UTF-8 for YAML files (decks and manifests): an invalid byte or a NUL character is found
// with its position, so that it is refused, never replaced by U+FFFD or passed on.

export interface BadText {
  kind: 'invalid-utf8' | 'nul-character';
  /** Byte offset of the bad byte (a NUL, or the first byte of an invalid sequence). */
  offset: number;
}

/** The first invalid UTF-8 sequence or NUL byte of `bytes`, in one pass. */
export function findBadText(bytes: Uint8Array): BadText | undefined {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i];
    if (byte === 0) return { kind: 'nul-character', offset: i };
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) return { kind: 'invalid-utf8', offset: i };
    i += length;
  }
  return undefined;
}

/** Length of the valid multi-byte sequence at `i`, or 0 (overlong, surrogate, beyond U+10FFFF, truncated). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const byte = bytes[i];
  const [length, min, max] =
    byte >= 0xc2 && byte <= 0xdf ? [2, 0x80, 0xbf]
    : byte === 0xe0 ? [3, 0xa0, 0xbf]
    : byte === 0xed ? [3, 0x80, 0x9f]
    : byte >= 0xe1 && byte <= 0xef ? [3, 0x80, 0xbf]
    : byte === 0xf0 ? [4, 0x90, 0xbf]
    : byte >= 0xf1 && byte <= 0xf3 ? [4, 0x80, 0xbf]
    : byte === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  if (bytes[i + 1] < min || bytes[i + 1] > max) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** Line and column (1-based, in characters) of a byte offset before which the text is valid. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...before.slice(lineStart)].length + 1 };
}
