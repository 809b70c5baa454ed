// Why a progress backup is refused, French and English side by side. The place (`cardStates[12]`)
// and field names are the file's own JSON keys, the same in both languages.
import type { Catalog } from '../i18n';

export const BACKUP_MESSAGES = {
  'backup.at': { fr: '{where} : {message}', en: '{where}: {message}' },
  'backup.notJson': { fr: 'ce n’est pas du JSON lisible', en: 'not readable JSON' },
  'backup.notBackup': { fr: 'ce n’est pas un fichier {format}', en: 'not a {format} file' },
  'backup.notObject': { fr: 'un objet est attendu', en: 'not an object' },
  'backup.notList': { fr: 'une liste est attendue', en: 'must be a list' },
  'backup.notLists': { fr: '{fields} doivent être des listes', en: '{fields} must be lists' },
  'backup.entryCount': {
    fr: '{count, plural, one {# entrée attendue} other {# entrées attendues}}, une par question',
    en: '{count, plural, one {# entry expected} other {# entries expected}}, one per question',
  },
  'backup.memoryState': { fr: 'état de mémoire invalide', en: 'invalid memory state' },
  'backup.number': { fr: 'nombre attendu pour {fields}', en: 'a number is expected for {fields}' },
  'backup.text': { fr: 'texte attendu pour {fields}', en: 'a text is expected for {fields}' },
  'backup.boolean': { fr: 'true ou false attendu pour {fields}', en: 'true or false is expected for {fields}' },
  'backup.oneOf': { fr: '{field} doit valoir {values}', en: '{field} must be {values}' },
  'backup.side': { fr: 'front, reverse ou un trou avec son numéro est attendu', en: 'must be front, reverse or a gap with its index' },
  'backup.cardWithId': { fr: 'une carte avec un id est attendue', en: 'must be a card with an id' },
  'backup.invalidCard': { fr: 'carte invalide ({problem})', en: 'not a valid card ({problem})' },
  'backup.notQuestion': { fr: 'une carte {type} n’est pas une question', en: 'a {type} card is not a question' },
  'backup.keyAndDeck': { fr: 'key et deckId sont attendus', en: 'must have a key and a deckId' },
  'backup.answer': { fr: 'null, des numéros de choix ou un texte est attendu', en: 'must be null, chosen indexes or a text' },
  'backup.questionScore': { fr: 'des points entre 0 et 1 et un résultat sont attendus', en: 'must have points between 0 and 1 and an outcome' },
  'backup.topicScore': {
    fr: 'un thème, un nombre de questions, des points et un maximum sont attendus',
    en: 'must have a tag, a question count, points and a maximum',
  },
  'backup.score': { fr: 'points, max et percent sont attendus', en: 'must have points, max and percent' },
  'backup.notSubmitted': { fr: 'seuls les quiz et examens rendus sont gardés dans une sauvegarde', en: 'only submitted attempts are kept in a backup' },
  'backup.current': { fr: 'current doit être le numéro d’une question', en: '"current" must be the index of a question' },
} as const satisfies Catalog;

export type BackupErrorCode = Exclude<keyof typeof BACKUP_MESSAGES, 'backup.at'>;
