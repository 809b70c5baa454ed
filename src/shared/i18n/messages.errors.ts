// Errors that cross a boundary (the IPC contract, the browser platform) as codes: main and the
// web twin return `{ code, params }`, and the renderer says them in the UI language.
import type { Catalog } from './catalog';

export const errorMessages = {
  'error.deckNotFound': { fr: 'aucun paquet n’a l’identifiant « {id} »', en: 'no deck has the id "{id}"' },
  'error.deckInvalid': { fr: 'paquet refusé : {problem}', en: 'deck refused: {problem}' },
  'error.bundledId': {
    fr: '« {id} » est l’identifiant d’un paquet fourni avec l’application',
    en: '"{id}" is the id of a deck that comes with the app',
  },
  'error.bundledDelete': { fr: '« {id} » est fourni avec l’application et ne peut pas être supprimé', en: '"{id}" comes with the app and cannot be deleted' },
  'error.noImportedDeck': { fr: 'aucun paquet importé n’a l’identifiant « {id} »', en: 'no imported deck has the id "{id}"' },
  'error.notWritten': { fr: 'rien n’a été enregistré ({reason})', en: 'nothing was saved ({reason})' },
  'error.pdfFailed': { fr: 'le PDF n’a pas pu être produit ({reason})', en: 'the PDF could not be made ({reason})' },
  'error.pdfNeedsDesktop': {
    fr: 'l’export PDF demande l’application de bureau : exportez en HTML et imprimez-le depuis le navigateur',
    en: 'PDF export needs the desktop app: export HTML and print it from the browser',
  },
} as const satisfies Catalog;
