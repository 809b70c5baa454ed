// Where imported decks and their media go in a deck folder, decided once for the app and for
// `kubedeck import`: a deck replaces the file that already holds its id, or gets `<id>.yaml`
// (`<id>-2.yaml` when that name holds another deck); media go into media/ under their own name,
// only the kinds a card can show; a media file of the same name with other content is never
// overwritten, since another deck's cards may show it.
import { isKeptMediaName } from '../decks/assets';

/** What the folder holds already, as far as the plan needs it. */
export interface FolderContents {
  /** Deck id → the file (name in the folder) that holds it. */
  fileOfId: ReadonlyMap<string, string>;
  /** Every file name in the folder, deck or not. */
  names: ReadonlySet<string>;
  /** The bytes of a media file already in media/, for the names being imported. */
  media: ReadonlyMap<string, Uint8Array>;
}

export interface PlannedDeck {
  /** File name in the deck folder (`volumes.yaml`). */
  path: string;
  data: string;
}

export interface MediaFile {
  /** File name in the folder's media/. */
  name: string;
  bytes: Uint8Array;
}

/** The deck files and the media files to write (media already there with the same bytes are left out). */
export type WritePlan = { ok: true; decks: PlannedDeck[]; media: MediaFile[] } | { ok: false; mediaConflict: string };

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

export function planImportWrites(decks: readonly { id: string; yaml: string }[], media: readonly MediaFile[], folder: FolderContents): WritePlan {
  const used = new Set<string>();
  const deckFiles = decks.map(({ id, yaml }) => {
    let path = folder.fileOfId.get(id);
    if (!path) {
      path = `${id}.yaml`;
      for (let n = 2; folder.names.has(path) || used.has(path); n++) path = `${id}-${n}.yaml`;
    }
    used.add(path);
    return { path, data: yaml };
  });
  const mediaFiles: MediaFile[] = [];
  const planned = new Map<string, Uint8Array>();
  for (const { name, bytes } of media) {
    if (!isKeptMediaName(name)) continue;
    const current = planned.get(name) ?? folder.media.get(name);
    if (current && !sameBytes(current, bytes)) return { ok: false, mediaConflict: name };
    if (current) continue;
    planned.set(name, bytes);
    mediaFiles.push({ name, bytes });
  }
  return { ok: true, decks: deckFiles, media: mediaFiles };
}
