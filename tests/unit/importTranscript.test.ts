/**
 * import.transcript through the router, on a real store: previews never write; a store is one transaction
 * whose failure leaves nothing (no entry, no evidence row, no vault file); a second import adds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent, CustodyEvent, Entry, Evidence, ImportResult } from '../../src/shared/domain';
import { IMPORTED_TEXT_MAX } from '../../src/main/core/log/importTranscript';
import { MAX_IMPORT_BYTES } from '../../src/main/core/import';
import { call, callError, cleanup, count, createTicket, fixturesDir, listFiles, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

const fixture = (name: string) => fs.readFileSync(path.join(fixturesDir, 'import', name));
const WHATSAPP = fixture('whatsapp-android-en.txt');
const TELEGRAM = fixture('telegram-result.json');
const EMAIL = fixture('email-gb2312-attachment.eml');
const CSV = fixture('messages-semicolon-bom.csv');
const LIVECHAT = fixture('livechat-paste-zh.txt');

async function setup(): Promise<TestCore & { ticketId: number; platformId: number }> {
  const t = openTestCore();
  const { ticketId, platformId } = await createTicket(t.router);
  return { ...t, ticketId, platformId };
}

const importCall = (t: TestCore, input: Record<string, unknown>, body: Buffer | Uint8Array | AsyncIterable<Uint8Array>) =>
  call<ImportResult>(t.router, 'import.transcript', input, body);

/** Everything an import could have written, to compare before and after. */
function snapshot(t: TestCore) {
  return {
    entries: count(t.ctx, 'entries'),
    evidence: count(t.ctx, 'evidence'),
    custody: count(t.ctx, 'evidence_custody'),
    audit: count(t.ctx, 'audit_events'),
    prefs: count(t.ctx, 'platform_import_prefs'),
    vault: listFiles(path.join(t.dataDir, 'evidence')),
  };
}

describe('the preview', () => {
  it('shows who is who, what would be skipped and what is still needed, and writes nothing', async () => {
    const t = await setup();
    const before = snapshot(t);
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'WhatsApp Chat.txt', dryRun: '1', me: 'Alex Chen' }, WHATSAPP);
    expect(preview).toMatchObject({
      dryRun: true,
      format: 'whatsapp',
      senders: ['Alex Chen', 'Kraken Support'],
      suggestedMe: 'Alex Chen',
      needs: ['timeZone'],
      total: 8,
      imported: 0,
      skipped: 0,
      evidenceAdded: 0,
    });
    expect(preview.messages.map((m) => [m.sender, m.author, m.kind])).toEqual([
      ['', 'system', 'system'],
      ['Alex Chen', 'me', 'message'],
      ['Kraken Support', 'agent', 'message'],
      ['Alex Chen', 'me', 'message'],
      ['Alex Chen', 'me', 'message'],
      ['Kraken Support', 'agent', 'message'],
      ['Alex Chen', 'me', 'message'],
      ['Kraken Support', 'agent', 'message'],
    ]);
    expect(preview.messages[1]).toMatchObject({ localTime: '3/14/24, 9:02 AM', duplicate: false });
    expect(preview.warnings.map((w) => w.code)).toContain('media_not_included');
    expect(snapshot(t)).toEqual(before);
  });

  it('without dryRun it is still only a preview while a question is open (time zone) or nobody is "me"', async () => {
    const t = await setup();
    const before = snapshot(t);
    const noZone = await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: 'Alex Chen' }, WHATSAPP);
    expect(noZone).toMatchObject({ dryRun: true, needs: ['timeZone'], imported: 0 });
    const noMe = await importCall(t, { ticketId: t.ticketId, name: 'paste.txt', timeZone: 'Asia/Shanghai' }, LIVECHAT);
    // The parser's guess is offered, never applied silently.
    expect(noMe).toMatchObject({ dryRun: true, needs: [], suggestedMe: '我', imported: 0 });
    expect(noMe.messages.map((m) => m.author)).toEqual(['me', 'agent', 'me', 'agent', 'me', 'agent']);
    expect(snapshot(t)).toEqual(before);
  });

  it('says when photos and files named in the transcript were not uploaded with it', async () => {
    const t = await setup();
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'WhatsApp Chat.txt', dryRun: true, me: 'Wang Fang' }, fixture('whatsapp-ios-en-gb.txt'));
    const warning = preview.warnings.find((w) => w.code === 'attachments_not_included');
    expect(warning?.message).toMatch(/^1 file\(s\) the transcript refers to/);
  });

  it('lists at most 500 messages but counts them all', async () => {
    const t = await setup();
    const lines = Array.from({ length: 1200 }, (_, i) => `3/14/24, ${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} PM - ${i % 2 ? 'Agent' : 'Me'}: message ${i}`);
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'big.txt', dryRun: true, me: 'Me', timeZone: 'UTC' }, Buffer.from(lines.join('\n')));
    expect(preview.total).toBe(1200);
    expect(preview.messages).toHaveLength(500);
    expect(preview.messages[499]!.text).toBe('message 499');
  });
});

