/**
 * The preload bridge: window.casefile has exactly one function per contract method, each sends over the
 * one IPC channel; window.casefileEvents hands the page only a ticket id from the open-ticket event; nothing
 * of ipcRenderer itself reaches the page. Electron is replaced by fakes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../src/shared/api/contract';
import { IPC_CHANNEL, METHOD_KINDS } from '../../../src/shared/api/methods';
import { OPEN_TICKET_CHANNEL, type CasefileEvents } from '../../../src/shared/api/events';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'answer' })),
    send: vi.fn(),
    on: vi.fn(),
    removeListener: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;
let events: CasefileEvents;

beforeAll(async () => {
  await import('../../../src/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, unknown][];
  exposed = calls.find(([name]) => name === 'casefile')![1] as Record<string, unknown>;
  events = calls.find(([name]) => name === 'casefileEvents')![1] as CasefileEvents;
});

describe('METHOD_KINDS (what the preload bundles instead of the zod contract)', () => {
  it('names exactly the contract methods, with the same kinds', async () => {
    expect(Object.keys(METHOD_KINDS).sort()).toEqual([...METHOD_NAMES].sort());
    const { contract } = await import('../../../src/shared/api/contract');
    for (const name of METHOD_NAMES) expect(METHOD_KINDS[name], name).toBe(contract[name].kind);
  });
});

describe('preload bridge', () => {
  it("exposes 'casefile' and 'casefileEvents', and nothing else", () => {
    const names = electron.contextBridge.exposeInMainWorld.mock.calls.map((call) => (call as unknown[])[0]);
    expect(names.sort()).toEqual(['casefile', 'casefileEvents']);
  });

  it('has exactly one function per contract method', () => {
    expect(Object.keys(exposed).sort()).toEqual([...METHOD_NAMES].sort());
    for (const [name, value] of Object.entries(exposed)) expect(typeof value, name).toBe('function');
  });

  it('never hands ipcRenderer, or any of its functions, to the page', () => {
    const leaked = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const value of [...Object.values(exposed), ...Object.values(events)]) expect(leaked.has(value)).toBe(false);
    expect(leaked.has(exposed)).toBe(false);
    expect(leaked.has(events)).toBe(false);
    expect(Object.keys(events)).toEqual(['onOpenTicket']);
  });

  it('sends a JSON method over the one channel with its name and input, and returns the answer as it is', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const input = { name: 'Binance' };
    const answer = await (exposed['platforms.create'] as (i: unknown) => Promise<unknown>)(input);
    expect(answer).toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'platforms.create', input);
  });

  it('sends an upload with its bytes as the fourth argument', async () => {
    electron.ipcRenderer.invoke.mockClear();
    const bytes = new Uint8Array([1, 2, 3]);
    await (exposed['evidence.upload'] as (i: unknown, b: Uint8Array) => Promise<unknown>)(
      { ticketId: 1, name: 'a.png' },
      bytes,
    );
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'evidence.upload', { ticketId: 1, name: 'a.png' }, bytes);
  });

  it('sends only (channel, method, input) for non-upload methods, even when the page passes more', async () => {
    electron.ipcRenderer.invoke.mockClear();
    await (exposed['export.zip'] as (...a: unknown[]) => Promise<unknown>)({ ticketId: 1 }, new Uint8Array([9]), 'x');
    expect(electron.ipcRenderer.invoke.mock.calls[0]).toEqual([IPC_CHANNEL, 'export.zip', { ticketId: 1 }]);
  });

  it('uses the channel every method shares, and only that one', async () => {
    electron.ipcRenderer.invoke.mockClear();
    for (const name of METHOD_NAMES) await (exposed[name] as (i: unknown) => Promise<unknown>)(undefined);
    const channels = new Set(electron.ipcRenderer.invoke.mock.calls.map((call) => call[0]));
    expect([...channels]).toEqual([IPC_CHANNEL]);
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});

describe('window.casefileEvents', () => {
  it('hears the open-ticket channel and hands the page only a valid ticket id', () => {
    electron.ipcRenderer.on.mockClear();
    const seen: number[] = [];
    const unsubscribe = events.onOpenTicket((id) => seen.push(id));
    expect(electron.ipcRenderer.on).toHaveBeenCalledTimes(1);
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, ...args: unknown[]) => void];
    expect(channel).toBe(OPEN_TICKET_CHANNEL);
    const sender = { send: vi.fn() };
    listener({ sender }, 7);
    for (const junk of ['7', -1, 0, 1.5, null, { id: 7 }, Number.NaN]) listener({ sender }, junk);
    expect(seen).toEqual([7]);

    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(OPEN_TICKET_CHANNEL, listener);
  });
});

describe('preload source', () => {
  const source = readFileSync(fileURLToPath(new URL('../../../src/preload/index.ts', import.meta.url)), 'utf8');

  it('calls exposeInMainWorld twice (casefile, casefileEvents), never with ipcRenderer as a value', () => {
    const calls = [...source.matchAll(/exposeInMainWorld\s*\(([^)]*)\)/g)];
    expect(calls).toHaveLength(2);
    for (const call of calls) expect(call[1]).not.toMatch(/ipcRenderer/);
  });

  it('imports nothing that would pull zod or Node into the sandboxed bundle', () => {
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)];
    const runtime = imports.filter((m) => !m[1]).map((m) => m[2]);
    expect(runtime.sort()).toEqual(['../shared/api/events', '../shared/api/methods', 'electron']);
    const eventsSource = readFileSync(fileURLToPath(new URL('../../../src/shared/api/events.ts', import.meta.url)), 'utf8');
    expect(eventsSource).not.toMatch(/^import\s/m);
  });

  it('bundles METHOD_KINDS without the contract: methods.ts imports only types', () => {
    const methods = readFileSync(fileURLToPath(new URL('../../../src/shared/api/methods.ts', import.meta.url)), 'utf8');
    const imports = [...methods.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const m of imports) expect(m[1], `import from ${m[2]}`).toBeTruthy();
  });
});
