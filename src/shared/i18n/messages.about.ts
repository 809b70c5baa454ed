// Strings of the About screen (issue 18), French and English side by side.
import type { Catalog } from './catalog';

export const aboutMessages = {
  'nav.about': { fr: 'À propos', en: 'About' },
  'about.heading': { fr: 'À propos de KubeDeck', en: 'About KubeDeck' },
  'about.summary': {
    fr: 'Une application hors ligne pour réviser le stockage et le réseau dans Kubernetes : cartes, quiz, examens et manifestes à corriger.',
    en: 'An offline app for revising storage and networking in Kubernetes: cards, quizzes, exams and manifests to fix.',
  },
  'about.version': { fr: 'Version', en: 'Version' },
  'about.licence': { fr: 'Licence', en: 'Licence' },
  'about.licence.none': {
    fr: 'Pas encore choisie (package.json n’en déclare aucune).',
    en: 'Not chosen yet (package.json declares none).',
  },
  'about.course': { fr: 'Cours d’origine', en: 'Course' },
  'about.course.text': {
    fr: 'Les paquets fournis sont écrits d’après le chapitre « {title} » du cours Kubernetes de {author}, publié sous licence {licence} ({url}) : ils se partagent aux mêmes conditions, sans usage commercial.',
    en: 'The bundled decks are written from the chapter "{title}" of the Kubernetes course by {author}, published under {licence} ({url}): they are shared on the same terms, for non-commercial use.',
  },
  'about.storage': { fr: 'Où est rangée votre progression', en: 'Where your progress is kept' },
  'about.storage.desktop': {
    fr: 'Dans la base IndexedDB de l’application ({origin}), dans son dossier de profil : ~/.config/KubeDeck sous Linux, %APPDATA%\\KubeDeck sous Windows, ~/Library/Application Support/KubeDeck sous macOS.',
    en: 'In the app’s IndexedDB database ({origin}), inside its profile folder: ~/.config/KubeDeck on Linux, %APPDATA%\\KubeDeck on Windows, ~/Library/Application Support/KubeDeck on macOS.',
  },
  'about.storage.browser': {
    fr: 'Dans la base IndexedDB de ce navigateur, pour cette adresse seulement ({origin}) : une autre adresse, un autre port ou un autre profil de navigateur part de zéro, et effacer les données du site l’efface. npm start ouvre l’application dans son propre profil Chromium (~/.config/kubedeck/web-profile).',
    en: 'In this browser’s IndexedDB, for this address only ({origin}): another address, port or browser profile starts from nothing, and clearing the site’s data erases it. npm start opens the app in its own Chromium profile (~/.config/kubedeck/web-profile).',
  },
  'about.storage.backup': {
    fr: 'Réglages exporte la progression dans un fichier JSON et la réimporte.',
    en: 'Settings exports your progress to a JSON file and imports it back.',
  },
} as const satisfies Catalog;