describe('storing', () => {
  it('stores every message as an entry with its author, agent, instant, zone and source, with one audit event', async () => {
    const t = await setup();
    const auditBefore = count(t.ctx, 'audit_events');
    const result = await importCall(t, { ticketId: t.ticketId, name: 'WhatsApp Chat.txt', me: 'Alex Chen', timeZone: 'Asia/Shanghai' }, WHATSAPP);
    expect(result).toMatchObject({ dryRun: false, needs: [], total: 8, imported: 8, skipped: 0, evidenceAdded: 0 });

    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(entries).toHaveLength(8);
    expect(entries[1]).toMatchObject({
      author: 'me',
      agentName: null,
      kind: 'message',
      channel: 'social',
      // 9:02 AM in Shanghai
      occurredAt: '2024-03-14T01:02:00.000Z',
      timeZone: 'Asia/Shanghai',
      recordedAt: t.clock.iso(),
      text: 'Hi, my USDT withdrawal has been pending since March 11.\nTXID: 0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b7d9e2c4a6b8d0f1e3c5a7b9d2e4f6a8b\nAmount: 2,500 USDT (ERC20)',
    });
    expect(entries[2]).toMatchObject({ author: 'agent', agentName: 'Kraken Support' });
    expect(entries[0]).toMatchObject({ author: 'system', agentName: null });
    const sources = t.ctx.db.prepare('SELECT DISTINCT source FROM entries').pluck().all();
    expect(sources).toEqual(['import:whatsapp']);
    expect(t.ctx.db.prepare('SELECT count(DISTINCT import_key) FROM entries').pluck().get()).toBe(8);

    const audit = await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId });
    expect(count(t.ctx, 'audit_events')).toBe(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({
      action: 'import.stored',
      detail: { format: 'whatsapp', name: 'WhatsApp Chat.txt', imported: 8, skipped: 0, evidenceAdded: 0, me: 'Alex Chen' },
    });
    expect(t.ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('importing the same file again adds nothing: every message is skipped, even with other answers', async () => {
    const t = await setup();
    await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: 'Alex Chen', timeZone: 'Asia/Shanghai' }, WHATSAPP);
    const before = snapshot(t);
    const again = await importCall(t, { ticketId: t.ticketId, name: 'chat (1).txt', me: 'Alex Chen', timeZone: 'Europe/London' }, WHATSAPP);
    expect(again).toMatchObject({ dryRun: false, imported: 0, skipped: 8, total: 8 });
    expect(snapshot(t)).toEqual(before);
    // The preview marks them as already imported.
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', dryRun: true }, WHATSAPP);
    expect(preview.skipped).toBe(8);
    expect(preview.messages.every((m) => m.duplicate)).toBe(true);
  });

  it('a longer export of the same chat adds only the new messages', async () => {
    const t = await setup();
    const text = WHATSAPP.toString('utf8');
    const cut = text.indexOf('3/15/24');
    await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: 'Alex Chen', timeZone: 'UTC' }, Buffer.from(text.slice(0, cut)));
    const later = await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: 'Alex Chen', timeZone: 'UTC' }, WHATSAPP);
    expect(later).toMatchObject({ imported: 2, skipped: 6 });
    expect(count(t.ctx, 'entries')).toBe(8);
  });

  it('the same messages on another ticket are imported there too (keys are per ticket)', async () => {
    const t = await setup();
    const other = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Second case' })).id;
    await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: 'Alex Chen', timeZone: 'UTC' }, WHATSAPP);
    expect(await importCall(t, { ticketId: other, name: 'chat.txt', timeZone: 'UTC' }, WHATSAPP)).toMatchObject({ imported: 8, skipped: 0 });
  });

  it('remembers "me" per platform and format: the next import needs no answer', async () => {
    const t = await setup();
    await importCall(t, { ticketId: t.ticketId, name: 'result.json', me: '李明' }, TELEGRAM);
    const second = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Another' })).id;
    const result = await importCall(t, { ticketId: second, name: 'result.json' }, TELEGRAM);
    expect(result).toMatchObject({ dryRun: false, suggestedMe: '李明', imported: 5 });
    expect((await call<Entry[]>(t.router, 'log.list', { ticketId: second })).filter((e) => e.author === 'me')).toHaveLength(3);
    // Another platform, or another format, has nothing remembered.
    const { ticketId: elsewhere } = await createTicket(t.router, { platformId: undefined });
    expect(await importCall(t, { ticketId: elsewhere, name: 'result.json' }, TELEGRAM)).toMatchObject({ dryRun: true, suggestedMe: null });
    expect(await importCall(t, { ticketId: second, name: 'paste.txt', timeZone: 'UTC' }, LIVECHAT)).toMatchObject({ dryRun: true, suggestedMe: '我' });
  });

  it('me "" says none of the senders is the user: all but system lines are the platform\'s, and that is remembered', async () => {
    const t = await setup();
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', dryRun: true, me: '', timeZone: 'UTC' }, WHATSAPP);
    expect(preview).toMatchObject({ suggestedMe: '', needs: [] });
    expect(preview.messages.map((m) => m.author)).toEqual(['system', ...Array<string>(7).fill('agent')]);
    // The user said so: no "nobody here is you" warning.
    expect(preview.warnings.map((w) => w.code)).not.toContain('me_not_found');

    expect(await importCall(t, { ticketId: t.ticketId, name: 'chat.txt', me: '  ', timeZone: 'UTC' }, WHATSAPP)).toMatchObject({ dryRun: false, imported: 8 });
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(entries.filter((e) => e.author === 'me')).toEqual([]);
    const [alex, kraken] = ['Alex Chen', 'Kraken Support'];
    expect(entries.filter((e) => e.author === 'agent').map((e) => e.agentName)).toEqual([alex, kraken, alex, alex, kraken, alex, kraken]);
    expect(t.ctx.db.prepare("SELECT me FROM platform_import_prefs WHERE format = 'whatsapp'").pluck().get()).toBe('');

    // Next time nothing needs asking: '' comes back as the remembered answer and the import stores.
    const second = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Another' })).id;
    expect(await importCall(t, { ticketId: second, name: 'chat.txt', timeZone: 'UTC' }, WHATSAPP)).toMatchObject({ dryRun: false, suggestedMe: '', imported: 8 });
    // A name given later replaces it.
    const third = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Third' })).id;
    await importCall(t, { ticketId: third, name: 'chat.txt', me: 'Alex Chen', timeZone: 'UTC' }, WHATSAPP);
    expect(t.ctx.db.prepare("SELECT me FROM platform_import_prefs WHERE format = 'whatsapp'").pluck().get()).toBe('Alex Chen');
  });

  it('Telegram calls become call entries with their duration and an empty text', async () => {
    const t = await setup();
    await importCall(t, { ticketId: t.ticketId, name: 'result.json', me: '李明', timeZone: 'Asia/Shanghai' }, TELEGRAM);
    const [callEntry] = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(callEntry).toMatchObject({ kind: 'call', author: 'me', text: '', call: { durationSec: 420, number: null }, occurredAt: '2024-05-02T10:00:00.000Z', timeZone: 'Asia/Shanghai' });
  });

  it('e-mail attachments become evidence tied to their entry, added by "import", dated by the e-mail', async () => {
    const t = await setup();
    const result = await importCall(t, { ticketId: t.ticketId, name: 'reply.eml', me: 'me@example.com' }, EMAIL);
    expect(result).toMatchObject({ imported: 1, evidenceAdded: 1 });
    expect(result.warnings.map((w) => w.code)).toEqual(['me_not_found']);
    const [entry] = await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId });
    expect(entry).toMatchObject({ author: 'agent', agentName: '火币客服', channel: 'email', occurredAt: '2024-06-04T06:22:05.000Z' });
    const [item] = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId });
    expect(item).toMatchObject({ entryId: entry!.id, originalName: '提现记录.png', mimeType: 'image/png', capturedAt: '2024-06-04T06:22:05.000Z', capturedAtSource: 'file_time' });
    expect(item!.description).toContain('关于您的提现申请 HT-88213');
    expect((await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: item!.id })).map((e) => e.via)).toEqual(['import']);
    expect(listFiles(path.join(t.dataDir, 'evidence'))).toEqual([`${item!.sha256.slice(0, 2)}/${item!.sha256.slice(2)}`]);

    const before = snapshot(t);
    expect(await importCall(t, { ticketId: t.ticketId, name: 'reply.eml', me: 'me@example.com' }, EMAIL)).toMatchObject({ imported: 0, skipped: 1, evidenceAdded: 0 });
    expect(snapshot(t)).toEqual(before);
  });

  it('"me" matches the sender’s address as well as the name shown', async () => {
    const t = await setup();
    await importCall(t, { ticketId: t.ticketId, name: 'reply.eml', me: 'SERVICE@support.htx.com' }, EMAIL);
    expect((await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId }))[0]).toMatchObject({ author: 'me', agentName: null });
  });

  it('keeps an imported text longer than a typed entry may be, whole; refuses one over 1,000,000 characters with a warning', async () => {
    const t = await setup();
    const long = 'A'.repeat(150_000);
    const huge = 'B'.repeat(IMPORTED_TEXT_MAX + 1);
    const body = Buffer.from(`3/14/24, 9:02 AM - Me: ${long}\n3/14/24, 9:03 AM - Agent: ${huge}\n3/14/24, 9:04 AM - Agent: ok\n`);
    const preview = await importCall(t, { ticketId: t.ticketId, name: 'long.txt', me: 'Me', timeZone: 'UTC', dryRun: true }, body);
    expect(preview.warnings.map((w) => w.code)).toEqual(['text_too_long']);
    expect(preview.messages[0]!.text.length).toBeLessThan(10_000); // the preview shows the start only
    const result = await importCall(t, { ticketId: t.ticketId, name: 'long.txt', me: 'Me', timeZone: 'UTC' }, body);
    expect(result).toMatchObject({ imported: 2, skipped: 0, total: 3 });
    expect(result.warnings[0]).toMatchObject({ code: 'text_too_long', line: 2 });
    const texts = (await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId })).map((e) => e.text);
    expect(texts).toEqual([long, 'ok']);
  });

  it('CSV: asks for the column mapping, then stores with columns named by their header', async () => {
    const t = await setup();
    const first = await importCall(t, { ticketId: t.ticketId, name: 'messages.csv', me: '我', timeZone: 'Asia/Shanghai' }, CSV);
    expect(first.dryRun).toBe(true);
    expect(first.needs).toContain('columnMapping');
    expect(first.csv).toEqual({ header: ['时间', '发送人', '内容', '备注'], suggested: { sender: '发送人', time: '时间', text: '内容' } });

    const columns = JSON.stringify({ sender: '发送人', time: '时间', text: '内容' });
    const stored = await importCall(t, { ticketId: t.ticketId, name: 'messages.csv', me: '我', timeZone: 'Asia/Shanghai', columns }, CSV);
    expect(stored).toMatchObject({ dryRun: false, imported: 3 });
    expect((await call<Entry[]>(t.router, 'log.list', { ticketId: t.ticketId })).map((e) => [e.author, e.text])).toEqual([
      ['agent', '您好; 请问有什么可以帮您？'],
      ['me', '我的提现卡住了\n订单号 "W-123"'],
      ['agent', '已为您加急处理 🙏'],
    ]);
  });

  it('CSV: a mapping that is not JSON, or names a missing column, is refused with the field named', async () => {
    const t = await setup();
    for (const columns of ['{sender:', '[1,2,3]', '{"sender":"发送人","time":"时间"}', '{"sender":"From","time":"时间","text":"内容"}', '{"sender":7,"time":0,"text":2}', '{"who":"发送者"}']) {
      const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'm.csv', me: '我', timeZone: 'UTC', columns }, 'invalid_input', CSV);
      expect(error.field, columns).toBe('columns');
    }
    expect(count(t.ctx, 'entries')).toBe(0);
  });
});

