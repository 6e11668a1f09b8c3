/**
 * The Electron main process: lifecycle, the one window, and the security checklist (context isolation,
 * sandbox, no Node in the page, strict CSP, no navigation or new windows, one instance).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, safeStorage, session, shell } from 'electron';
import { type Backend, startBackend } from './backend';
import { registerIpc } from './ipc';
import { contentSecurityPolicy } from './security';
import { AppError } from '../shared/errors';
import { type DesktopPort, isMailto } from './desktop/port';
import { describeStartupError } from './startup-error';
import type { KeyProtector } from './sync/key-protector';

const rendererIndex = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');
const rendererRoot = pathToFileURL(path.dirname(rendererIndex)).href;
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

const isOwnPage = (url: string) => url.startsWith(rendererRoot + '/');

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'LWU Desk',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.on('will-navigate', (e, url) => {
    if (isOwnPage(url)) return;
    e.preventDefault();
    // "For e-mail" navigates to a mailto: link, as in a browser: it goes to the mail program, and nothing else does.
    if (isMailto(url)) void desktop.openExternal(url).catch(() => undefined);
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web (a user manual, say) open in the system browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    else if (isMailto(url)) void desktop.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  void mainWindow.loadFile(rendererIndex);
}

/** The office's private keys under the OS keychain (DPAPI on Windows), where the system offers it. */
function safeStorageProtector(): KeyProtector | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    scheme: 'safeStorage',
    protect: (plain) => safeStorage.encryptString(plain.toString('base64')).toString('base64'),
    unprotect: (stored) => Buffer.from(safeStorage.decryptString(Buffer.from(stored, 'base64')), 'base64'),
  };
}

/** Native dialogs and the shell for the backend (electron/desktop/port.ts): folders, the file manager, e-mail. */
const desktop: DesktopPort = {
  nativeDialogs: true,
  chooseFolder: async ({ defaultPath }) => {
    const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'], defaultPath };
    const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return { available: true, folder: r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0] };
  },
  revealInFolder: async (file) => {
    if (!fs.existsSync(file)) throw new AppError('desktop.fileNotFound', { file });
    shell.showItemInFolder(file);
  },
  openExternal: async (url) => {
    // Only e-mail: a page that could hand any URL to the system could start any program that claims a scheme.
    if (!isMailto(url)) return;
    await shell.openExternal(url);
  },
};

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  try {
    backend = await startBackend({ dataDir: app.getPath('userData'), transport: 'ipc', keyProtector: safeStorageProtector(), desktop });
  } catch (e) {
    dialog.showErrorBox('LWU Desk', `${describeStartupError(e, 'lo')}\n\n${describeStartupError(e, 'en')}`);
    app.exit(1);
    return;
  }
  registerIpc(backend.dispatch, isOwnPage);
  Menu.setApplicationMenu(null);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  void backend?.close();
});

void start();
