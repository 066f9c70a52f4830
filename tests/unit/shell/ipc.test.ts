/**
 * The desktop IPC adapter over a REAL core (SQLite + vault in a temp folder): sender check first, then
 * the same router as web mode; downloads come back as bytes, uploads go in as a Uint8Array.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandler } from '../../../src/main/ipc';
import { openCore, type Core } from '../../../src/main/core/openCore';
import type { TrustedOrigin } from '../../../src/main/security/policies';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by ipc.ts');
});

const APP_FILE = 'file:///opt/Casefile/out/renderer/index.html';
const origin: TrustedOrigin = { rendererFileUrl: APP_FILE };
type Event = Parameters<ReturnType<typeof createIpcHandler>>[0];
/** Just the part of Electron's event the handler reads: the sending frame's URL and parent. */
const from = (senderFrame: { url: string; parent: unknown } | null) => ({ senderFrame }) as unknown as Event;

const trusted = from({ url: APP_FILE, parent: null });
const subframe = from({ url: APP_FILE, parent: { url: APP_FILE, parent: null } });
const otherPage = from({ url: 'https://evil.example/', parent: null });
const noFrame = from(null);

let dir: string;
let core: Core;
let handle: ReturnType<typeof createIpcHandler>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casefile-ipc-'));
  core = openCore({ dataDir: dir, appVersion: '0.0.0-test', shell: 'desktop', log: () => undefined });
  handle = createIpcHandler(core.router, origin);
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function createTicket(): Promise<number> {
  const platform = await handle(trusted, 'platforms.create', { name: 'Binance' });
  expect(platform).toMatchObject({ ok: true });
  const platformId = (platform as { value: { id: number } }).value.id;
  const ticket = await handle(trusted, 'tickets.create', { platformId, title: '充值未到账 deposit not credited' });
  expect(ticket).toMatchObject({ ok: true });
  return (ticket as { value: { id: number } }).value.id;
}

describe('createIpcHandler', () => {
  it.each([
    ['a subframe of the app page', subframe],
    ['another page', otherPage],
    ['a missing frame', noFrame],
  ])('refuses %s with forbidden and changes nothing', async (_label, event) => {
    const result = await handle(event, 'platforms.create', { name: 'Injected' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(await handle(trusted, 'platforms.list', undefined)).toEqual({ ok: true, value: [] });
    expect(await handle(trusted, 'audit.list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses an untrusted sender before looking at the method or input', async () => {
    const result = await handle(otherPage, 42 as unknown as string, { junk: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('lets the app page create a platform, stored in the real database', async () => {
    const result = await handle(trusted, 'platforms.create', { name: 'OKX', officialDomains: ['okx.com'] });
    expect(result).toEqual({ ok: true, value: { id: expect.any(Number) } });
    const list = await handle(trusted, 'platforms.list', undefined);
    expect(list).toMatchObject({ ok: true, value: [{ name: 'OKX', officialDomains: ['okx.com'] }] });
    const row = core.ctx.db.prepare('SELECT name FROM platforms').all();
    expect(row).toEqual([{ name: 'OKX' }]);
  });

  it.each([[42], [null], [undefined], [{ method: 'platforms.list' }], [['platforms.list']]])(
    'answers invalid_input to a method name that is not a string (%j)',
    async (method) => {
      const result = await handle(trusted, method as unknown as string, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    },
  );

  it('answers not_found to an unknown method, including Object.prototype names', async () => {
    for (const method of ['platforms.delete', 'constructor', '__proto__', 'toString']) {
      expect(await handle(trusted, method, undefined), method).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('answers invalid_input, naming the field, to input the contract refuses', async () => {
    expect(await handle(trusted, 'platforms.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'name' },
    });
    expect(await handle(trusted, 'platforms.create', { name: 'X', isAdmin: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await handle(trusted, 'platforms.get', { id: '1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'id' },
    });
    expect(await handle(trusted, 'platforms.list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('returns a download as {fileName, contentType, bytes}: export.zip is a ZIP archive', async () => {
    const ticketId = await createTicket();
    const result = await handle(trusted, 'export.zip', { ticketId });
    expect(result.ok).toBe(true);
    const value = (result as { value: { fileName: string; contentType: string; bytes: Uint8Array } }).value;
    expect(Object.keys(value).sort()).toEqual(['bytes', 'contentType', 'fileName']);
    expect(value.contentType).toBe('application/zip');
    expect(value.fileName).toMatch(/\.zip$/);
    expect(value.bytes).toBeInstanceOf(Uint8Array);
    expect(value.bytes.length).toBeGreaterThan(100);
    expect(Buffer.from(value.bytes.subarray(0, 4)).toString('latin1')).toBe('PK\x03\x04');
  });

  it('stores an upload sent as a Uint8Array, and gives the same bytes back through evidence.content', async () => {
    const ticketId = await createTicket();
    const bytes = new TextEncoder().encode('客服说 48 小时内到账 / support said within 48 hours\n');
    const uploaded = await handle(trusted, 'evidence.upload', { ticketId, name: 'chat.txt' }, bytes);
    expect(uploaded).toMatchObject({
      ok: true,
      value: { ticketId, originalName: 'chat.txt', size: bytes.length, mimeType: 'text/plain', duplicate: false },
    });
    const list = await handle(trusted, 'evidence.list', { ticketId });
    expect(list).toMatchObject({ ok: true, value: [{ originalName: 'chat.txt' }] });

    const id = (uploaded as { value: { id: number } }).value.id;
    const content = await handle(trusted, 'evidence.content', { id });
    expect(content).toMatchObject({ ok: true, value: { fileName: 'chat.txt', contentType: 'text/plain' } });
    expect(Buffer.from((content as { value: { bytes: Uint8Array } }).value.bytes).equals(Buffer.from(bytes))).toBe(true);

    const again = await handle(trusted, 'evidence.upload', { ticketId, name: 'copy.txt' }, bytes);
    expect(again).toMatchObject({ ok: true, value: { duplicate: true } });
  });

  it('refuses an upload without bytes (or with bytes that are not a Uint8Array) and stores nothing', async () => {
    const ticketId = await createTicket();
    expect(await handle(trusted, 'evidence.upload', { ticketId, name: 'a.txt' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await handle(trusted, 'evidence.upload', { ticketId, name: 'a.txt' }, 'not bytes')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await handle(trusted, 'evidence.list', { ticketId })).toEqual({ ok: true, value: [] });
  });

  it('reports a handler error as its code without a stack (not_found for a missing ticket)', async () => {
    const result = await handle(trusted, 'export.zip', { ticketId: 999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
  });
});
