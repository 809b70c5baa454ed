// `kubedeck generate COURSE.md|FOLDER [-o FILE|FOLDER]`: drafts a deck from a course chapter, or one
// per chapter of a folder. The drafting is src/shared/generator (pure); this command only reads
// the chapters, refuses the too-short ones, and writes the decks with a summary.
import { access, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Locale } from '../shared/i18n';
import { generateDeck, mergeDecks, normalizeLang, skipReasonText, type CountsByKind, type GeneratedDeck } from '../shared/generator';
import { CARD_TYPES, type Card, type Deck } from '../shared/decks/types';
import { command, UsageError, type Print } from './command';
import { cliSay, fileReason } from './messages';

const DESCRIPTION = {
  en: `Drafts a deck from a course chapter in Markdown (Hugo/Docusaurus style):
  - title, description and tags from the front matter (YAML, or TOML between +++ lines);
  - one tag per ## / ### section, set on the cards drafted in it;
  - basic cards from bullets "- \`term\`: definition" or "- **term** : definition", from
    definition lists ("Term" then ": definition"), and one per table row (the column headers
    say what is asked); a glossary list of 3 terms or more also gives mcq cards whose wrong
    choices are its other terms, and a short list of names one cloze with a gap per item;
  - cloze cards from sentences with **bold**, *italic* or \`code\` terms (a few per section);
  - input cards from kubectl, docker and helm commands whose step the course names
    (a # comment above the command, or the sentence before the block);
  - yaml-fix cards from each \`\`\`yaml block holding Kubernetes manifests, broken in a way
    the API server rejects; a block on an API removed since (extensions/v1beta1…) becomes
    a migration challenge; placeholders such as <image> are filled with a plausible value;
  - for a quiz (numbered questions with lettered choices, or "Question N" headings with
    numbered choices), mcq cards only, the right answers from --answers CORRECTION.md
    ("1. b", "Question 2 : a, c", or the quiz again with "**V**" before the right choices);
    without it, to check by hand.
Drafts that need the text before them, exclamations, gaps that are phrases, a second card with
the same answer and cards longer than a screen are left out, and counted. Every card has origin: generated.
For a FOLDER, the summary of each chapter says how many cards of each kind were drafted, skipped
and left out, and why; README.md, _index.md and an index.md beside other chapters describe the
folder: they are not chapters, and are skipped.
Review the draft by hand, then run kubedeck check.`,
  fr: `Rédige un brouillon de paquet à partir d'un chapitre de cours en Markdown (style Hugo/Docusaurus) :
  - titre, description et tags depuis le front matter (YAML, ou TOML entre lignes +++) ;
  - un tag par section ## / ###, posé sur les cartes qui en viennent ;
  - cartes basic depuis les puces « - \`terme\` : définition » ou « - **terme** : définition »,
    depuis les listes de définitions (« Terme » puis « : définition »), et une par ligne de
    tableau (les en-têtes de colonnes disent ce qui est demandé) ; un glossaire de 3 termes ou
    plus donne aussi des cartes mcq dont les mauvais choix sont ses autres termes, et une courte
    liste de noms une cloze avec un trou par élément ;
  - cartes cloze depuis les phrases avec des termes en **gras**, *italique* ou \`code\` (quelques-unes par section) ;
  - cartes input depuis les commandes kubectl, docker et helm dont le cours nomme l'étape
    (un commentaire # au-dessus de la commande, ou la phrase qui précède le bloc) ;
  - cartes yaml-fix depuis chaque bloc \`\`\`yaml contenant des manifestes Kubernetes, cassé d'une
    façon que le serveur d'API refuse ; un bloc sur une API retirée depuis (extensions/v1beta1…)
    devient un défi de migration ; les valeurs à compléter comme <image> sont remplies ;
  - pour un quiz (questions numérotées à choix lettrés, ou titres « Question N » à choix
    numérotés), des cartes mcq seulement, les bonnes réponses venant de --answers CORRECTION.md
    (« 1. b », « Question 2 : a, c », ou le quiz recopié avec « **V** » devant les bons choix) ;
    sinon à vérifier.
Les brouillons qui dépendent du texte qui précède, les exclamations, les trous qui sont des
phrases, une deuxième carte de même réponse et les cartes plus longues qu'un écran sont écartés,
et comptés. Toutes les cartes ont origin: generated.
Pour un DOSSIER, le résumé de chaque chapitre dit combien de cartes de chaque type ont été rédigées,
écartées et filtrées, et pourquoi ; README.md, _index.md et un index.md à côté d'autres chapitres
décrivent le dossier : ce ne sont pas des chapitres, ils sont ignorés.
Relisez le brouillon à la main, puis lancez kubedeck check.`,
};


