// Writing imported decks into the user's deck folder: each deck checked again (the renderer is not
// trusted), saved as `<id>.yaml` or over the user file that already holds that id.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { failure, type ImportedImage, type Result } from '../shared/api';
import { isKeptMediaName } from '../shared/decks/assets';
import { MEDIA_FOLDER } from '../shared/exchange/htmlToMarkdown';
import { parseDeck } from '../shared/decks/parse';
import { writeFilesAtomically, type FileToWrite } from './atomicWrite';
import { readDeckFolder } from './deckFiles';

export async function saveUserDecks(
  folder: string,
  decks: { yaml: string }[],
  bundledIds: ReadonlySet<string>,
  media: ImportedImage[] = [],
): Promise<Result<{ saved: string[] }>> {
  const parsed = decks.map((d, i) => ({ yaml: d.yaml, result: parseDeck(d.yaml, `deck ${i + 1}`) }));
  for (const { result } of parsed) {
    const error = result.problems.find((p) => p.severity === 'error');
    if (!result.deck || error) return failure('error.deckInvalid', {}, error ?? result.problems[0]);
    if (bundledIds.has(result.deck.id)) return failure('error.bundledId', { id: result.deck.id });
  }
  await mkdir(folder, { recursive: true });
  const fileOfId = await userFilesById(folder);
  const images = media.filter((file) => isKeptMediaName(file.name));
  if (images.length > 0) await mkdir(join(folder, MEDIA_FOLDER), { recursive: true });
  const files: FileToWrite[] = images.map((image) => ({ path: join(folder, MEDIA_FOLDER, image.name), data: image.bytes }));
  // The id is kebab-case and short (checked by parseDeck), so it is a safe file name.
  const saved = parsed.map(({ result }) => result.deck!.id);
  for (const [i, { yaml }] of parsed.entries()) files.push({ path: join(folder, fileOfId.get(saved[i]) ?? `${saved[i]}.yaml`), data: yaml });
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    return failure('error.notWritten', { reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  return { ok: true, value: { saved } };
}

/** The user deck files by the id they hold. */
async function userFilesById(folder: string): Promise<Map<string, string>> {
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
