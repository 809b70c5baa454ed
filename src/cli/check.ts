// `kubedeck check [FILE|DIR...]`: the app's deck checks, as lines a terminal or an editor can jump to.
import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { formatProblemLine } from '../shared/decks/format';
import { loadLibrary, type DeckSource } from '../shared/decks/library';
import { checkManifest } from '../shared/manifest/check';
import { listDeckFiles, readDeckSource } from '../node/deckFiles';
import { command } from './command';
import { cliSay } from './messages';

export const checkCommand = command({
  name: 'check',
  synopsis: { fr: '[FICHIER|DOSSIER...]', en: '[FILE|DIR...]' },
  summary: {
    fr: 'Vérifie des paquets (par défaut : decks/) ; affiche FICHIER:LIGNE:COL erreur|avertissement MESSAGE.',
    en: 'Check deck files (default: decks/); prints FILE:LINE:COL error|warning MESSAGE.',
  },
  description: {
    fr: 'Vérifie les paquets comme l’application les lit : le format kubedeck/1, les cartes, les examens,\net les manifestes des défis yaml-fix par le vérificateur de manifestes. Un dossier vaut pour ses\nfichiers .yaml, .yml et .json. Chaque problème est une ligne FICHIER:LIGNE:COL, puis un résumé.',
    en: 'Checks decks as the app reads them: the kubedeck/1 format, cards, exams, and the manifests of\nyaml-fix challenges through the manifest checker. A folder stands for its .yaml, .yml and .json\nfiles. Each problem is one FILE:LINE:COL line, then a summary.',
  },
  options: {},
  exit: {
    fr: 'Code de sortie : 0 sans erreur (avertissements permis), 1 avec des erreurs, 2 sur une erreur d’usage.',
    en: 'Exit status: 0 without errors (warnings allowed), 1 with errors, 2 on a usage error.',
  },
  async run({ positionals, locale, out }) {
    const targets = positionals.length > 0 ? positionals : ['decks'];
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
    for (const problem of problems) out(formatProblemLine(problem, locale));
    const errors = problems.filter((p) => p.severity === 'error').length;
    out(cliSay('check.summary', locale, { files: sources.length, cards, errors, warnings: problems.length - errors }));
    return errors > 0 ? 1 : 0;
  },
});
