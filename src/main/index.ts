// Electron main process: app lifecycle, the one window, the app protocol and IPC.
// Decisions live in security.ts, ipc.ts, protocol.ts and deckService.ts, where tests reach them.
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeckService } from './deckService';
import { createIpcHandlers } from './ipc';
import { serveAppRequest } from './protocol';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  devServerFrom,
  isAllowedNavigation,
  isAppUrl,
  mainWindowOptions,
  permissionDecision,
  printWindowOptions,
  windowOpenDecision,
} from './security';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererRoot = join(here, '../renderer');
const preloadPath = join(here, '../preload/index.cjs');
// electron-vite sets this only in `dev`, for its loopback dev server; nothing else is loaded.
const devServerUrl = devServerFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

// Must happen before `ready`: gives the app a stable, secure origin (and so a stable IndexedDB).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// A second instance would open the same IndexedDB: hand over to the first one instead.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

let mainWindow: BrowserWindow | undefined;

function bundledDecksFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'decks') : join(app.getAppPath(), 'decks');
}

/** Prints our own HTML sheet (no script runs in it) in a hidden window. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow(printWindowOptions());
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
  } finally {
    window.destroy();
  }
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(preloadPath, join(app.getAppPath(), 'resources/icon.png')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = undefined));
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(windowOpenDecision);
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  if (!isFirstInstance) return;
  const deckFolders = { bundled: bundledDecksFolder(), user: join(app.getPath('userData'), 'decks') };
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, { renderer: rendererRoot, decks: deckFolders }));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionDecision()));
  session.defaultSession.setPermissionCheckHandler(permissionDecision);

  const api = createDeckService(
    deckFolders,
    { systemLocale: () => app.getLocale(), printToPdf },
  );
  for (const [channel, handler] of createIpcHandlers(api, (url) => isAppUrl(url, devServerUrl))) {
    ipcMain.handle(channel, handler);
  }

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
