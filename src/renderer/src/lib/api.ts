// The one API object the renderer talks to. `$platform` is the preload bridge in the Electron
// build and the browser implementation in the web build (chosen by each Vite config).
import { canPrintToPdf, createPlatformApi, progressStorageKey, userDeckFolderHint } from '$platform';

export const api = createPlatformApi();
export { canPrintToPdf, progressStorageKey, userDeckFolderHint };
