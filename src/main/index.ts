/**
 * The desktop shell: app lifecycle, one hardened window, the IPC bridge to the core. Everything a user
 * does goes through the same router as web mode; this file only wires Electron to it.
 */
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveDataDir } from './core/dataDir';
import { openCore, type Core } from './core/openCore';
import { NewerDatabaseError } from './core/errors';
import { registerIpc } from './ipc';
import { hardenSession, hardenWebContents } from './security/hardenSession';
import { isSafeExternalUrl, type TrustedOrigin } from './security/policies';
import { mainWindowOptions } from './security/windowOptions';

const dataDirFlag = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
const rendererFile = join(import.meta.dirname, '../renderer/index.html');
const origin: TrustedOrigin = {
  rendererFileUrl: pathToFileURL(rendererFile).href,
  devServerUrl: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
};
let core: Core | undefined;

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  hardenWebContents(window.webContents, origin, openExternal);
  window.once('ready-to-show', () => window.show());
  if (origin.devServerUrl) void window.loadURL(origin.devServerUrl);
  else void window.loadFile(rendererFile);
}

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  const dataDir = resolveDataDir(dataDirFlag);
  app.setPath('userData', dataDir);
  try {
    core = openCore({ dataDir, appVersion: app.getVersion(), shell: 'desktop' });
  } catch (error) {
    const message = error instanceof NewerDatabaseError ? error.message : `Casefile could not open its data: ${String(error)}`;
    dialog.showErrorBox('Casefile', message);
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession);
  registerIpc(ipcMain, core.router, origin);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => core?.close());