interface GenerateOptions {
  output?: string;
  answers?: string;
  force: boolean;
  single: boolean;
  deckLang?: string;
}

/** Fewer lines of text than this (front matter and blank lines aside) make no deck worth reviewing. */
const MIN_CHAPTER_LINES = 10;

export const generateCommand = command({
  name: 'generate',
  synopsis: { fr: 'COURS.md|DOSSIER [-o FICHIER|DOSSIER] [--single] [--answers CORRECTION.md] [--force] [--deck-lang LANGUE]', en: 'COURSE.md|FOLDER [-o FILE|FOLDER] [--single] [--answers CORRECTION.md] [--force] [--deck-lang LANG]' },
  summary: {
    fr: 'Rédige un brouillon de paquet depuis un chapitre de cours en Markdown (ou un par chapitre d’un dossier).',
    en: 'Draft a deck from a course chapter in Markdown (or one per chapter of a folder).',
  },
  description: DESCRIPTION,
  options: {
    output: {
      type: 'string',
      short: 'o',
      value: { fr: 'FICHIER', en: 'FILE' },
      description: {
        fr: 'Écrit le paquet dans FICHIER (par défaut : la sortie standard) ; pour un\nDOSSIER de chapitres, -o nomme le dossier où écrire un paquet par chapitre',
        en: 'Write the deck to FILE (default: standard output); for a FOLDER of\nchapters, -o names the folder where one deck per chapter is written',
      },
    },
    single: { type: 'boolean', description: { fr: 'Avec un DOSSIER : un seul paquet pour tous ses chapitres, écrit dans -o FICHIER', en: 'With a FOLDER: one deck for all its chapters, written to -o FILE' } },
    answers: {
      type: 'string',
      value: { fr: 'FICHIER', en: 'FILE' },
      description: {
        fr: 'Le chapitre de correction du quiz (dans un DOSSIER, quiz-correction.md\nà côté de quiz.md sert sans cette option)',
        en: 'The quiz’s correction chapter (in a FOLDER, quiz-correction.md\nbeside quiz.md is used without this option)',
      },
    },
    force: { type: 'boolean', description: { fr: 'Écrase les paquets existants (par défaut un paquet existant est préservé)', en: 'Overwrite existing decks (by default an existing deck is kept safe)' } },
    'deck-lang': {
      type: 'string',
      value: { fr: 'LANGUE', en: 'LANG' },
      description: {
        fr: 'Langue du paquet (ex. fr, en) ; par défaut : le lang du front matter,\nsinon déduite du texte. Questions, consignes et indices sont en français\npour fr, en anglais sinon.',
        en: 'Language of the deck (e.g. fr, en); default: the front matter’s lang,\nelse guessed from the text. Questions, tasks and hints are in French\nfor fr, in English otherwise.',
      },
    },
  },
  exit: { en: `Exit status: 0 when a deck was written, 1 when the chapter is too short (under 10 lines of
text) or gives no card, 2 when a file cannot be read or written, or on a usage error.`, fr: `Code de sortie : 0 si un paquet a été écrit, 1 si le chapitre est trop court (moins de 10 lignes de
texte) ou ne donne aucune carte, 2 si un fichier ne peut être lu ou écrit, ou sur une erreur d'usage.` },
  async run({ values, positionals, locale, out, err }) {
    if (positionals.length !== 1) throw new UsageError('usage.generateNeedsCourse');
    const deckLang = values['deck-lang'];
    if (deckLang !== undefined && !normalizeLang(deckLang)) throw new UsageError('usage.badDeckLang', { value: deckLang });
    const options: GenerateOptions = { output: values.output, answers: values.answers, force: values.force ?? false, single: values.single ?? false, deckLang };
    return generate(positionals[0], options, locale, out, err);
  },
});

