import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../src/main/core/api/router';
import type { Evidence } from '../../src/shared/domain';
import { LIMITS } from '../../src/shared/limits';
import {
  call,
  callError,
  callRaw,
  cleanup,
  count,
  createTicket,
  FIXTURE_PNG,
  listFiles,
  openTestCore,
  readStream,
  sha256,
  type TestCore,
} from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', 'latin1');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>', 'utf8');

type Uploaded = Evidence & { duplicate: boolean };

function vaultPath(dataDir: string, hash: string): string {
  return path.join(dataDir, 'evidence', hash.slice(0, 2), hash.slice(2));
}

/** Every file in the data folder that is not the database. */
function nonDatabaseFiles(t: TestCore): string[] {
  return listFiles(t.dataDir).filter((f) => !f.startsWith('casefile.sqlite'));
}

describe('uploading evidence', () => {
  it('stores the file under its SHA-256, read-only, and describes it', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'screenshot-withdrawal-pending.png' }, PNG);
    const hash = sha256(PNG);
    expect(item).toMatchObject({
      ticketId,
      entryId: null,
      sha256: hash,
      originalName: 'screenshot-withdrawal-pending.png',
      size: PNG.length,
      mimeType: 'image/png',
      extensionMismatch: false,
      capturedAt: t.clock.iso(),
      capturedAtSource: 'added',
      description: null,
      addedAt: t.clock.iso(),
      duplicate: false,
    });
    const file = vaultPath(t.dataDir, hash);
    expect(fs.readFileSync(file).equals(PNG)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o444);
    expect(nonDatabaseFiles(t)).toEqual([path.join('evidence', hash.slice(0, 2), hash.slice(2))]);
    const { duplicate: _duplicate, ...stored } = item;
    expect(await call(t.router, 'evidence.list', { ticketId })).toEqual([stored]);
  });

  it('reads a file in many small chunks the same as in one', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const chunks = Array.from({ length: Math.ceil(PNG.length / 1000) }, (_, i) => PNG.subarray(i * 1000, (i + 1) * 1000));
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'a.png' }, Readable.from(chunks));
    expect(item).toMatchObject({ sha256: sha256(PNG), size: PNG.length, mimeType: 'image/png' });
  });

  it('keeps the description, the entry it belongs to, and the file time when given (query-string style input)', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const { id: entryId } = await call(t.router, 'log.add', { ticketId, author: 'agent', text: '请上传截图' });
    const item = await call<Uploaded>(
      t.router,
      'evidence.upload',
      { ticketId: String(ticketId), name: '截图.png', entryId: String(entryId), description: '提现页面', lastModified: '1709258400000' },
      PNG,
    );
    expect(item).toMatchObject({
      entryId,
      originalName: '截图.png',
      description: '提现页面',
      capturedAt: '2024-03-01T02:00:00.000Z',
      capturedAtSource: 'file_time',
    });
  });

  it('takes ids as numbers (IPC) or digits (query string), nothing looser', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    for (const bad of [true, [ticketId], '1e0', ' 1', 1.5, '-1']) {
      const result = await t.router.call('evidence.upload', { ticketId: bad, name: 'a.png' }, { body: Readable.from([PNG]) });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'ticketId' } });
    }
    expect(t.ctx.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
  });

  it('the same file twice on one ticket is kept once and reported as a duplicate', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const first = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'a.png' }, PNG);
    t.clock.advance(1000);
    const second = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'renamed copy.png' }, PNG);
    expect(second).toMatchObject({ id: first.id, duplicate: true, originalName: 'a.png', addedAt: first.addedAt });
    expect(count(t.ctx, 'evidence')).toBe(1);
    expect(t.ctx.db.prepare("SELECT count(*) FROM audit_events WHERE action = 'evidence.added'").pluck().get()).toBe(1);
    expect(nonDatabaseFiles(t)).toHaveLength(1);
  });

  it('the same bytes on two tickets make two items and one vault file', async () => {
    const t = openTestCore();
    const { ticketId: a, platformId } = await createTicket(t.router);
    const { ticketId: b } = await createTicket(t.router, { platformId });
    const first = await call<Uploaded>(t.router, 'evidence.upload', { ticketId: a, name: 'a.png' }, PNG);
    const second = await call<Uploaded>(t.router, 'evidence.upload', { ticketId: b, name: 'b.png' }, PNG);
    expect(second.id).not.toBe(first.id);
    expect([first.duplicate, second.duplicate]).toEqual([false, false]);
    expect(second.sha256).toBe(first.sha256);
    expect(count(t.ctx, 'evidence')).toBe(2);
    expect(nonDatabaseFiles(t)).toHaveLength(1);
  });

  it('trusts the bytes, not the name: a PDF renamed .png is a PDF, flagged as mismatched', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'bank-statement.png' }, PDF);
    expect(item).toMatchObject({ mimeType: 'application/pdf', extensionMismatch: true, originalName: 'bank-statement.png' });
  });

  it('keeps an SVG with a script but never serves it for inline display', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: 'logo.svg' }, SVG);
    expect(item).toMatchObject({ mimeType: 'image/svg+xml', extensionMismatch: false });
    const content = await call<DownloadResult>(t.router, 'evidence.content', { id: item.id });
    expect(content).toMatchObject({ contentType: 'application/octet-stream', inline: false, fileName: 'logo.svg', size: SVG.length });
    expect((await readStream(content.stream)).equals(SVG)).toBe(true);
  });

  it('serves a PNG inline with its type and exact bytes', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: '提现.png' }, PNG);
    const content = await call<DownloadResult>(t.router, 'evidence.content', { id: item.id });
    expect(content).toMatchObject({ contentType: 'image/png', inline: true, fileName: '提现.png', size: PNG.length });
    expect((await readStream(content.stream)).equals(PNG)).toBe(true);
    await callError(t.router, 'evidence.content', { id: item.id + 100 }, 'not_found');
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['/abs/path.png', 'path.png'],
    ['C:\\x\\y.png', 'y.png'],
    ['..\\..\\..\\Windows\\System32\\evil.dll', 'evil.dll'],
    ['ctrl\u0000\u0001\u001f\u007fname.png', 'ctrlname.png'],
    ['\u202Egnp.exe', 'gnp.exe'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['..', 'unnamed'],
  ])('a hostile name %j is kept as a safe name and nothing is written outside the vault', async (name, expected) => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const root = path.dirname(t.dataDir);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name }, Buffer.from(`content of ${name}`));
    expect(item.originalName).toBe(expected);
    // eslint-disable-next-line no-control-regex
    expect(item.originalName).not.toMatch(/[\\/\u0000-\u001f\u202a-\u202e]/);
    // The temp root holds only the data folder; the data folder only the database and the vault file.
    expect(fs.readdirSync(root)).toEqual(['data']);
    expect(nonDatabaseFiles(t)).toEqual([path.join('evidence', item.sha256.slice(0, 2), item.sha256.slice(2))]);
  });

  it('shortens a 1000-character name to the limit, keeping the extension', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const item = await call<Uploaded>(t.router, 'evidence.upload', { ticketId, name: '长'.repeat(996) + '.png' }, PNG);
    expect([...item.originalName]).toHaveLength(LIMITS.fileName);
    expect(item.originalName.endsWith('.png')).toBe(true);
    const tooLong = await callError(t.router, 'evidence.upload', { ticketId, name: 'x'.repeat(4 * LIMITS.fileName + 1) }, 'invalid_input', PNG);
    expect(tooLong.field).toBe('name');
  });
});

