// What `npm start` prints, French and English side by side (French when LANG says so, as the CLI does).
import { say, type Catalog } from '../shared/i18n/catalog.ts';
import type { MessageParams } from '../shared/i18n/interpolate.ts';
import type { Locale } from '../shared/i18n/locale.ts';

export const LAUNCHER_MESSAGES = {
  'start.noElectron': {
    fr: 'Le binaire d’Electron n’est pas installé (il ne se télécharge pas hors ligne) : KubeDeck démarre donc comme application web sur 127.0.0.1.',
    en: 'The Electron binary is not installed (it cannot be downloaded offline), so KubeDeck starts as a web app on 127.0.0.1 instead.',
  },
  'start.badPort': {
    fr: 'KUBEDECK_PORT doit être un numéro de port entre 1 et 65535, pas « {value} ».',
    en: 'KUBEDECK_PORT must be a port number from 1 to 65535, not "{value}".',
  },
  'start.portInUse': {
    fr: 'Le port {port} est déjà pris, essai du port {next} (la progression est rangée par port : celle du port {port} n’y apparaît pas).',
    en: 'Port {port} is already in use, trying port {next} (progress is kept per port: what was studied on port {port} does not show there).',
  },
  'start.noFreePort': {
    fr: 'Les ports {first} à {last} sont tous pris : choisissez-en un libre avec KUBEDECK_PORT.',
    en: 'Ports {first} to {last} are all in use: choose a free one with KUBEDECK_PORT.',
  },
  'start.opening': {
    fr: 'Ouverture de KubeDeck dans une fenêtre Chromium ({url}). Ctrl+C pour arrêter.',
    en: 'Opening KubeDeck in a Chromium window ({url}). Press Ctrl+C to stop.',
  },
  'start.openingAsRoot': {
    fr: 'Ouverture de KubeDeck dans une fenêtre Chromium ({url}), lancé avec --no-sandbox car vous êtes root. Ctrl+C pour arrêter.',
    en: 'Opening KubeDeck in a Chromium window ({url}), started with --no-sandbox since you are root. Press Ctrl+C to stop.',
  },
  'start.browserFailed': {
    fr: 'Chromium s’est arrêté ({detail}) sans ouvrir de fenêtre : ouvrez {url} dans un navigateur.',
    en: 'Chromium stopped ({detail}) without opening a window: open {url} in a browser.',
  },
  'start.served.disabled': {
    fr: 'KubeDeck est servi sur {url} (pas de fenêtre : KUBEDECK_NO_BROWSER est défini). Ctrl+C pour arrêter.',
    en: 'KubeDeck is served at {url} (no window: KUBEDECK_NO_BROWSER is set). Press Ctrl+C to stop.',
  },
  'start.served.no-chromium': {
    fr: 'KubeDeck est servi sur {url} ; aucun Chromium trouvé (indiquez-le avec CHROME_PATH), ouvrez cette adresse dans un navigateur. Ctrl+C pour arrêter.',
    en: 'KubeDeck is served at {url}; no Chromium was found (name one with CHROME_PATH), so open that address in a browser. Press Ctrl+C to stop.',
  },
  'start.served.no-display': {
    fr: 'KubeDeck est servi sur {url} ; aucune fenêtre ouverte car il n’y a pas d’écran (ni DISPLAY ni WAYLAND_DISPLAY), ouvrez cette adresse dans un navigateur. Ctrl+C pour arrêter.',
    en: 'KubeDeck is served at {url}; no window was opened since there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so open that address in a browser. Press Ctrl+C to stop.',
  },
  'start.stopped': { fr: 'KubeDeck est arrêté.', en: 'KubeDeck stopped.' },
} as const satisfies Catalog;

export type LauncherMessageKey = keyof typeof LAUNCHER_MESSAGES;

export function launcherLocale(env: NodeJS.ProcessEnv): Locale {
  return (env.LC_ALL || env.LANG)?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function launcherSay(key: LauncherMessageKey, locale: Locale, params: MessageParams = {}): string {
  return say(LAUNCHER_MESSAGES[key], locale, params);
}
