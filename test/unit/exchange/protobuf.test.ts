import { describe, expect, it } from 'vitest';
import { ProtobufError, protoMessages, protoNumber, protoString, readProtobuf } from '../../../src/shared/exchange/anki/protobuf';
import { pbBytes, pbMessage, pbNumber } from '../../fixtures/anki/currentPackages';

describe('protobuf reader', () => {
  it('reads numbers, strings and nested repeated messages, keeping their order', () => {
    const entry = (name: string, size: number) => pbBytes(1, pbMessage(pbBytes(1, name), pbNumber(2, size)));
    const message = readProtobuf(pbMessage(entry('schéma.png', 300), entry('b.svg', 0), pbNumber(7, 1_700_000_000_123)));
    expect(protoMessages(message, 1).map((m) => [protoString(m, 1), protoNumber(m, 2)])).toEqual([
      ['schéma.png', 300],
      ['b.svg', 0],
    ]);
    // 64-bit values (Anki ids are milliseconds) survive: no 32-bit wrap-around.
    expect(protoNumber(message, 7)).toBe(1_700_000_000_123);
  });

  it('gives protobuf defaults for absent fields and keeps the last value of a repeated scalar', () => {
    const message = readProtobuf(pbMessage(pbNumber(1, 2), pbNumber(1, 3)));
    expect(protoNumber(message, 1)).toBe(3);
    expect(protoNumber(message, 9)).toBe(0);
    expect(protoNumber(message, 9, 42)).toBe(42);
    expect(protoString(message, 9)).toBe('');
    expect(protoMessages(message, 9)).toEqual([]);
  });

  it('skips fixed-size fields it does not read', () => {
    const fixed64 = new Uint8Array([(3 << 3) | 1, 1, 2, 3, 4, 5, 6, 7, 8]);
    const fixed32 = new Uint8Array([(4 << 3) | 5, 1, 2, 3, 4]);
    expect(protoString(readProtobuf(pbMessage(fixed64, fixed32, pbBytes(1, 'ok'))), 1)).toBe('ok');
  });

  it('refuses truncated or malformed input instead of reading past it', () => {
    const bad = [
      new Uint8Array([0x0a, 0x05, 0x61]), // a 5-byte string holding 1 byte
      new Uint8Array([0x08, 0x80]), // a varint that never ends
      new Uint8Array([(1 << 3) | 3]), // groups (wire type 3), which Anki never writes
      new Uint8Array([0x00, 0x01]), // field number 0
      new Uint8Array(12).fill(0xff), // a varint longer than 64 bits
    ];
    for (const bytes of bad) expect(() => readProtobuf(bytes), String(bytes)).toThrow(ProtobufError);
    expect(() => protoString(readProtobuf(pbBytes(1, new Uint8Array([0xff, 0xfe]))), 1)).toThrow(/not UTF-8/);
    expect(() => protoNumber(readProtobuf(pbBytes(1, 'x')), 1)).toThrow(/not a number/);
  });
});
