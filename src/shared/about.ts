// What the About screen states: the app's version and licence (from package.json) and where the
// bundled decks come from. Facts only; the sentences are in the about catalog.
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;

/** The SPDX licence of package.json, or undefined while the project has not declared one. */
export const APP_LICENCE: string | undefined = (packageJson as { license?: string }).license;

/** The course chapter the bundled decks were written from, and the terms it is published under. */
export const COURSE_SOURCE = {
  title: '08 - Cours - Le stockage et le réseau dans Kubernetes',
  author: 'Uptime Formation',
  licence: 'CC BY-NC-SA 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
} as const;