async function generate(course: string, options: GenerateOptions, locale: Locale, out: Print, err: Print): Promise<number> {
  const fail = (message: string, code: number) => {
    err(cliSay('cli.failed', locale, { command: 'generate', message }));
    return code;
  };
  const isFolder = (await stat(course).catch(() => undefined))?.isDirectory() ?? false;
  if (isFolder && !options.output) return fail(cliSay('generate.folderNeedsOutput', locale), 2);
  // Checked first: a deck edited by hand must not be lost to a second run.
  if (options.output && !options.force && !(isFolder && !options.single) && (await exists(options.output))) {
    return fail(cliSay('file.exists', locale, { file: options.output }), 2);
  }
  let answers: string | undefined;
  if (options.answers) {
    try {
      answers = await readFile(options.answers, 'utf8');
    } catch (error) {
      return fail(cliSay('file.cannotRead', locale, { file: options.answers, reason: fileReason(error, locale) }), 2);
    }
  }
  let files: string[];
  try {
    files = isFolder ? await chapterFiles(course) : [course];
  } catch (error) {
    return fail(cliSay('file.cannotRead', locale, { file: course, reason: fileReason(error, locale) }), 2);
  }
  // Named on the command line, a README is read as a chapter; in a folder, it describes the folder.
  if (isFolder) {
    const pages = files.filter((file) => isFolderPage(file, course, files));
    for (const page of pages) err(cliSay('generate.notChapter', locale, { file: page }));
    files = files.filter((file) => !pages.includes(file));
  }
  if (files.length === 0) return fail(cliSay('generate.noChapter', locale, { folder: course }), 1);

  // In a folder, a quiz's correction sits beside it (`quiz-correction.md`): it is that quiz's answers.
  const corrections = new Map(files.flatMap((file) => files.filter((other) => other !== file && correctionOf(file, other)).map((other) => [file, other] as const)));
  const decks: { file: string; deck: Deck; yaml: string }[] = [];
  let refused = 0;
  for (const file of files.filter((name) => ![...corrections.values()].includes(name))) {
    let markdown: string;
    try {
      markdown = await readFile(file, 'utf8');
    } catch (error) {
      return fail(cliSay('file.cannotRead', locale, { file, reason: fileReason(error, locale) }), 2);
    }
    const lines = textLines(markdown);
    if (lines < MIN_CHAPTER_LINES) {
      fail(cliSay('generate.tooShort', locale, { file, lines, min: MIN_CHAPTER_LINES }), 1);
      refused++;
      continue;
    }
    const correction = corrections.get(file);
    const chapterAnswers = correction ? await readFile(correction, 'utf8').catch(() => undefined) : files.length === 1 ? answers : undefined;
    const generated = generateDeck(markdown, { fileName: file, lang: options.deckLang, locale, answers: chapterAnswers });
    for (const note of generated.notes) err(cliSay('generate.note', locale, { file, note }));
    if (generated.deck.cards.length === 0) {
      fail(cliSay('generate.noCard', locale, { file }), 1);
      refused++;
      continue;
    }
    const somethingLeftOut = Object.keys(generated.skipped).length + Object.keys(generated.filtered).length > 0;
    if (files.length > 1 || somethingLeftOut) err(chapterSummary(locale, file, generated));
    decks.push({ file, deck: generated.deck, yaml: generated.yaml });
  }
  if (decks.length === 0) return 1;

  const written = options.single && decks.length > 1 ? [mergeDecks(decks.map(({ deck }) => deck), basename(resolve(course)))] : decks;
  for (const { deck, yaml } of written) {
    const counts = cliSay('generate.counts', locale, { total: deck.cards.length, parts: countByType(deck.cards) });
    const output = isFolder && !options.single ? join(options.output!, `${deck.id}.yaml`) : options.output;
    if (!output) {
      out(yaml.trimEnd());
      // The deck is on standard output: the summary goes with the notes.
      err(cliSay('generate.written', locale, { counts, target: 'stdout' }));
      continue;
    }
    if (isFolder && !options.single && !options.force && (await exists(output))) return fail(cliSay('file.exists', locale, { file: output }), 2);
    try {
      if (isFolder && !options.single) await mkdir(options.output!, { recursive: true });
      await writeFile(output, yaml);
    } catch (error) {
      return fail(cliSay('file.cannotWrite', locale, { file: output, reason: fileReason(error, locale) }), 2);
    }
    out(cliSay('generate.written', locale, { counts, target: output }));
  }
  return refused > 0 && files.length === 1 ? 1 : 0;
}