describe('uploads that must leave nothing behind', () => {
  it('refuses an empty file', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await callError(t.router, 'evidence.upload', { ticketId, name: 'empty.png' }, 'invalid_input', Buffer.alloc(0));
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(nonDatabaseFiles(t)).toEqual([]);
  });

  it('refuses an empty file even when the same empty file would be a duplicate', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await callError(t.router, 'evidence.upload', { ticketId, name: 'empty.png' }, 'invalid_input', Buffer.alloc(0));
    await callError(t.router, 'evidence.upload', { ticketId, name: 'empty.png' }, 'invalid_input', Buffer.alloc(0));
    expect(nonDatabaseFiles(t)).toEqual([]);
  });

  it('refuses a body-less call', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await callError(t.router, 'evidence.upload', { ticketId, name: 'x.png' }, 'invalid_input');
  });

  it('refuses a file over the size limit, leaving no file in the vault or its incoming folder', async () => {
    const t = openTestCore({ evidenceMaxBytes: 1000 });
    const { ticketId } = await createTicket(t.router);
    const error = await callError(t.router, 'evidence.upload', { ticketId, name: 'big.bin' }, 'too_large', Buffer.alloc(1001, 7));
    expect(error.message).toContain('1000 bytes');
    // Also when the limit is crossed several chunks in.
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(150, 1));
    await callError(t.router, 'evidence.upload', { ticketId, name: 'big.bin' }, 'too_large', Readable.from(chunks));
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(nonDatabaseFiles(t)).toEqual([]);
    expect(fs.readdirSync(path.join(t.dataDir, 'evidence', '.incoming'))).toEqual([]);
    // Exactly the limit is fine.
    await call(t.router, 'evidence.upload', { ticketId, name: 'ok.bin' }, Buffer.alloc(1000, 7));
  });

  it('a body that fails midway gives an error, no row and no temp file', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    // Two chunks arrive, then the connection breaks while the vault is reading.
    let reads = 0;
    const body = new Readable({
      read() {
        reads++;
        if (reads <= 2) this.push(PNG.subarray((reads - 1) * 4096, reads * 4096));
        else this.destroy(new Error('the sender went away'));
      },
    });
    const result = await callRaw(t.router, 'evidence.upload', { ticketId, name: 'half.png' }, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('the sender went away');
    expect(reads).toBe(3);
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(nonDatabaseFiles(t)).toEqual([]);
    expect(t.ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('an unknown ticket is not_found and nothing is stored', async () => {
    const t = openTestCore();
    await createTicket(t.router);
    await callError(t.router, 'evidence.upload', { ticketId: 99, name: 'a.png' }, 'not_found', PNG);
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(nonDatabaseFiles(t)).toEqual([]);
  });

  it("another ticket's entry is invalid_input; an unknown entry is not_found", async () => {
    const t = openTestCore();
    const { ticketId: a, platformId } = await createTicket(t.router);
    const { ticketId: b } = await createTicket(t.router, { platformId });
    const { id: entryOfB } = await call(t.router, 'log.add', { ticketId: b, author: 'me', text: 'hi' });
    const error = await callError(t.router, 'evidence.upload', { ticketId: a, name: 'a.png', entryId: entryOfB }, 'invalid_input', PNG);
    expect(error.field).toBe('entryId');
    await callError(t.router, 'evidence.upload', { ticketId: a, name: 'a.png', entryId: 12345 }, 'not_found', PNG);
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(nonDatabaseFiles(t)).toEqual([]);
  });

  it('when the row cannot be written, the new vault file goes again but a shared one stays', async () => {
    const t = openTestCore();
    const { ticketId: a, platformId } = await createTicket(t.router);
    const { ticketId: b } = await createTicket(t.router, { platformId });
    await call(t.router, 'evidence.upload', { ticketId: a, name: 'shared.png' }, PNG);
    t.ctx.db.exec("CREATE TRIGGER test_fail BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'simulated'); END");

    await callError(t.router, 'evidence.upload', { ticketId: a, name: 'new.pdf' }, 'internal', PDF);
    expect(fs.existsSync(vaultPath(t.dataDir, sha256(PDF)))).toBe(false);

    await callError(t.router, 'evidence.upload', { ticketId: b, name: 'shared.png' }, 'internal', PNG);
    expect(fs.readFileSync(vaultPath(t.dataDir, sha256(PNG))).equals(PNG)).toBe(true);
    expect(count(t.ctx, 'evidence')).toBe(1);
  });
});

describe('desktop-only methods in web mode', () => {
  it.each([
    ['evidence.pick', { ticketId: 1 }, /desktop app.*Add evidence/],
    ['evidence.openExternal', { id: 1 }, /desktop app.*download the file/],
    ['capture.sources', undefined, /Screen capture needs the desktop app.*paste it with Ctrl\+V/],
    ['capture.take', { ticketId: 1, sourceId: 'screen:0:0' }, /Screen capture needs the desktop app/],
  ])('%s answers unsupported (501) and says what to do in the browser instead', async (method, input, message) => {
    const t = openTestCore();
    await createTicket(t.router);
    const error = await callError(t.router, method, input, 'unsupported');
    expect(error.message).toMatch(message);
    expect(await call(t.router, 'app.info')).toMatchObject({ capabilities: { pickFiles: false, screenCapture: false, openExternally: false } });
  });
});