/** An e-mail carrying the same PDF twice and an empty file. */
function emailWithAttachments(messageId: string): Buffer {
  const pdf = Buffer.from('%PDF-1.4\n% statement of account\n%%EOF\n').toString('base64');
  const part = (name: string, base64: string) =>
    `--b\r\nContent-Type: application/pdf; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n`;
  return Buffer.from(
    `From: Support <support@exchange.example>\r\nTo: me@example.com\r\nSubject: Your statements\r\nDate: Tue, 04 Jun 2024 14:22:05 +0800\r\n` +
      `Message-ID: <${messageId}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n` +
      `--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n` +
      part('march.pdf', pdf) +
      part('march (copy).pdf', pdf) +
      part('empty.pdf', '') +
      '--b--\r\n',
  );
}

describe('attachments', () => {
  it('the same bytes twice are kept once; an empty file is named in a warning, not kept', async () => {
    const t = await setup();
    const result = await importCall(t, { ticketId: t.ticketId, name: 'statements.eml', me: 'me@example.com' }, emailWithAttachments('a@x'));
    expect(result).toMatchObject({ imported: 1, evidenceAdded: 1 });
    expect(result.warnings.map((w) => w.code)).toContain('attachment_empty');
    const items = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: t.ticketId });
    expect(items.map((e) => e.originalName)).toEqual(['march.pdf']);
    expect(listFiles(path.join(t.dataDir, 'evidence'))).toHaveLength(1);
  });

  it('a failed import removes its vault files even when two attachments share them', async () => {
    const t = await setup();
    t.ctx.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main.audit_events WHEN new.action = 'import.stored'
                   BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'statements.eml', me: 'x' }, 'internal', emailWithAttachments('b@x'));
    expect(listFiles(path.join(t.dataDir, 'evidence'))).toEqual([]);
    expect(count(t.ctx, 'evidence')).toBe(0);
    expect(count(t.ctx, 'entries')).toBe(0);
  });
});