/** The Markdown chapters of a folder and its subfolders, in name order. */
async function chapterFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:md|markdown|mdx)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Whether a file of a course folder is a page about the folder rather than a chapter: a README, a
 * Hugo section page (`_index.md`), or an `index.md` beside other chapters (alone in a subfolder, an
 * `index.md` is a Hugo page bundle: the chapter itself).
 */
function isFolderPage(file: string, folder: string, files: readonly string[]): boolean {
  const name = basename(file);
  if (/^(?:readme|_index)\.(?:md|markdown|mdx)$/i.test(name)) return true;
  if (!/^index\.(?:md|markdown|mdx)$/i.test(name)) return false;
  const directory = dirname(file);
  return resolve(directory) === resolve(folder) || files.some((other) => other !== file && dirname(other) === directory);
}

/** Whether `other` is the correction of the chapter `file`: `quiz.md` → `quiz-correction.md`, `quiz-corrige.md`… */
function correctionOf(file: string, other: string): boolean {
  const stem = file.replace(/\.(?:md|markdown|mdx)$/i, '');
  return other.startsWith(stem) && /^[-_. ](?:correction|corrige|corrigé|answers|solutions?)\.(?:md|markdown|mdx)$/i.test(other.slice(stem.length));
}

/** Lines with text, the front matter left out. */
function textLines(markdown: string): number {
  const body = markdown.replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '');
  return body.split('\n').filter((line) => line.trim()).length;
}

/**
 * "a.md: 12 cards drafted (4 basic, 8 cloze); skipped: 2 yaml-fix (invalid YAML: 1, empty block: 1);
 * filtered out: 1 cloze (exclamation)": what was drafted, skipped and filtered, per kind with the reasons.
 */
function chapterSummary(locale: Locale, file: string, generated: GeneratedDeck): string {
  const counts = cliSay('generate.counts', locale, { total: generated.deck.cards.length, parts: countByType(generated.deck.cards) });
  const skipped = countsByKind(generated.skipped, (reason) => skipReasonText(reason, locale), locale);
  const filtered = countsByKind(generated.filtered, (reason) => cliSay(`generate.filter.${reason}`, locale), locale);
  return (
    cliSay('generate.chapter', locale, { file, counts }) +
    (skipped ? cliSay('generate.chapter.skipped', locale, { list: skipped }) : '') +
    (filtered ? cliSay('generate.chapter.filtered', locale, { list: filtered }) : '')
  );
}

/** "2 yaml-fix (invalid YAML: 1, empty block: 1), 1 cloze (exclamation)": a reason's count only when there are several. */
function countsByKind<Reason extends string>(counts: CountsByKind<Reason>, reasonText: (reason: Reason) => string, locale: Locale): string {
  return CARD_TYPES.flatMap((type) => {
    const reasons = Object.entries(counts[type] ?? {}) as [Reason, number][];
    if (reasons.length === 0) return [];
    const total = reasons.reduce((sum, [, count]) => sum + count, 0);
    const why = reasons.length === 1 ? reasonText(reasons[0][0]) : reasons.map(([reason, count]) => cliSay('generate.chapter.reasonCount', locale, { reason: reasonText(reason), count })).join(', ');
    return [`${total} ${type} (${why})`];
  }).join(', ');
}

/** "7 basic, 3 cloze, 2 yaml-fix" */
function countByType(cards: readonly Card[]): string {
  return CARD_TYPES.map((type) => [type, cards.filter((card) => card.type === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
