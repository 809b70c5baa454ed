// All-or-nothing writes of several files: every file is first written in full to a short staging
// name next to its target (so a name too long, a full disk or a missing permission fails before
// any target changes), then each staging file is renamed over its target (a rename is atomic).
// When a name is too long or staging fails, the staged files are removed and no target has changed.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The longest file name most file systems accept, in bytes. */
const MAX_NAME_BYTES = 255;

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

export async function writeFilesAtomically(files: readonly FileToWrite[]): Promise<void> {
  const tooLong = files.find((file) => Buffer.byteLength(basename(file.path)) > MAX_NAME_BYTES);
  // ENAMETOOLONG, as the file system would say it, so that callers can say why in the user's language.
  if (tooLong) throw Object.assign(new Error(`file name too long (over ${MAX_NAME_BYTES} bytes): ${basename(tooLong.path).slice(0, 40)}…`), { code: 'ENAMETOOLONG' });
  const staged: { from: string; to: string }[] = [];
  try {
    for (const file of files) {
      const from = join(dirname(file.path), `.kubedeck-${randomBytes(6).toString('hex')}.tmp`);
      staged.push({ from, to: file.path });
      await writeFile(from, file.data, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map(({ from }) => rm(from, { force: true })));
    throw error;
  }
  for (const [i, { from, to }] of staged.entries()) {
    try {
      await rename(from, to);
    } catch (error) {
      await Promise.all(staged.slice(i).map((rest) => rm(rest.from, { force: true })));
      throw error;
    }
  }
}
