// `kubedeck check [FILE|DIR...]`: the app's deck checks, as lines a terminal or an editor can jump to.
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { loadLibrary, type DeckSource } from '../shared/decks/library';
import { checkManifest } from '../shared/manifest/check';
import { formatProblemLine } from '../shared/decks/format';
import { listDeckFiles, readDeckSource } from '../node/deckFiles';
import { parseCommonOptions, UsageError } from './options';

export async function runCheck(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let options;
  try {
    options = parseCommonOptions(args);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kubedeck check: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const targets = options.positional.length > 0 ? options.positional : ['decks'];
  const sources: DeckSource[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    const paths = info?.isDirectory() ? await listDeckFiles(target) : [target];
    for (const path of paths) sources.push(await readDeckSource(path, relative(process.cwd(), path) || path, 'user'));
  }
  const { library, cardsChecked: cards } = loadLibrary(sources, { checkManifest: (text, expect) => checkManifest(text, { expect }) });
  const problems = library.decks
    .flatMap((entry) => entry.problems)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  for (const problem of problems) out(formatProblemLine(problem, options.locale));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  out(
    options.locale === 'fr'
      ? `${sources.length} fichier(s), ${cards} carte(s) : ${errors} erreur(s), ${warnings} avertissement(s)`
      : `${sources.length} file(s), ${cards} card(s): ${errors} error(s), ${warnings} warning(s)`,
  );
  return errors > 0 ? 1 : 0;
}
