// `kubedeck generate COURSE.md [-o FILE]`: drafts a deck from a course chapter. The drafting is
// src/shared/generator (pure); this command only reads the chapter and writes the deck.
import { access, readFile, writeFile } from 'node:fs/promises';
import type { Locale } from '../shared/i18n';
import { generateDeck, normalizeLang } from '../shared/generator';
import { CARD_TYPES, type Card } from '../shared/decks/types';
import type { Print } from './main';
import { parseCommonOptions, UsageError } from './options';

const HELP: Record<Locale, string> = {
  en: `Usage: kubedeck generate COURSE.md [-o FILE] [--force] [--deck-lang LANG] [--lang fr|en]

Drafts a deck from a course chapter in Markdown (Hugo/Docusaurus style):
  - title, description and tags from the front matter (YAML, or TOML between +++ lines);
  - one tag per ## / ### section, set on the cards drafted in it;
  - basic cards from bullets "- \`term\`: definition" or "- **term** : definition";
  - cloze cards from sentences with **bold**, *italic* or \`code\` terms (a few per section);
  - yaml-fix cards from each \`\`\`yaml block holding Kubernetes manifests, broken in a way
    the API server rejects, with the block as solution.
Every card has origin: generated. Review the draft by hand, then run kubedeck check.

Options:
  -o, --output FILE   Write the deck to FILE (default: standard output)
  --force             Overwrite FILE if it exists (by default an existing deck is kept safe)
  --deck-lang LANG    Language of the deck (e.g. fr, en); default: the front matter's lang,
                      else guessed from the text. Questions, tasks and hints are in French
                      for fr, in English otherwise.
  --lang fr|en        Language of this command's messages (default: from LANG, else English)
  -h, --help          Show this help

Exit status: 0 when a deck was written, 1 when the chapter gives no card,
2 when the chapter cannot be read, the output cannot be written, or on a usage error.`,
  fr: `Usage : kubedeck generate COURS.md [-o FICHIER] [--force] [--deck-lang LANGUE] [--lang fr|en]

Rédige un brouillon de deck à partir d'un chapitre de cours en Markdown (style Hugo/Docusaurus) :
  - titre, description et tags depuis le front matter (YAML, ou TOML entre lignes +++) ;
  - un tag par section ## / ###, posé sur les cartes qui en viennent ;
  - cartes basic depuis les puces « - \`terme\` : définition » ou « - **terme** : définition » ;
  - cartes cloze depuis les phrases avec des termes en **gras**, *italique* ou \`code\` (quelques-unes par section) ;
  - cartes yaml-fix depuis chaque bloc \`\`\`yaml contenant des manifestes Kubernetes, cassé d'une
    façon que le serveur d'API refuse, avec le bloc d'origine comme solution.
Toutes les cartes ont origin: generated. Relisez le brouillon à la main, puis lancez kubedeck check.

Options :
  -o, --output FICHIER  Écrit le deck dans FICHIER (par défaut : la sortie standard)
  --force               Écrase FICHIER s'il existe (par défaut un deck existant est préservé)
  --deck-lang LANGUE    Langue du deck (ex. fr, en) ; par défaut : le lang du front matter,
                        sinon déduite du texte. Questions, consignes et indices sont en français
                        pour fr, en anglais sinon.
  --lang fr|en          Langue des messages de cette commande (par défaut : selon LANG, sinon anglais)
  -h, --help            Affiche cette aide

Code de sortie : 0 si un deck a été écrit, 1 si le chapitre ne donne aucune carte,
2 si le chapitre est illisible, si la sortie ne peut pas être écrite, ou sur une erreur d'usage.`,
};

