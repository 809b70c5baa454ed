// A manifest file as bytes (`kubedeck lint`): strict UTF-8 first, as the API server's YAML reader
// refuses invalid text; a bad byte is the file's one finding, at its line and column.
import { bytePosition, findBadText } from '../yaml/bytes';
import { checkManifest, type CheckOptions, type ManifestFinding } from './check';

export function checkManifestBytes(bytes: Uint8Array, options: CheckOptions = {}): ManifestFinding[] {
  const bad = findBadText(bytes);
  if (!bad) return checkManifest(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), options);
  const { line, col } = bytePosition(bytes, bad.offset);
  const byte = `0x${bytes[bad.offset].toString(16).padStart(2, '0').toUpperCase()}`;
  return [{ line, col, endLine: line, endCol: col + 1, severity: 'error', rule: 'text-encoding', message: bad.kind, params: { byte }, document: 0 }];
}
