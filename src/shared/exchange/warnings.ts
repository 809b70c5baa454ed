// What an import changed or left out without failing, for the user to review (fr and en).
import { say, type Catalog, type Locale } from '../i18n';

export const IMPORT_WARNINGS = {
  'empty-note': {
    fr: 'Note {note} ignorée : recto ou verso vide',
    en: 'Note {note} skipped: empty front or back',
  },
  'cloze-without-gap': {
    fr: 'Note {note} : texte à trous sans trou, importée en question-réponse',
    en: 'Note {note}: cloze without any gap, imported as a basic card',
  },
  'empty-back': {
    fr: 'Note {note} : verso vide, la carte est gardée avec un verso « — »',
    en: 'Note {note}: empty back, the card is kept with "—" as its back',
  },
  'image-occlusion': {
    fr: 'Note {note} : masquage d’image importé comme son image seule (les zones masquées sont perdues)',
    en: 'Note {note}: image occlusion imported as its image only (the masked areas are lost)',
  },
  dropped: {
    fr: 'Non importé : {count} × {what} (KubeDeck ne sait pas encore l’afficher)',
    en: 'Not imported: {count} × {what} (KubeDeck cannot show it yet)',
  },
  'edited-in-anki': {
    fr: 'Note {note} : modifiée dans Anki, relue depuis ses champs (les données KubeDeck de la carte sont ignorées)',
    en: 'Note {note}: edited in Anki, read from its fields (the card\'s KubeDeck data is ignored)',
  },
  'media-renamed': {
    fr: 'Média « {from} » renommé « {to} » (nom de fichier dangereux ou en double)',
    en: 'Media "{from}" renamed "{to}" (unsafe or duplicate file name)',
  },
  'media-missing': {
    fr: 'Média « {name} » annoncé mais absent du paquet',
    en: 'Media "{name}" is listed but missing from the package',
  },
  'deck-renamed': {
    fr: 'Paquet « {title} » : l’identifiant « {from} » est déjà pris, il devient « {to} »',
    en: 'Deck "{title}": id "{from}" is already taken, it becomes "{to}"',
  },
} as const satisfies Catalog;

export type ImportWarningCode = keyof typeof IMPORT_WARNINGS;

export interface ImportWarning {
  code: ImportWarningCode;
  params: Record<string, string | number>;
}

export function importWarningMessage(warning: ImportWarning, locale: Locale): string {
  return say(IMPORT_WARNINGS[warning.code], locale, warning.params);
}
