// What the `kubedeck` commands print themselves, French and English side by side. Command help
// (synopsis, options, descriptions) stays in each command's table; this is everything else.
import { isMessageKey, say, translate, type Catalog, type Locale, type MessageParams } from '../shared/i18n';
import { fileErrorParam } from '../shared/i18n/messages.errors';

export const CLI_MESSAGES = {
  // Framing, shared by every command
  'cli.failed': { fr: 'kubedeck {command} : {message}', en: 'kubedeck {command}: {message}' },
  'cli.failedOn': { fr: 'kubedeck {command} : {subject} : {message}', en: 'kubedeck {command}: {subject}: {message}' },
  'cli.warning': { fr: 'avertissement : {message}', en: 'warning: {message}' },
  'cli.usage': { fr: 'Usage : kubedeck {command} {synopsis}', en: 'Usage: kubedeck {command} {synopsis}' },
  'cli.usage.main': { fr: 'Usage : kubedeck COMMANDE [options]', en: 'Usage: kubedeck COMMAND [options]' },
  'cli.commands': { fr: 'Commandes :', en: 'Commands:' },
  'cli.options': { fr: 'Options :', en: 'Options:' },
  'cli.version': { fr: 'Affiche la version de kubedeck', en: 'Print the version of kubedeck' },
  'cli.commandHelp': {
    fr: 'Lancez « kubedeck COMMANDE --help » pour les options d’une commande.',
    en: 'Run "kubedeck COMMAND --help" for the options of a command.',
  },
  'cli.unknownCommand': { fr: 'kubedeck : commande inconnue « {name} »', en: 'kubedeck: unknown command "{name}"' },

  // Usage errors (exit 2)
  'usage.badLang': { fr: '--lang doit valoir fr ou en, pas « {value} »', en: '--lang must be fr or en, not "{value}"' },
  'usage.unknownOption': { fr: 'option inconnue « {option} » (voir --help)', en: 'unknown option "{option}" (see --help)' },
  'usage.needsValue': { fr: '{option} demande une valeur', en: '{option} needs a value' },
  'usage.takesNoValue': { fr: '{option} ne prend pas de valeur', en: '{option} takes no value' },
  'usage.badDeckLang': {
    fr: '--deck-lang doit être un code de langue comme fr ou en, pas « {value} »',
    en: '--deck-lang must be a language tag such as fr or en, not "{value}"',
  },
  'usage.badFormat': { fr: '--format vaut l’un de {formats}, pas « {value} »', en: '--format must be one of {formats}, not "{value}"' },
  'usage.formatNeedsOutput': { fr: '--format {format} demande -o FICHIER', en: '--format {format} needs -o FILE' },
  'usage.badNow': { fr: '--now est une date (ex. 2025-01-31T12:00:00Z) : {value}', en: '--now must be a date (e.g. 2025-01-31T12:00:00Z): {value}' },
  'usage.exportNeedsDeck': {
    fr: 'donnez au moins un paquet (un fichier, ou l’id d’un paquet de decks/)',
    en: 'give at least one deck (a file, or the id of a deck in decks/)',
  },
  'usage.importNeedsFile': { fr: 'donnez au moins un fichier à importer', en: 'give at least one file to import' },
  'usage.lintNeedsFile': {
    fr: 'donnez au moins un fichier de manifestes (ou - pour l’entrée standard)',
    en: 'give at least one manifest file (or - for standard input)',
  },
  'usage.generateNeedsCourse': { fr: 'attend un fichier ou un dossier de cours (voir --help)', en: 'expects one course file or folder (see --help)' },
  'usage.notAFolder': { fr: '{dir} n’est pas un dossier', en: '{dir} is not a folder' },

  // Files
  'file.cannotRead': { fr: 'impossible de lire {file} : {reason}', en: 'cannot read {file}: {reason}' },
  'file.cannotWrite': { fr: 'impossible d’écrire {file} : {reason}', en: 'cannot write {file}: {reason}' },
  'file.exists': {
    fr: '{file} existe déjà : choisissez un autre fichier, ou ajoutez --force pour l’écraser',
    en: '{file} already exists: choose another file, or add --force to overwrite it',
  },

  // export
  'export.notFound': { fr: 'ni fichier lisible ni paquet de decks/ : {argument}', en: 'neither a readable file nor a deck of decks/: {argument}' },
  'export.notWrittenBack': {
    fr: 'attention : la note Anki {guid} a été modifiée d’une façon que son type de note ne peut pas recevoir ; elle part comme note KubeDeck, et Anki gardera sa propre version',
    en: 'warning: Anki note {guid} was edited in a way its note type cannot hold; it goes as a KubeDeck note, and Anki will keep its own version',
  },
  'export.written': {
    fr: '{decks, plural, one {# paquet} other {# paquets}}, {cards, plural, one {# carte} other {# cartes}} → {output}',
    en: '{decks, plural, one {# deck} other {# decks}}, {cards, plural, one {# card} other {# cards}} → {output}',
  },

  // import
  'import.added': {
    fr: 'ajouté {id} « {title} » ({count, plural, one {# carte} other {# cartes}}) → {path}',
    en: 'added {id} "{title}" ({count, plural, one {# card} other {# cards}}) → {path}',
  },
  'import.replaced': {
    fr: 'remplacé {id} « {title} » ({count, plural, one {# carte} other {# cartes}}) → {path}',
    en: 'replaced {id} "{title}" ({count, plural, one {# card} other {# cards}}) → {path}',
  },
  'import.mediaConflict': { fr: '{path} existe avec un autre contenu : il n’est pas écrasé', en: '{path} exists with other content: not overwritten' },

  // check and lint
  'check.summary': {
    fr: '{files, plural, one {# fichier} other {# fichiers}}, {cards, plural, one {# carte} other {# cartes}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}',
    en: '{files, plural, one {# file} other {# files}}, {cards, plural, one {# card} other {# cards}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  },
  'lint.summary': {
    fr: '{files, plural, one {# fichier} other {# fichiers}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}',
    en: '{files, plural, one {# file} other {# files}}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  },

  // generate
  'generate.folderNeedsOutput': {
    fr: 'un dossier de cours demande -o DOSSIER, où un paquet par chapitre est écrit (ou -o FICHIER avec --single)',
    en: 'a course folder needs -o FOLDER, where one deck per chapter is written (or -o FILE with --single)',
  },
  'generate.noChapter': { fr: '{folder} ne contient aucun chapitre Markdown (.md)', en: '{folder} holds no Markdown chapter (.md)' },
  'generate.tooShort': {
    fr: '{file} : trop court pour en tirer un paquet ({lines, plural, one {# ligne} other {# lignes}} de texte, il en faut au moins {min})',
    en: '{file}: too short to draft a deck from ({lines, plural, one {# line} other {# lines}} of text, at least {min} are needed)',
  },
  'generate.noCard': {
    fr: '{file} : aucune carte n’a pu être rédigée (ni puce « terme : définition », ni phrase avec un terme en gras, italique ou code, ni tableau, ni commande, ni bloc YAML Kubernetes, ni quiz)',
    en: '{file}: no card could be drafted (no "term: definition" bullet, no sentence with a bold, italic or code term, no table, no command, no Kubernetes YAML block, no quiz)',
  },
  'generate.notChapter': {
    fr: '{file} : ignoré, ce n’est pas un chapitre (le README ou la page d’index du dossier)',
    en: '{file}: skipped, not a chapter (the folder’s README or index page)',
  },
  'generate.note': { fr: '{file} : note : {note}', en: '{file}: note: {note}' },
  'generate.written': {
    fr: '{counts} → {target} ; relisez-les à la main, puis lancez kubedeck check',
    en: '{counts} → {target}; review them by hand, then run kubedeck check',
  },
  'generate.counts': {
    fr: '{total, plural, one {# carte rédigée} other {# cartes rédigées}} ({parts})',
    en: '{total, plural, one {# card drafted} other {# cards drafted}} ({parts})',
  },
  'generate.chapter': { fr: '{file} : {counts}', en: '{file}: {counts}' },
  'generate.chapter.skipped': { fr: ' ; écartées : {list}', en: '; skipped: {list}' },
  'generate.chapter.filtered': { fr: ' ; filtrées : {list}', en: '; filtered out: {list}' },
  'generate.chapter.reasonCount': { fr: '{reason} : {count}', en: '{reason}: {count}' },
  'generate.filter.needs-context': { fr: 'dépend du texte qui précède', en: 'needs the text before it' },
  'generate.filter.exclamation': { fr: 'exclamation', en: 'exclamation' },
  'generate.filter.sentence-gap': { fr: 'un trou qui est une phrase', en: 'a gap that is a phrase' },
  'generate.filter.same-answer': { fr: 'même réponse qu’une autre carte', en: 'same answer as another card' },
  'generate.filter.too-long': { fr: 'plus longue qu’un écran', en: 'longer than a screen' },
} as const satisfies Catalog;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

/** A CLI message in `locale`. */
export function cliSay(key: CliMessageKey, locale: Locale, params: MessageParams = {}): string {
  return say(CLI_MESSAGES[key], locale, params);
}

/** Why a file could not be read or written, in the reader's language (Node's own message otherwise). */
export function fileReason(error: unknown, locale: Locale): string {
  const reason = fileErrorParam(error);
  return isMessageKey(reason) ? translate(locale, reason) : reason;
}