describe('failures leave the store unchanged', () => {
  it('a failure inside the transaction rolls back entries and evidence rows and removes the vault file it created', async () => {
    const t = await setup();
    const before = snapshot(t);
    // The last write of the import (its audit event) fails.
    t.ctx.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main.audit_events WHEN new.action = 'import.stored'
                   BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'reply.eml', me: 'me@example.com' }, 'internal', EMAIL);
    expect(error.message).toMatch(/nothing was changed/);
    expect(snapshot(t)).toEqual(before);
    expect(before.vault).toEqual([]);
    // Once the cause is gone the same import goes through.
    t.ctx.db.exec('DROP TRIGGER temp.fail_import');
    expect(await importCall(t, { ticketId: t.ticketId, name: 'reply.eml', me: 'me@example.com' }, EMAIL)).toMatchObject({ imported: 1, evidenceAdded: 1 });
  });

  it('keeps a vault file another item already uses when an import fails', async () => {
    const t = await setup();
    await importCall(t, { ticketId: t.ticketId, name: 'reply.eml', me: 'x' }, EMAIL);
    const other = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Other' })).id;
    const vault = listFiles(path.join(t.dataDir, 'evidence'));
    t.ctx.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main.audit_events WHEN new.action = 'import.stored'
                   BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    await callError(t.router, 'import.transcript', { ticketId: other, name: 'reply.eml', me: 'x' }, 'internal', EMAIL);
    expect(listFiles(path.join(t.dataDir, 'evidence'))).toEqual(vault);
    expect(count(t.ctx, 'evidence')).toBe(1);
  });

  it('refuses what is not a transcript with a clear message', async () => {
    const t = await setup();
    const before = snapshot(t);
    const refuse = async (name: string, body: Buffer, pattern: RegExp) => {
      const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name, me: 'x' }, 'invalid_input', body);
      expect(error.message).toMatch(pattern);
    };
    await refuse('chat.txt', fs.readFileSync(path.join(fixturesDir, 'screenshot-withdrawal-pending.png')), /not a text transcript|image|PNG/i);
    await refuse('result.json', fixture('telegram-truncated.json'), /not valid JSON.*cut short/);
    await refuse('notes.txt', Buffer.from('just some notes\nwithout any speaker'), /not a format Casefile can import/);
    await refuse('empty.txt', Buffer.alloc(0), /empty/);
    expect(snapshot(t)).toEqual(before);
  });

  it('refuses a transcript over the size limit without holding it all', async () => {
    const t = await setup();
    const chunk = Buffer.alloc(64 * 1024 * 1024, 0x61);
    async function* huge(): AsyncIterable<Uint8Array> {
      for (let sent = 0; sent <= MAX_IMPORT_BYTES; sent += chunk.length) yield chunk; // the same chunk: no real memory
    }
    const error = await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'big.txt' }, 'too_large', huge());
    expect(error.message).toMatch(/larger than 500 MB/);
  });

  it('an unknown ticket is not_found; bad answers are invalid_input', async () => {
    const t = await setup();
    await callError(t.router, 'import.transcript', { ticketId: 99, name: 'chat.txt' }, 'not_found', WHATSAPP);
    await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'chat.txt', timeZone: 'Mars/Base' }, 'invalid_input', WHATSAPP);
    await callError(t.router, 'import.transcript', { ticketId: t.ticketId, name: 'chat.txt', date: '2024-02-30' }, 'invalid_input', LIVECHAT);
    expect(count(t.ctx, 'entries')).toBe(0);
  });
});
