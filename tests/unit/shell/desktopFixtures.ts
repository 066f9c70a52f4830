/**
 * Shared by the desktop-shell tests: a REAL core (SQLite + vault in a temp folder) with the desktop
 * methods installed over fake Electron functions, and a ticket to put evidence on.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { openCore, type Core } from '../../../src/main/core/openCore';
import { createShellHandlers, type DesktopDeps } from '../../../src/main/desktop/shellHandlers';
import type { AddedEvidence } from '../../../src/shared/domain';

export const SCREENSHOT = readFileSync(
  fileURLToPath(new URL('../../fixtures/screenshot-withdrawal-pending.png', import.meta.url)),
);
export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script><rect width="9" height="9"/></svg>',
);
/** A Windows executable's first bytes ("MZ" header), whatever it is called. */
export const EXECUTABLE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 7)]);

export type FakeDeps = { [K in keyof DesktopDeps]-?: DesktopDeps[K] & ReturnType<typeof vi.fn> };

export interface DesktopCore {
  dir: string;
  core: Core;
  deps: FakeDeps;
  log: ReturnType<typeof vi.fn>;
  ticketId: number;
  call<T>(method: string, input: unknown): Promise<T>;
  upload(name: string, bytes: Buffer): Promise<AddedEvidence>;
  close(): void;
}

export const FIXED_NOW = new Date('2024-03-01T02:15:00.000Z');

export async function openDesktopCore(): Promise<DesktopCore> {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-desktop-'));
  const log = vi.fn();
  const deps = {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    showMessageBox: vi.fn(async () => ({ response: 1 })),
    openPath: vi.fn(async () => ''),
    tempDir: vi.fn(() => join(dir, 'system-temp')),
    getSources: vi.fn(async () => []),
    getAllDisplays: vi.fn(() => [{ size: { width: 1440, height: 900 }, scaleFactor: 2 }]),
    showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    downloadsDir: vi.fn(() => join(dir, 'Downloads')),
  } as unknown as FakeDeps;
  const core = openCore({
    dataDir: join(dir, 'data'),
    appVersion: '0.0.0-test',
    shell: 'desktop',
    now: () => FIXED_NOW,
    log,
    shellHandlers: createShellHandlers(deps),
  });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.router.call(method, input);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), result.error);
    return result.value as T;
  };
  const { id: platformId } = await call<{ id: number }>('platforms.create', { name: 'Nexa Exchange' });
  const { id: ticketId } = await call<{ id: number }>('tickets.create', { platformId, title: '提现未到账 withdrawal pending' });
  const upload = async (name: string, bytes: Buffer): Promise<AddedEvidence> => {
    const result = await core.router.call('evidence.upload', { ticketId, name }, { body: Readable.from([bytes]) });
    if (!result.ok) throw new Error(`upload ${name}: ${result.error.message}`);
    return result.value as AddedEvidence;
  };
  return {
    dir,
    core,
    deps,
    log,
    ticketId,
    call,
    upload,
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
