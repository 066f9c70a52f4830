/**
 * import.transcript with a ZIP body (an export folder zipped), through the router on a real store:
 * Telegram's photos and files become evidence tied to their message's entry, a folder of .eml is one
 * import, WhatsApp's own "with media" ZIP works too; hostile archives are refused with nothing written and
 * no temp file left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../../src/shared/api/errors';
import type { CustodyEvent, Entry, Evidence, ImportResult } from '../../../src/shared/domain';
import { receiveImport } from '../../../src/main/core/log/importInput';
import { BUNDLE_LIMITS } from '../../../src/main/core/import/bundle/bundleLimits';
import { call, callError, callRaw, cleanup, count, createTicket, fixturesDir, listFiles, openTestCore, type TestCore } from '../helpers';
import { jpeg } from '../images';
import { clearUtf8Flags, declareSize, makeZip, manyEmptyFiles, replaceBytes, shareBytes, type ZipInput } from './zipHelpers';

afterEach(cleanup);

const fixture = (name: string) => fs.readFileSync(path.join(fixturesDir, 'import', name));
const PNG = fs.readFileSync(path.join(fixturesDir, 'screenshot-withdrawal-pending.png'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PHOTO_PATH = 'photos/photo_1@02-05-2024_10-22-03.jpg';

/** The fixture export plus a file message and a photo the export lacks, pretty-printed as Telegram writes it. */
function telegramJson(): string {
  const chat = JSON.parse(fixture('telegram-result.json').toString('utf8')) as { messages: Record<string, unknown>[] };
  chat.messages.push(
    {
      id: 6,
      type: 'message',
      date: '2024-05-03T10:00:00',
      date_unixtime: '1714730400',
      from: '李明',
      from_id: 'user1002003',
      file: 'files/提现记录.pdf',
      file_name: '提现记录.pdf',
      mime_type: 'application/pdf',
      text: '提现记录',
    },
    {
      id: 7,
      type: 'message',
      date: '2024-05-03T10:05:00',
      date_unixtime: '1714730700',
      from: '李明',
      from_id: 'user1002003',
      photo: 'photos/photo_2@03-05-2024_10-05-00.jpg',
      text: '第二张截图',
    },
  );
  return JSON.stringify(chat, null, 1);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.trim() === needle) + 1;

async function telegramFolder(root = 'ChatExport_2024-05-02/', extra: ZipInput[] = []): Promise<Buffer> {
  return makeZip([
    { name: `${root}result.json`, bytes: telegramJson() },
    { name: `${root}${PHOTO_PATH}`, bytes: await jpeg(60, 120), store: true },
    { name: `${root}files/提现记录.pdf`, bytes: PDF },
    ...extra,
  ]);
}

async function setup(): Promise<TestCore & { ticketId: number; platformId: number }> {
  const t = openTestCore();
  const { ticketId, platformId } = await createTicket(t.router);
  return { ...t, ticketId, platformId };
}

const importZip = (t: TestCore & { ticketId: number }, body: Buffer, extra: Record<string, unknown> = {}) =>
  call<ImportResult>(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'ChatExport.zip', me: '李明', ...extra }, body);

/** Everything an import could have written, and the temp folder the ZIP is spooled to. */
function snapshot(t: TestCore) {
  return {
    entries: count(t.ctx, 'entries'),
    evidence: count(t.ctx, 'evidence'),
    audit: count(t.ctx, 'audit_events'),
    prefs: count(t.ctx, 'platform_import_prefs'),
    vault: listFiles(path.join(t.dataDir, 'evidence')),
    tmp: listFiles(path.join(t.dataDir, 'tmp')),
  };
}

