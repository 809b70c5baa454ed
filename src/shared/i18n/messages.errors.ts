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
  'error.mediaConflict': {
    fr: 'rien n’a été enregistré : un autre fichier média s’appelle déjà « {name} » dans le dossier des paquets',
    en: 'nothing was saved: another media file is already called "{name}" in the deck folder',
  },
  'error.notWritten': { fr: 'rien n’a été enregistré ({reason})', en: 'nothing was saved ({reason})' },
  'error.pdfFailed': { fr: 'le PDF n’a pas pu être produit ({reason})', en: 'the PDF could not be made ({reason})' },
  'error.pdfNeedsDesktop': {
    fr: 'l’export PDF demande l’application de bureau : exportez en HTML et imprimez-le depuis le navigateur',
    en: 'PDF export needs the desktop app: export HTML and print it from the browser',
  },

  // Why a file could not be read or written, by Node's error code (the app's main process and the CLI)
  'fileError.ENOENT': { fr: 'fichier introuvable', en: 'no such file' },
  'fileError.EISDIR': { fr: 'c’est un dossier', en: 'it is a directory' },
  'fileError.EACCES': { fr: 'permission refusée', en: 'permission denied' },
  'fileError.EPERM': { fr: 'opération non permise', en: 'operation not permitted' },
  'fileError.ENOTDIR': { fr: 'un parent n’est pas un dossier', en: 'a parent is not a directory' },
  'fileError.ENOSPC': { fr: 'le disque est plein', en: 'the disk is full' },
  'fileError.EROFS': { fr: 'le disque est en lecture seule', en: 'the disk is read-only' },
  'fileError.ENAMETOOLONG': { fr: 'un nom de fichier est trop long', en: 'a file name is too long' },
} as const satisfies Catalog;

type FileErrorKey = Extract<keyof typeof errorMessages, `fileError.${string}`>;
export type FileErrorCode = FileErrorKey extends `fileError.${infer Code}` ? Code : never;

export const isFileErrorCode = (code: string): code is FileErrorCode => Object.hasOwn(errorMessages, `fileError.${code}`);

/** A file error as a message parameter: the key of its sentence when Node's code is known (said where the message is shown), else Node's message. */
export function fileErrorParam(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && isFileErrorCode(code) ? `fileError.${code}` : error instanceof Error ? error.message : String(error);
}
