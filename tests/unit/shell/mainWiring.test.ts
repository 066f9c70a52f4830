/**
 * src/main/index.ts itself, loaded against a fake `electron` module: the evidence scheme is registered
 * as privileged before the app is ready and answered on the app's session; the core gets the desktop
 * methods (app.info reports them); the IPC channel, the protocol and the dialogs reach the same real core
 * (SQLite + vault in a temp folder); permissions stay refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_SCHEME_PRIVILEGES } from '../../../src/main/desktop/evidenceScheme';
import { mainWindowOptions } from '../../../src/main/security/windowOptions';
import type { ApiResult } from '../../../src/shared/api/errors';
import { IPC_CHANNEL } from '../../../src/shared/api/methods';
import { OPEN_TICKET_CHANNEL } from '../../../src/shared/api/events';
import { openCore } from '../../../src/main/core/openCore';
import type { AddedEvidence, AppInfo, PickResult } from '../../../src/shared/domain';
import { SCREENSHOT } from './desktopFixtures';

const fake = vi.hoisted(() => {
  const windows: unknown[] = [];
  class BrowserWindow {
    webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), send: vi.fn(), isLoading: vi.fn(() => false), once: vi.fn() };
    options: unknown;
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once = vi.fn();
    on = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);
    isDestroyed = vi.fn(() => false);
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    static getAllWindows = () => windows;
  }
  const notifications: { options: { title: string; body: string }; click: () => void }[] = [];
  class Notification {
    handlers = new Map<string, () => void>();
    constructor(readonly options: { title: string; body: string }) {}
    static isSupported = () => true;
    on(name: string, handler: () => void) {
      this.handlers.set(name, handler);
    }
    show() {
      notifications.push({ options: this.options, click: () => this.handlers.get('click')?.() });
    }
  }
  const state = { ready: false, temp: '' };
  return {
    state,
    windows,
    notifications,
    electron: {
      Notification,
      app: {
        isPackaged: true,
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        exit: vi.fn(),
        whenReady: vi.fn(() =>
          Promise.resolve().then(() => {
            state.ready = true;
          }),
        ),
        setPath: vi.fn(),
        getPath: vi.fn(() => state.temp),
        getVersion: vi.fn(() => '9.9.9'),
        getLocale: vi.fn(() => 'en-US'),
        on: vi.fn(),
      },
      BrowserWindow,
      ipcMain: { handle: vi.fn() },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => {
          if (state.ready) throw new Error('registerSchemesAsPrivileged after ready');
        }),
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() },
          protocol: { handle: vi.fn() },
        },
      },
      dialog: {
        showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] })),
        showMessageBox: vi.fn(async () => ({ response: 1 })),
        showErrorBox: vi.fn(),
      },
      shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
      desktopCapturer: { getSources: vi.fn(async () => []) },
      screen: { getAllDisplays: vi.fn(() => [{ size: { width: 800, height: 600 }, scaleFactor: 1 }]) },
    },
  };
});
vi.mock('electron', () => fake.electron);

const { electron } = fake;
let dir: string;
let invoke: (method: string, input?: unknown, bytes?: Uint8Array) => Promise<ApiResult<unknown>>;
let serve: (request: { url: string; method: string; headers: Headers }) => Promise<Response>;
const value = <T>(result: ApiResult<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-main-'));
  fake.state.temp = join(dir, 'temp');
  vi.stubEnv('CASEFILE_DATA_DIR', join(dir, 'data'));
  await seedDueReminder(join(dir, 'data'));
  await import('../../../src/main/index');
  await vi.waitFor(() => expect(electron.ipcMain.handle).toHaveBeenCalled());
  const rendererUrl = pathToFileURL(join(import.meta.dirname, '../../../src/renderer/index.html')).href;
  const handler = electron.ipcMain.handle.mock.calls[0]![1] as (...args: unknown[]) => Promise<ApiResult<unknown>>;
  invoke = (method, input, bytes) => handler({ senderFrame: { url: rendererUrl, parent: null } }, method, input, bytes);
  serve = electron.session.defaultSession.protocol.handle.mock.calls[0]![1] as typeof serve;
});

/** A reminder that came due while the app was closed (written by an earlier run, an hour ago). */
async function seedDueReminder(dataDir: string): Promise<void> {
  const earlier = new Date(Date.now() - 3_600_000);
  const core = openCore({ dataDir, appVersion: '0', shell: 'desktop', now: () => earlier });
  const call = async (method: string, input: unknown) => value<{ id: number }>((await core.router.call(method, input)) as ApiResult<unknown>);
  const { id: platformId } = await call('platforms.create', { name: 'Seeded' });
  const { id: ticketId } = await call('tickets.create', { platformId, title: 'Seeded ticket' });
  await call('reminders.create', { ticketId, dueAt: new Date(earlier.getTime() + 60_000).toISOString(), note: 'Call them back' });
  core.close();
}

afterAll(() => {
  const closing = electron.app.on.mock.calls.find(([name]) => name === 'will-quit')?.[1] as (() => void) | undefined;
  closing?.();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('src/main/index.ts wiring', () => {
  it('registers casefile-evidence as a privileged scheme before ready, and answers it on the app session', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'casefile-evidence', privileges: EVIDENCE_SCHEME_PRIVILEGES },
    ]);
    expect(electron.session.defaultSession.protocol.handle).toHaveBeenCalledWith('casefile-evidence', expect.any(Function));
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_CHANNEL, expect.any(Function));
  });

  it('keeps refusing every permission, and opens one hardened window', () => {
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'display-capture', 'fileSystem', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(fake.windows).toHaveLength(1);
    const options = (fake.windows[0] as { options: { webPreferences: unknown } }).options;
    expect(options.webPreferences).toEqual(
      mainWindowOptions((options.webPreferences as { preload: string }).preload).webPreferences,
    );
  });

  it('shows a reminder that came due while the app was closed, once; clicking it opens its ticket', async () => {
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
    expect(fake.notifications[0]!.options).toEqual({ title: 'Seeded ticket', body: 'Call them back' });
    fake.notifications[0]!.click();
    const window = fake.windows[0] as { focus: ReturnType<typeof vi.fn>; webContents: { send: ReturnType<typeof vi.fn> } };
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(OPEN_TICKET_CHANNEL, 1);
    expect(value<unknown[]>(await invoke('reminders.take'))).toEqual([]);
  });

  it('installs the desktop methods: app.info reports every capability', async () => {
    const info = value<AppInfo>(await invoke('app.info'));
    expect(info).toMatchObject({ shell: 'desktop', version: '9.9.9' });
    expect(info.capabilities).toEqual({ pickFiles: true, screenCapture: true, openExternally: true });
  });

  it('serves an uploaded PNG through the registered protocol handler, nosniff and image/png', async () => {
    const { id: platformId } = value<{ id: number }>(await invoke('platforms.create', { name: 'Nexa' }));
    const { id: ticketId } = value<{ id: number }>(await invoke('tickets.create', { platformId, title: 'stuck' }));
    const item = value<AddedEvidence>(await invoke('evidence.upload', { ticketId, name: 'shot.png' }, new Uint8Array(SCREENSHOT)));
    const response = await serve({ url: `casefile-evidence://item/${item.id}`, method: 'GET', headers: new Headers() });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(SCREENSHOT)).toBe(true);

    // The native picker is modal to the main window.
    const result = value<PickResult>(await invoke('evidence.pick', { ticketId }));
    expect(result.cancelled).toBe(true);
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toBe(fake.windows[0]);
  });
});