describe('a zipped Telegram export folder', () => {
  it('previews with the number of attachments it would add and a warning, with its line, for a missing photo', async () => {
    const t = await setup();
    const before = snapshot(t);
    const preview = await importZip(t, await telegramFolder(), { dryRun: '1' });
    expect(preview).toMatchObject({ dryRun: true, format: 'telegram', total: 7, imported: 0, evidenceAdded: 2 });
    const missing = preview.warnings.filter((w) => w.code === 'attachment_missing');
    expect(missing).toEqual([
      expect.objectContaining({ line: lineOf(telegramJson(), '"id": 7,'), text: '第二张截图', message: expect.stringContaining('photo_2@03-05-2024_10-05-00.jpg') }),
    ]);
    expect(preview.warnings.map((w) => w.code)).not.toContain('attachments_not_included');
    expect(preview.messages.find((m) => m.text === '这是冻结通知的截图')?.attachments).toEqual(['photo_1@02-05-2024_10-22-03.jpg']);
    expect(snapshot(t)).toEqual(before);
  });

  it('stores the photos and files as evidence tied to their message, once, and removes its temp file', async () => {
    const t = await setup();
    const zip = await telegramFolder();
    const result = await importZip(t, zip);
    expect(result).toMatchObject({ dryRun: false, imported: 7, skipped: 0, evidenceAdded: 2 });
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    const items = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId });
    const entryOf = (text: string) => entries.find((e) => e.text === text)!.id;
    expect(items.map((i) => [i.originalName, i.mimeType, i.entryId]).sort()).toEqual(
      [
        ['photo_1@02-05-2024_10-22-03.jpg', 'image/jpeg', entryOf('这是冻结通知的截图')],
        ['提现记录.pdf', 'application/pdf', entryOf('提现记录')],
      ].sort(),
    );
    const photo = items.find((i) => i.mimeType === 'image/jpeg')!;
    // Dated by its message (Telegram strips EXIF), added by "import".
    expect(photo).toMatchObject({ capturedAt: '2024-05-02T10:22:03.000Z', capturedAtSource: 'file_time', width: 60, height: 120 });
    expect((await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: photo.id })).map((e) => e.via)).toEqual(['import']);
    expect(listFiles(path.join(t.dataDir, 'tmp'))).toEqual([]);

    // The same folder again (zipped anew, in another order): nothing twice.
    const before = snapshot(t);
    const again = await importZip(t, await makeZip([{ name: `x/${PHOTO_PATH}`, bytes: await jpeg(60, 120), store: true }, { name: 'x/files/提现记录.pdf', bytes: PDF }, { name: 'x/result.json', bytes: telegramJson() }]));
    expect(again).toMatchObject({ imported: 0, skipped: 7, evidenceAdded: 0 });
    expect(snapshot(t)).toEqual(before);
  });

  it('finds result.json at the top of the archive as well', async () => {
    const t = await setup();
    expect(await importZip(t, await telegramFolder(''))).toMatchObject({ imported: 7, evidenceAdded: 2 });
  });

  it('keeps an attachment over the evidence size limit out, by name, and imports the rest', async () => {
    const t = await setup();
    await call(t.router, 'settings.update', { evidenceMaxBytes: 1_048_576 });
    const big = { name: 'ChatExport/files/提现记录.pdf', bytes: Buffer.concat([PDF, Buffer.alloc(1_100_000, 0x20)]) };
    const zip = await makeZip([{ name: 'ChatExport/result.json', bytes: telegramJson() }, { name: `ChatExport/${PHOTO_PATH}`, bytes: PNG }, big]);
    const result = await importZip(t, zip);
    expect(result).toMatchObject({ imported: 7, evidenceAdded: 1 });
    expect(result.warnings.find((w) => w.code === 'attachment_too_large')).toMatchObject({ line: lineOf(telegramJson(), '"id": 6,') });
    expect(count(t.ctx, 'evidence')).toBe(1);
  });

  it('reads file names written in GBK by tools that do not flag UTF-8', async () => {
    const t = await setup();
    const placeholder = 'files/ABCD.pdf'; // 4 bytes, as many as 提现 in GBK
    const json = telegramJson().replace('files/提现记录.pdf', 'files/截图.pdf');
    let zip = await makeZip([{ name: 'result.json', bytes: json }, { name: placeholder, bytes: PDF }]);
    zip = clearUtf8Flags(replaceBytes(zip, placeholder, Buffer.concat([Buffer.from('files/'), Buffer.from([0xbd, 0xd8, 0xcd, 0xbc]), Buffer.from('.pdf')])));
    const result = await importZip(t, zip);
    expect(result.evidenceAdded).toBe(1);
    expect((await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId }))[0]).toMatchObject({ mimeType: 'application/pdf' });
  });

  it('two exports in one archive are refused: one folder at a time', async () => {
    const t = await setup();
    const zip = await makeZip([{ name: 'a/result.json', bytes: telegramJson() }, { name: 'b/result.json', bytes: telegramJson() }]);
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'two.zip' }, 'invalid_input', zip);
    expect(error).toMatchObject({ reason: 'telegram_many_chats', message: expect.stringMatching(/holds 2 Telegram exports/) });
  });
});

