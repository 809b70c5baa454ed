// Just enough of the protobuf wire format to read the few messages of Anki's current packages
// (package meta, media list, note type, template and deck configs). A protobuf runtime and .proto
// files would be far more than the five fields we read. Field numbers are from ankitects/anki's
// proto/anki/*.proto; unknown fields are skipped, as protobuf readers must.

export type ProtoValue = number | Uint8Array;

/** A decoded message: every value of each field number, in wire order (repeated fields keep all). */
export type ProtoMessage = Map<number, ProtoValue[]>;

const WIRE = { varint: 0, fixed64: 1, bytes: 2, fixed32: 5 } as const;

export class ProtobufError extends Error {}

/** Decodes one message; throws ProtobufError on truncated or malformed input. */
export function readProtobuf(bytes: Uint8Array): ProtoMessage {
  const message: ProtoMessage = new Map();
  let offset = 0;

  const varint = (): number => {
    // Multiplication rather than bit shifts: shifts wrap at 32 bits, and ids are 64-bit.
    let value = 0;
    for (let scale = 1; offset < bytes.length; scale *= 128) {
      const byte = bytes[offset++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      if (scale > 2 ** 63) break;
    }
    throw new ProtobufError('truncated or overlong varint');
  };
  const take = (length: number): Uint8Array => {
    if (offset + length > bytes.length) throw new ProtobufError('truncated field');
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };

  while (offset < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (field === 0) throw new ProtobufError('field number 0');
    let value: ProtoValue;
    if (wire === WIRE.varint) value = varint();
    else if (wire === WIRE.bytes) value = take(varint());
    else if (wire === WIRE.fixed64) value = take(8);
    else if (wire === WIRE.fixed32) value = take(4);
    else throw new ProtobufError(`unsupported wire type ${wire}`);
    const values = message.get(field);
    if (values) values.push(value);
    else message.set(field, [value]);
  }
  return message;
}

/** The last value of a scalar field (protobuf's rule for repeated scalars), or undefined when absent. */
function last(message: ProtoMessage, field: number): ProtoValue | undefined {
  const values = message.get(field);
  return values?.[values.length - 1];
}

/** A varint field (int32, uint32, int64, enum, bool); `fallback` (protobuf's default 0) when absent. */
export function protoNumber(message: ProtoMessage, field: number, fallback = 0): number {
  const value = last(message, field);
  if (value === undefined) return fallback;
  if (typeof value !== 'number') throw new ProtobufError(`field ${field} is not a number`);
  return value;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A string field; '' when absent. */
export function protoString(message: ProtoMessage, field: number): string {
  const value = last(message, field);
  if (value === undefined) return '';
  if (typeof value === 'number') throw new ProtobufError(`field ${field} is not a string`);
  try {
    return utf8.decode(value);
  } catch {
    throw new ProtobufError(`field ${field} is not UTF-8`);
  }
}

/** The sub-messages of a message field (all of them: repeated fields keep their order). */
export function protoMessages(message: ProtoMessage, field: number): ProtoMessage[] {
  return (message.get(field) ?? []).map((value) => {
    if (typeof value === 'number') throw new ProtobufError(`field ${field} is not a message`);
    return readProtobuf(value);
  });
}