const MESSAGES = {
  en: {
    oneCourse: 'expects one course file (see --help)',
    missingValue: (option: string) => `${option} needs a value`,
    badDeckLang: (value: string) => `--deck-lang must be a language tag such as fr or en, not "${value}"`,
    cannotRead: (file: string, detail: string) => `cannot read ${file}: ${detail}`,
    exists: (file: string) => `${file} already exists: choose another file, or add --force to overwrite it`,
    cannotWrite: (file: string, detail: string) => `cannot write ${file}: ${detail}`,
    noCard: (file: string) =>
      `${file}: no card could be drafted (no "term: definition" bullet, no sentence with a bold, italic or code term, no Kubernetes YAML block)`,
    note: (file: string, note: string) => `${file}: note: ${note}`,
    summary: (count: string, target: string) => `${count} drafted → ${target}; review them by hand, then run kubedeck check`,
    counts: (total: number, parts: string) => `${total} card(s) (${parts})`,
  },
  fr: {
    oneCourse: 'attend un fichier de cours (voir --help)',
    missingValue: (option: string) => `${option} demande une valeur`,
    badDeckLang: (value: string) => `--deck-lang doit être un code de langue comme fr ou en, pas « ${value} »`,
    cannotRead: (file: string, detail: string) => `impossible de lire ${file} : ${detail}`,
    exists: (file: string) => `${file} existe déjà : choisissez un autre fichier, ou ajoutez --force pour l'écraser`,
    cannotWrite: (file: string, detail: string) => `impossible d'écrire ${file} : ${detail}`,
    noCard: (file: string) =>
      `${file} : aucune carte n'a pu être rédigée (ni puce « terme : définition », ni phrase avec un terme en gras, italique ou code, ni bloc YAML Kubernetes)`,
    note: (file: string, note: string) => `${file} : note : ${note}`,
    summary: (count: string, target: string) => `${count} rédigée(s) → ${target} ; relisez-les à la main, puis lancez kubedeck check`,
    counts: (total: number, parts: string) => `${total} carte(s) (${parts})`,
  },
} satisfies Record<Locale, unknown>;

interface GenerateOptions {
  locale: Locale;
  course?: string;
  output?: string;
  force: boolean;
  deckLang?: string;
  help: boolean;
}

/** Takes this command's own options out, then lets the shared parser handle `--lang` and the rest. */
function parseGenerateOptions(args: string[]): GenerateOptions {
  const rest: string[] = [];
  const options: Omit<GenerateOptions, 'locale'> = { force: false, help: false };
  let missingValue: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    if (name === '-o' || name === '--output' || name === '--deck-lang') {
      const value = inlineValue ?? (args[i + 1]?.startsWith('-') ? undefined : args[++i]);
      if (!value) missingValue ??= name;
      else if (name === '--deck-lang') options.deckLang = value;
      else options.output = value;
    } else if (arg === '--force') {
      options.force = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else {
      rest.push(arg);
    }
  }
  const { locale, positional } = parseCommonOptions(rest);
  const messages = MESSAGES[locale];
  if (options.help) return { ...options, locale };
  if (missingValue) throw new UsageError(messages.missingValue(missingValue));
  if (positional.length !== 1) throw new UsageError(messages.oneCourse);
  if (options.deckLang !== undefined && !normalizeLang(options.deckLang)) {
    throw new UsageError(messages.badDeckLang(options.deckLang));
  }
  return { ...options, locale, course: positional[0] };
}

export async function runGenerate(args: string[], out: Print, err: Print): Promise<number> {
  let options: GenerateOptions;
  try {
    options = parseGenerateOptions(args);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`kubedeck generate: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { locale } = options;
  const messages = MESSAGES[locale];
  if (options.help) {
    out(HELP[locale]);
    return 0;
  }
  const course = options.course!;
  // Checked first: a deck edited by hand must not be lost to a second run.
  if (options.output && !options.force && (await exists(options.output))) {
    err(`kubedeck generate: ${messages.exists(options.output)}`);
    return 2;
  }
  let markdown: string;
  try {
    markdown = await readFile(course, 'utf8');
  } catch (error) {
    err(`kubedeck generate: ${messages.cannotRead(course, reason(error, locale))}`);
    return 2;
  }

  const { deck, yaml, notes } = generateDeck(markdown, { fileName: course, lang: options.deckLang, locale });
  for (const note of notes) err(messages.note(course, note));
  if (deck.cards.length === 0) {
    err(`kubedeck generate: ${messages.noCard(course)}`);
    return 1;
  }

  const summary = messages.counts(deck.cards.length, countByType(deck.cards));
  if (!options.output) {
    out(yaml.trimEnd());
    // The deck is on standard output: the summary goes with the notes.
    err(messages.summary(summary, 'stdout'));
    return 0;
  }
  try {
    await writeFile(options.output, yaml);
  } catch (error) {
    err(`kubedeck generate: ${messages.cannotWrite(options.output, reason(error, locale))}`);
    return 2;
  }
  out(messages.summary(summary, options.output));
  return 0;
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

const FILE_ERRORS: Record<Locale, Record<string, string>> = {
  en: { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied', ENOTDIR: 'a parent is not a directory' },
  fr: { ENOENT: 'fichier introuvable', EISDIR: "c'est un dossier", EACCES: 'permission refusée', ENOTDIR: "un parent n'est pas un dossier" },
};

function reason(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && FILE_ERRORS[locale][code]) ?? (error instanceof Error ? error.message : String(error));
}