describe('a zipped folder of e-mails', () => {
  it('imports .eml files in three charsets as one transaction, attachments as evidence', async () => {
    const t = await setup();
    const zip = await makeZip([
      { name: 'mails/reply.eml', bytes: fixture('email-gb2312-attachment.eml') },
      { name: 'mails/maicoin.eml', bytes: fixture('email-big5-8bit.eml') },
      { name: 'mails/binance.eml', bytes: fixture('email-html-only-qp.eml') },
      { name: '__MACOSX/mails/._reply.eml', bytes: 'resource fork' },
    ]);
    const preview = await call<ImportResult>(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'mails.zip', dryRun: true, me: '' }, zip);
    expect(preview).toMatchObject({ format: 'email', total: 3, evidenceAdded: 1, suggestedMe: '' });
    const audit = count(t.ctx, 'audit_events');
    const stored = await call<ImportResult>(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'mails.zip', me: '' }, zip);
    expect(stored).toMatchObject({ imported: 3, evidenceAdded: 1 });
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(entries.map((e) => e.agentName)).toEqual(['火币客服', 'Binance Support', '客服中心']);
    expect(entries.map((e) => e.author)).toEqual(['agent', 'agent', 'agent']);
    expect(entries[1]!.text).toContain('你好');
    // One import event (plus the evidence item's own), not one per file.
    const actions = t.ctx.db.prepare('SELECT action FROM audit_events WHERE id > ? ORDER BY id').pluck().all(audit);
    expect(actions.filter((a) => a === 'import.stored')).toHaveLength(1);
    const [item] = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId });
    expect(item).toMatchObject({ originalName: '提现记录.png', entryId: entries[0]!.id });
  });
});

describe("WhatsApp's own ZIP (chat with media)", () => {
  it('brings the attached photo in with its message', async () => {
    const t = await setup();
    const zip = await makeZip([
      { name: '_chat.txt', bytes: fixture('whatsapp-ios-en-gb.txt') },
      { name: '00000012-PHOTO-2024-03-14-09-05-02.jpg', bytes: await jpeg(30, 30), store: true },
    ]);
    const result = await call<ImportResult>(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'WhatsApp Chat - Binance.zip', me: 'Wang Fang', timeZone: 'Europe/London' }, zip);
    expect(result).toMatchObject({ format: 'whatsapp', evidenceAdded: 1 });
    const [item] = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId });
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(entries.find((e) => e.id === item!.entryId)?.agentName).toBe('Binance Support');
  });
});

