/**
 * The desktop shell: app lifecycle, one hardened window, the IPC bridge to the core, the evidence
 * protocol and the desktop-only methods (picker, capture, open with). Everything a user does goes through
 * the same router as web mode; this file only wires Electron to it — the decisions live in tested
 * modules (security/, desktop/).
 */
import {
  app,
  BrowserWindow,
  desktopCapturer,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveDataDir } from './core/dataDir';
import { openCore, type Core } from './core/openCore';
import { NewerDatabaseError } from './core/errors';
import { EVIDENCE_SCHEME, EVIDENCE_SCHEME_PRIVILEGES, evidenceProtocolResponse } from './desktop/evidenceProtocol';
import { sweepOpenCopies } from './desktop/openExternal';
import { createShellHandlers, type DesktopDeps } from './desktop/shellHandlers';
import { startReminderNotifier, type ReminderNotifier } from './desktop/reminderNotifier';
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
let mainWindow: BrowserWindow | undefined;
let reminders: ReminderNotifier | undefined;

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

/** Electron's side of the desktop-only methods; dialogs are modal to the main window when there is one. */
const desktopDeps: DesktopDeps = {
  showOpenDialog: (options: OpenDialogOptions) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  showMessageBox: (options: MessageBoxOptions) =>
    mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
  showSaveDialog: (options: SaveDialogOptions) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  downloadsDir: () => app.getPath('downloads'),
  openPath: (path) => shell.openPath(path),
  tempDir: () => app.getPath('temp'),
  getSources: (options) => desktopCapturer.getSources(options),
  getAllDisplays: () => screen.getAllDisplays(),
};

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  hardenWebContents(window.webContents, origin, openExternal);
  window.once('ready-to-show', () => window.show());
  if (origin.devServerUrl) void window.loadURL(origin.devServerUrl);
  else void window.loadFile(rendererFile);
}

if (!app.requestSingleInstanceLock()) app.quit();

// Must happen before 'ready'. Serves evidence to the page by id (see desktop/evidenceProtocol.ts).
protocol.registerSchemesAsPrivileged([{ scheme: EVIDENCE_SCHEME, privileges: EVIDENCE_SCHEME_PRIVILEGES }]);

app.whenReady().then(() => {
  const dataDir = resolveDataDir(dataDirFlag);
  app.setPath('userData', dataDir);
  try {
    core = openCore({
      dataDir,
      appVersion: app.getVersion(),
      shell: 'desktop',
      shellHandlers: createShellHandlers(desktopDeps),
    });
  } catch (error) {
    const message = error instanceof NewerDatabaseError ? error.message : `Casefile could not open its data: ${String(error)}`;
    dialog.showErrorBox('Casefile', message);
    app.exit(1);
    return;
  }
  const opened = core;
  hardenSession(session.defaultSession);
  session.defaultSession.protocol.handle(EVIDENCE_SCHEME, (request) =>
    evidenceProtocolResponse(request, opened.router, { vaultRoot: opened.ctx.vault.root, dataDir }),
  );
  registerIpc(ipcMain, core.router, origin);
  // Copies opened in other programs on earlier days: evidence should not linger in the temp folder.
  void sweepOpenCopies(app.getPath('temp'), new Date()).catch(() => undefined);
  createWindow();
  // Reminders as system notifications; a click opens the ticket (in a new window if it was closed).
  reminders = startReminderNotifier({
    router: opened.router,
    window: () => {
      if (!mainWindow) createWindow();
      return mainWindow;
    },
    language: () => (app.getLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'),
    log: (message) => console.error(message),
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  reminders?.stop();
  core?.close();
});
