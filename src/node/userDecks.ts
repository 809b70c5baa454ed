// Writing imported decks and their media into a deck folder, for the app (the user's deck folder,
// each deck checked again since the renderer is not trusted) and for `kubedeck import` alike:
// where each file goes is decided by shared/exchange/writePlan.ts, then all is written or nothing.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { failure, type ImportedImage, type Result } from '../shared/api';
import { parseDeck } from '../shared/decks/parse';
import { MEDIA_FOLDER } from '../shared/exchange/htmlToMarkdown';
import { planImportWrites, type FolderContents } from '../shared/exchange/writePlan';
import { fileErrorParam } from '../shared/i18n/messages.errors';
import { writeFilesAtomically } from './atomicWrite';
import { readDeckFolder } from './deckFiles';

export type ImportWrite = { ok: true; paths: string[] } | { ok: false; mediaConflict: string };

/**
 * Writes decks (already checked) and media into `folder`; returns the path of each deck's file.
 * `fileOfId`: the folder's deck files by id, when the caller has just read them (userFilesById).
 */
export async function writeImport(
  folder: string,
  decks: readonly { id: string; yaml: string }[],
  media: readonly ImportedImage[],
  fileOfId?: ReadonlyMap<string, string>,
): Promise<ImportWrite> {
  await mkdir(folder, { recursive: true });
  const plan = planImportWrites(decks, media, await folderContents(folder, media, fileOfId));
  if (!plan.ok) return plan;
  if (plan.media.length > 0) await mkdir(join(folder, MEDIA_FOLDER), { recursive: true });
  await writeFilesAtomically([
    ...plan.decks.map((file) => ({ path: join(folder, file.path), data: file.data })),
    ...plan.media.map((file) => ({ path: join(folder, MEDIA_FOLDER, file.name), data: file.bytes })),
  ]);
  return { ok: true, paths: plan.decks.map((file) => join(folder, file.path)) };
}

async function folderContents(folder: string, media: readonly ImportedImage[], fileOfId?: ReadonlyMap<string, string>): Promise<FolderContents> {
  const existing = new Map<string, Uint8Array>();
  for (const { name } of media) {
    const bytes = await readFile(join(folder, MEDIA_FOLDER, name)).catch(() => undefined);
    if (bytes) existing.set(name, new Uint8Array(bytes));
  }
  return { fileOfId: fileOfId ?? (await userFilesById(folder)), names: new Set(await readdir(folder)), media: existing };
}

/** The app's save: every deck must parse without error and none may take a bundled deck's id, or nothing is written. */
export async function saveUserDecks(
  folder: string,
  decks: { yaml: string }[],
  bundledIds: ReadonlySet<string>,
  media: ImportedImage[] = [],
): Promise<Result<{ saved: string[] }>> {
  const checked: { id: string; yaml: string }[] = [];
  for (const [index, { yaml }] of decks.entries()) {
    const result = parseDeck(yaml, `deck ${index + 1}`);
    const error = result.problems.find((p) => p.severity === 'error');
    if (!result.deck || error) return failure('error.deckInvalid', {}, error ?? result.problems[0]);
    if (bundledIds.has(result.deck.id)) return failure('error.bundledId', { id: result.deck.id });
    checked.push({ id: result.deck.id, yaml });
  }
  try {
    const written = await writeImport(folder, checked, media);
    if (!written.ok) return failure('error.mediaConflict', { name: written.mediaConflict });
  } catch (error) {
    return failure('error.notWritten', { reason: fileErrorParam(error) });
  }
  return { ok: true, value: { saved: checked.map((deck) => deck.id) } };
}

/** The deck files of a folder by the id they hold. */
export async function userFilesById(folder: string): Promise<Map<string, string>> {
  const fileOfId = new Map<string, string>();
  for (const source of await readDeckFolder(folder, 'user')) {
    if ('text' in source) {
      const id = parseDeck(source.text, source.file).id;
      if (id) fileOfId.set(id, source.file);
    }
  }
  return fileOfId;
}

/** Deletes the user file that holds this deck id (only files of the user folder, found by id). */
export async function deleteUserDeck(folder: string, id: string, bundledIds: ReadonlySet<string>): Promise<Result<void>> {
  if (bundledIds.has(id)) return failure('error.bundledDelete', { id });
  const file = (await userFilesById(folder)).get(id);
  if (!file) return failure('error.noImportedDeck', { id });
  await rm(join(folder, file));
  return { ok: true, value: undefined };
}