describe('hostile and broken archives: refused, nothing written, no temp file left', () => {
  async function refused(body: Buffer, code: 'invalid_input' | 'too_large', reason: string, pattern: RegExp, extra: Record<string, unknown> = {}): Promise<ApiErrorBody> {
    const t = await setup();
    const before = snapshot(t);
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'export.zip', me: 'x', ...extra }, code, body);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(pattern);
    expect(snapshot(t)).toEqual(before);
    return error;
  }

  it('a name that climbs out of the archive, or is absolute', async () => {
    const honest = await makeZip([{ name: 'aa/result.json', bytes: telegramJson() }]);
    await refused(replaceBytes(honest, 'aa/result.json', '../result.json'), 'invalid_input', 'bad_zip', /points outside the archive/);
    await refused(replaceBytes(honest, 'aa/result.json', '/a/result.json'), 'invalid_input', 'bad_zip', /points outside/);
    await refused(replaceBytes(honest, 'aa/result.json', '..\\result.json'), 'invalid_input', 'bad_zip', /points outside/);
    await refused(replaceBytes(honest, 'aa/result.json', 'C:/result.json'), 'invalid_input', 'bad_zip', /points outside/);
  });

  it('a transcript declaring a huge size, or files adding up past the unpack limit', async () => {
    const zip = await makeZip([{ name: 'result.json', bytes: telegramJson() }]);
    await refused(declareSize(zip, 'result.json', 0xfffffff0), 'too_large', 'too_large', /result\.json" in the ZIP archive is 4(\.0)? GB; at most 500 MB/);
    const many = await makeZip(['a', 'b', 'c', 'd', 'e'].map((n) => ({ name: `${n}.jpg`, bytes: 'x' })));
    const inflated = ['a', 'b', 'c', 'd', 'e'].reduce((z, n) => declareSize(z, `${n}.jpg`, 0xfffffff0), many);
    await refused(inflated, 'too_large', 'too_large', /would unpack to more than 16 GB/);
  });

  it('entries sharing their bytes (the overlapping-files zip bomb)', async () => {
    const zip = await makeZip([{ name: 'result.json', bytes: telegramJson() }, { name: PHOTO_PATH, bytes: PNG, store: true }]);
    await refused(shareBytes(zip, PHOTO_PATH, 'result.json'), 'invalid_input', 'bad_zip', /zip bomb/);
  });

  it('a photo that inflates to more than its declared size fails the store, leaving nothing', async () => {
    const t = await setup();
    const zip = declareSize(await telegramFolder(), `ChatExport_2024-05-02/files/提现记录.pdf`, 10);
    // The preview reads only result.json: it goes through.
    expect((await importZip(t, zip, { dryRun: true })).evidenceAdded).toBe(2);
    const before = snapshot(t);
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'x.zip', me: '李明' }, 'invalid_input', zip);
    expect(error).toMatchObject({ reason: 'bad_zip', message: expect.stringMatching(/not the size it says/) });
    expect(snapshot(t)).toEqual(before);
  });

  it('a photo whose bytes were damaged after zipping (its checksum no longer matches) is not kept as evidence', async () => {
    const t = await setup();
    const photo = await jpeg(60, 120);
    const zip = await makeZip([{ name: 'result.json', bytes: telegramJson() }, { name: PHOTO_PATH, bytes: photo, store: true }]);
    const damaged = Buffer.from(zip);
    damaged[zip.indexOf(photo) + 200]! ^= 0xff;
    const before = snapshot(t);
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'x.zip', me: '李明' }, 'invalid_input', damaged);
    expect(error).toMatchObject({ reason: 'bad_zip', message: expect.stringMatching(/checksum does not match/) });
    expect(snapshot(t)).toEqual(before);
  });

  it('100,000 entries', async () => {
    await refused(manyEmptyFiles(100_000), 'too_large', 'too_large', /lists 100,000 files; at most 50,000/);
    // Just under the limit it is read (and then found to hold no transcript).
    await refused(manyEmptyFiles(50_000), 'invalid_input', 'unknown_format', /it has f0, f1, f2, f3, f4, … \(50,000 files\)/);
  });

  it('a PK header on something that is not a ZIP, and a damaged directory', async () => {
    await refused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]), 'invalid_input', 'bad_zip', /cannot be read as one/);
    const zip = await telegramFolder();
    const eocd = zip.lastIndexOf(Buffer.from('PK\x05\x06'));
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(broken.readUInt32LE(eocd + 16) + 3, eocd + 16); // the directory is not where it says
    await refused(broken, 'invalid_input', 'bad_zip', /ZIP/);
  });

  it('a ZIP inside the ZIP, pictures only, or nothing at all', async () => {
    const inner = await telegramFolder();
    await refused(await makeZip([{ name: 'ChatExport.zip', bytes: inner }]), 'invalid_input', 'unknown_format', /holds another ZIP archive \(ChatExport\.zip\)/);
    await refused(await makeZip([{ name: 'a.png', bytes: PNG }, { name: 'b.pdf', bytes: PDF }]), 'invalid_input', 'unknown_format', /no Telegram export.*it has a\.png, b\.pdf/);
    await refused(await makeZip([]), 'invalid_input', 'empty', /no files in it/);
    await refused(await makeZip([{ name: '.DS_Store', bytes: 'x' }]), 'invalid_input', 'empty', /no files in it/);
  });

  it('an archive larger than the limit is refused while it arrives, and its temp file removed', async () => {
    const t = await setup();
    const zip = await telegramFolder();
    const input = { ticketId: t.ticketId, name: 'x.zip' } as Parameters<typeof receiveImport>[2];
    const error = await receiveImport(t.ctx, (async function* () { yield zip; })(), input, { ...BUNDLE_LIMITS, maxZipBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_large', reason: 'too_large' });
    expect(listFiles(path.join(t.dataDir, 'tmp'))).toEqual([]);
  });

  it('damaged bytes anywhere: a clear refusal or an import, never an internal error, never a temp file left', async () => {
    const t = await setup();
    const zip = await telegramFolder();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), async (flips) => {
        const damaged = Buffer.from(zip);
        for (const [at, value] of flips) damaged[at] = value;
        const result = await callRaw(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'x.zip', me: '李明' }, damaged);
        if (!result.ok) expect(['invalid_input', 'too_large'], result.error.message).toContain(result.error.code);
        expect(listFiles(path.join(t.dataDir, 'tmp'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(t.logs).toEqual([]);
  });
});
