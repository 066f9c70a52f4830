/**
 * The desktop-only methods (evidence.pick, evidence.openExternal, capture.sources, capture.take) over a
 * REAL core, with Electron's dialog, shell and desktopCapturer replaced by fakes. Proves: files picked by
 * path land in the vault and one bad file never stops the others; nothing is opened outside Casefile
 * without asking, only safe types are, and only ever a copy; a capture is stored as PNG evidence.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AddedEvidence, AppInfo, CaptureSource, CustodyEvent, PickResult } from '../../../src/shared/domain';
import { failureOf, PICK_DIALOG_OPTIONS } from '../../../src/main/desktop/pickEvidence';
import { CasefileError } from '../../../src/main/core/errors';
import { OPEN_COPIES_FOLDER, sweepOpenCopies } from '../../../src/main/desktop/openExternal';
import { captureFileName, fullResolutionSize } from '../../../src/main/desktop/captureTake';
import { openCore } from '../../../src/main/core/openCore';
import { EXECUTABLE, FIXED_NOW, openDesktopCore, SCREENSHOT, SVG_WITH_SCRIPT, type DesktopCore } from './desktopFixtures';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by the desktop handlers');
});

let t: DesktopCore;

beforeEach(async () => {
  t = await openDesktopCore();
});

afterEach(() => t.close());

const errorOf = async (method: string, input: unknown) => {
  const result = await t.core.router.call(method, input);
  expect(result.ok, `${method} should fail`).toBe(false);
  return (result as { error: { code: string; message: string } }).error;
};

const vaultFiles = (): string[] => {
  const root = t.core.ctx.vault.root;
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.includes('.incoming'))
    .map((e) => join(e.parentPath, e.name));
};

describe('app.info', () => {
  it('reports every desktop capability when the shell handlers are installed', async () => {
    const info = await t.call<AppInfo>('app.info', undefined);
    expect(info.shell).toBe('desktop');
    expect(info.capabilities).toEqual({ pickFiles: true, screenCapture: true, openExternally: true });
  });

  it('reports none without them (web mode), and the methods answer unsupported', async () => {
    const dir = join(t.dir, 'web');
    const web = openCore({ dataDir: dir, appVersion: '0', shell: 'web', log: () => undefined });
    try {
      const info = await web.router.call('app.info', undefined);
      expect(info).toMatchObject({ ok: true, value: { capabilities: { pickFiles: false, screenCapture: false, openExternally: false } } });
      expect(await web.router.call('capture.sources', undefined)).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    } finally {
      web.close();
    }
  });
});

describe('evidence.pick', () => {
  const pickFiles = () => {
    const folder = join(t.dir, 'picked');
    mkdirSync(folder, { recursive: true });
    const chat = join(folder, '客服聊天 chat.txt');
    writeFileSync(chat, '客服：请耐心等待 48 小时 / Agent: please wait 48 hours\n');
    const shot = join(folder, 'withdrawal.png');
    writeFileSync(shot, SCREENSHOT);
    return { folder, chat, shot, missing: join(folder, 'deleted-meanwhile.pdf') };
  };

  it('opens a multi-select file dialog and stores every readable file, reporting the unreadable one', async () => {
    const { folder, chat, shot, missing } = pickFiles();
    t.deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chat, missing, shot, folder] });
    const result = await t.call<PickResult>('evidence.pick', { ticketId: t.ticketId });

    expect(t.deps.showOpenDialog).toHaveBeenCalledTimes(1);
    expect(t.deps.showOpenDialog.mock.calls[0]![0]).toEqual(PICK_DIALOG_OPTIONS);
    expect(PICK_DIALOG_OPTIONS.properties).toEqual(['openFile', 'multiSelections']);

    expect(result.cancelled).toBe(false);
    expect(result.items.map((i) => [i.originalName, i.mimeType])).toEqual([
      ['客服聊天 chat.txt', 'text/plain'],
      ['withdrawal.png', 'image/png'],
    ]);
    // Failures name the file (never its folder path) and give a reason; the later files still went in.
    expect(result.failed).toHaveLength(2);
    expect(result.failed[0]).toMatchObject({ name: 'deleted-meanwhile.pdf', code: expect.any(String), message: expect.any(String) });
    expect(result.failed[1]).toMatchObject({ name: 'picked', code: expect.any(String) });
    for (const f of result.failed) {
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.message).not.toContain(t.dir);
    }

    const listed = await t.call<AddedEvidence[]>('evidence.list', { ticketId: t.ticketId });
    expect(listed).toHaveLength(2);
    expect(vaultFiles()).toHaveLength(2);
    expect(readFileSync(t.core.ctx.vault.pathOf(result.items[1]!.sha256)).equals(SCREENSHOT)).toBe(true);
  });

  it('records the picker as how the files arrived', async () => {
    const { chat } = pickFiles();
    t.deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chat] });
    const { items } = await t.call<PickResult>('evidence.pick', { ticketId: t.ticketId });
    const custody = await t.call<CustodyEvent[]>('evidence.custody', { id: items[0]!.id });
    expect(custody[0]).toMatchObject({ event: 'added', via: 'picker', sha256: items[0]!.sha256 });
  });

  it('ties the files to the entry it was opened from', async () => {
    const { chat } = pickFiles();
    const { id: entryId } = await t.call<{ id: number }>('log.add', { ticketId: t.ticketId, author: 'agent', text: '请提供截图' });
    t.deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chat] });
    const { items } = await t.call<PickResult>('evidence.pick', { ticketId: t.ticketId, entryId });
    expect(items[0]!.entryId).toBe(entryId);
  });

  it('answers cancelled and stores nothing when the dialog is closed', async () => {
    t.deps.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await t.call('evidence.pick', { ticketId: t.ticketId })).toEqual({ items: [], failed: [], cancelled: true });
    expect(await t.call('evidence.list', { ticketId: t.ticketId })).toEqual([]);
    expect(vaultFiles()).toEqual([]);
  });

  it("reports a CasefileError's code and message, and anything else as internal without details (logged)", () => {
    const log = vi.fn();
    expect(failureOf('/home/u/Downloads/big.mov', new CasefileError('too_large', 'Too large'), log)).toEqual({
      name: 'big.mov',
      code: 'too_large',
      message: 'Too large',
    });
    expect(log).not.toHaveBeenCalled();
    const odd = failureOf('C:/Users/u/secret folder/chat.txt', new TypeError('boom in /secret/internal/path'), log);
    expect(odd).toMatchObject({ name: 'chat.txt', code: 'internal' });
    expect(odd.message).not.toMatch(/boom|secret/);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('refuses a ticket that does not exist before any dialog opens', async () => {
    expect(await errorOf('evidence.pick', { ticketId: 999 })).toMatchObject({ code: 'not_found' });
    expect(t.deps.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('evidence.openExternal', () => {
  const tempRoot = () => join(t.dir, 'system-temp', OPEN_COPIES_FOLDER);
  const copies = (): string[] =>
    existsSync(tempRoot())
      ? readdirSync(tempRoot(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
      : [];

  it('asks first; Cancel opens nothing and copies nothing', async () => {
    const item = await t.upload('withdrawal.png', SCREENSHOT);
    t.deps.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await t.call('evidence.openExternal', { id: item.id })).toEqual({ opened: false });
    expect(t.deps.showMessageBox).toHaveBeenCalledTimes(1);
    const options = t.deps.showMessageBox.mock.calls[0]![0] as { buttons: string[]; message: string; cancelId: number };
    expect(options.buttons).toHaveLength(2);
    expect(options.buttons[0]).toMatch(/Open/);
    expect(options.buttons[1]).toMatch(/Cancel/);
    expect(options.cancelId).toBe(1);
    expect(options.message).toContain('withdrawal.png');
    expect(options.message).toMatch(/[\u4e00-\u9fff]/);
    expect(t.deps.openPath).not.toHaveBeenCalled();
    expect(copies()).toEqual([]);
  });

  it('Open: hands the system a fresh copy with the same bytes, never the vault file', async () => {
    const item = await t.upload('withdrawal.png', SCREENSHOT);
    t.deps.showMessageBox.mockResolvedValue({ response: 0 });
    expect(await t.call('evidence.openExternal', { id: item.id })).toEqual({ opened: true });
    expect(t.deps.openPath).toHaveBeenCalledTimes(1);
    const opened = t.deps.openPath.mock.calls[0]![0] as string;
    expect(opened).not.toBe(t.core.ctx.vault.pathOf(item.sha256));
    expect(opened.startsWith(tempRoot())).toBe(true);
    expect(opened.endsWith('withdrawal.png')).toBe(true);
    expect(readFileSync(opened).equals(SCREENSHOT)).toBe(true);

    // A second opening gets its own folder: the other program may still hold the first copy.
    await t.call('evidence.openExternal', { id: item.id });
    const second = t.deps.openPath.mock.calls[1]![0] as string;
    expect(second).not.toBe(opened);
    expect(copies()).toHaveLength(2);
  });

  it('names the copy after what the bytes are: a PDF called .png opens as .pdf', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const item = await t.upload('receipt.png', pdf);
    t.deps.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await t.call('evidence.openExternal', { id: item.id });
    expect(t.deps.openPath.mock.calls[0]![0]).toMatch(/receipt\.png\.pdf$/);
  });

  it.each([
    ['an SVG carrying a script', 'chart.svg', SVG_WITH_SCRIPT],
    ['an executable renamed .png', 'photo.png', EXECUTABLE],
    ['an HTML page', 'statement.html', Buffer.from('<!doctype html><html><body><script>1</script></body></html>')],
  ])('refuses %s as unsupported, without asking or copying', async (_label, name, bytes) => {
    const item = await t.upload(name, bytes);
    expect(await errorOf('evidence.openExternal', { id: item.id })).toEqual({
      code: 'unsupported',
      message: 'Casefile does not open this type of file in another program; export it instead.',
    });
    expect(t.deps.showMessageBox).not.toHaveBeenCalled();
    expect(t.deps.openPath).not.toHaveBeenCalled();
    expect(copies()).toEqual([]);
  });

  it('answers not_found for an unknown item, without asking', async () => {
    expect(await errorOf('evidence.openExternal', { id: 4242 })).toMatchObject({ code: 'not_found' });
    expect(t.deps.showMessageBox).not.toHaveBeenCalled();
  });

  it('does not hand out a vault file that no longer matches its hash', async () => {
    const item = await t.upload('chat.txt', Buffer.from('the original text\n'));
    const path = t.core.ctx.vault.pathOf(item.sha256);
    const { chmodSync } = await import('node:fs');
    chmodSync(path, 0o644);
    writeFileSync(path, 'tampered text!!!!\n');
    t.deps.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await errorOf('evidence.openExternal', { id: item.id })).toMatchObject({ code: 'conflict' });
    expect(t.deps.openPath).not.toHaveBeenCalled();
    expect(copies()).toEqual([]);
  });

  it('reports the system failing to open the copy', async () => {
    const item = await t.upload('chat.txt', Buffer.from('hello\n'));
    t.deps.showMessageBox.mockResolvedValueOnce({ response: 0 });
    t.deps.openPath.mockResolvedValueOnce('No application is associated with this file');
    expect(await errorOf('evidence.openExternal', { id: item.id })).toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('No application'),
    });
  });

  it('sweeps copies older than a day at start-up and keeps recent ones', async () => {
    const old = join(tempRoot(), 'old');
    const recent = join(tempRoot(), 'recent');
    mkdirSync(old, { recursive: true });
    mkdirSync(recent, { recursive: true });
    writeFileSync(join(old, 'a.png'), 'x');
    const twoDaysAgo = new Date(FIXED_NOW.getTime() - 2 * 24 * 3600 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    utimesSync(recent, FIXED_NOW, FIXED_NOW);
    expect(await sweepOpenCopies(join(t.dir, 'system-temp'), FIXED_NOW)).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(await sweepOpenCopies(join(t.dir, 'nowhere'), FIXED_NOW)).toBe(0);
  });
});

describe('capture.sources and capture.take', () => {
  const image = (png: Buffer) => ({
    isEmpty: () => png.length === 0,
    toPNG: () => png,
    toDataURL: () => `data:image/png;base64,${png.toString('base64')}`,
  });
  const sources = (png: Buffer) => [
    { id: 'screen:0:0', name: 'Entire screen', thumbnail: image(png) },
    { id: 'window:4242:0', name: 'Nexa Support — Live chat: 客服', thumbnail: image(png) },
    { id: 'window:7:0', name: 'Minimised window', thumbnail: image(Buffer.alloc(0)) },
  ];

  it('lists screens and windows with small data: URL previews', async () => {
    t.deps.getSources.mockResolvedValueOnce(sources(SCREENSHOT));
    const list = await t.call<CaptureSource[]>('capture.sources', undefined);
    expect(t.deps.getSources).toHaveBeenCalledWith({ types: ['screen', 'window'], thumbnailSize: { width: 320, height: 200 } });
    expect(list.map((s) => [s.id, s.kind])).toEqual([
      ['screen:0:0', 'screen'],
      ['window:4242:0', 'window'],
      ['window:7:0', 'window'],
    ]);
    expect(list[1]!.thumbnail).toMatch(/^data:image\/png;base64,iVBOR/);
  });

  it('stores a full-resolution PNG of the chosen source, recorded as a capture', async () => {
    t.deps.getSources.mockResolvedValueOnce(sources(SCREENSHOT));
    const item = await t.call<AddedEvidence>('capture.take', { ticketId: t.ticketId, sourceId: 'window:4242:0' });
    // Asked at the display's device-pixel size (1440×900 at 2×), not at preview size.
    expect(t.deps.getSources).toHaveBeenCalledWith({ types: ['screen', 'window'], thumbnailSize: { width: 2880, height: 1800 } });
    expect(item).toMatchObject({ ticketId: t.ticketId, mimeType: 'image/png', size: SCREENSHOT.length, duplicate: false });
    expect(item.originalName).toBe('capture-Nexa-Support-—-Live-chat_-客服-2024-03-01T02-15-00Z.png');
    expect(readFileSync(t.core.ctx.vault.pathOf(item.sha256)).equals(SCREENSHOT)).toBe(true);

    const custody = await t.call<CustodyEvent[]>('evidence.custody', { id: item.id });
    expect(custody[0]).toMatchObject({ event: 'added', via: 'capture', sha256: item.sha256 });
    const audit = await t.call<{ action: string; detail: Record<string, unknown> }[]>('audit.list', { ticketId: t.ticketId });
    expect(audit.some((e) => e.action === 'evidence.added' && e.detail.via === 'capture')).toBe(true);
  });

  it('ties a capture to an entry', async () => {
    const { id: entryId } = await t.call<{ id: number }>('log.add', { ticketId: t.ticketId, author: 'me', text: '截图' });
    t.deps.getSources.mockResolvedValueOnce(sources(SCREENSHOT));
    const item = await t.call<AddedEvidence>('capture.take', { ticketId: t.ticketId, sourceId: 'screen:0:0', entryId });
    expect(item.entryId).toBe(entryId);
  });

  it('answers not_found for a source that has gone away', async () => {
    t.deps.getSources.mockResolvedValueOnce(sources(SCREENSHOT));
    expect(await errorOf('capture.take', { ticketId: t.ticketId, sourceId: 'window:1:0' })).toMatchObject({ code: 'not_found' });
    expect(vaultFiles()).toEqual([]);
  });

  it('answers invalid_input for an empty image (a minimised window) and stores nothing', async () => {
    t.deps.getSources.mockResolvedValueOnce(sources(SCREENSHOT));
    expect(await errorOf('capture.take', { ticketId: t.ticketId, sourceId: 'window:7:0' })).toEqual({
      code: 'invalid_input',
      message: 'That window could not be captured (it may be minimised).',
    });
    expect(await t.call('evidence.list', { ticketId: t.ticketId })).toEqual([]);
  });

  it('refuses an unknown ticket before capturing anything', async () => {
    expect(await errorOf('capture.take', { ticketId: 999, sourceId: 'screen:0:0' })).toMatchObject({ code: 'not_found' });
    expect(t.deps.getSources).not.toHaveBeenCalled();
  });
});

describe('capture helpers', () => {
  it('asks for a size that holds every display at native resolution', () => {
    expect(fullResolutionSize([{ size: { width: 1920, height: 1080 }, scaleFactor: 1 }])).toEqual({ width: 1920, height: 1080 });
    expect(
      fullResolutionSize([
        { size: { width: 1440, height: 900 }, scaleFactor: 2 },
        { size: { width: 1080, height: 1920 }, scaleFactor: 1.5 },
      ]),
    ).toEqual({ width: 2880, height: 2880 });
    expect(fullResolutionSize([])).toEqual({ width: 1920, height: 1080 });
    expect(fullResolutionSize([{ size: { width: 1000, height: 800 }, scaleFactor: Number.NaN }])).toEqual({ width: 1000, height: 800 });
    expect(fullResolutionSize([{ size: { width: 9000, height: 9000 }, scaleFactor: 1000 }])).toEqual({ width: 16384, height: 16384 });
  });

  it('names captures safely, whatever the window title', () => {
    const at = new Date('2024-03-01T02:15:00.123Z');
    expect(captureFileName('Entire screen', at)).toBe('capture-Entire-screen-2024-03-01T02-15-00Z.png');
    expect(captureFileName('../../etc/passwd', at)).toBe('capture-passwd-2024-03-01T02-15-00Z.png');
    expect(captureFileName('evil\u202Egnp.exe', at)).toBe('capture-evilgnp-exe-2024-03-01T02-15-00Z.png');
    expect(captureFileName('', at)).toBe('capture-unnamed-2024-03-01T02-15-00Z.png');
    expect(captureFileName('x'.repeat(500), at).length).toBeLessThan(100);
    expect(captureFileName('C:\\Users\\a:b', at)).not.toMatch(/[\\/:]/);
  });
});
