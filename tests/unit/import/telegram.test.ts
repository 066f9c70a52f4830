import { describe, expect, it } from 'vitest';
import { resolveAttachments } from '../../../src/main/core/import';
import { codes, importError, parseFixture, parseText } from './helpers';

describe('Telegram Desktop result.json', () => {
  it('reads the shared sample: call, entity text, photo, reply, edit; instants from date_unixtime', async () => {
    const r = await parseFixture('telegram-result.json', { timeZone: 'Asia/Shanghai' });
    expect(r).toMatchObject({ format: 'telegram', title: 'OKX 客服 Support', needs: [], warnings: [] });
    expect(r.senders).toEqual(['李明', 'OKX 客服 Support']);
    const [call, plain, links, photo, edited] = r.messages;
    expect(call).toMatchObject({ key: 'telegram:5123456789:1', kind: 'call', call: { durationSec: 420 }, sender: '李明', senderId: 'user1002003' });
    expect(plain).toMatchObject({ occurredAt: '2024-05-02T10:08:12.000Z', localTime: '2024-05-02T10:08:12', text: '你好，我的账户在5月1日被冻结了，无法提现。UID: 41829377' });
    expect(links!.text).toBe('您好，请通过官方渠道提交工单：https://www.okx.com/help 我们会在24小时内回复。');
    expect(photo!.attachments).toEqual([{ name: 'photo_1@02-05-2024_10-22-03.jpg', path: 'photos/photo_1@02-05-2024_10-22-03.jpg', mimeType: 'image/jpeg' }]);
    expect(edited).toMatchObject({
      edited: true,
      editedAt: '2024-05-03T09:03:00.000Z',
      replyToKey: plain!.key,
      text: '工单号 OKX-240502-99318：风控团队正在审核，预计3-5个工作日。',
    });
    // The time zone option does not move Telegram's instants.
    const utc = await parseFixture('telegram-result.json');
    expect(utc.messages.map((m) => m.occurredAt)).toEqual(r.messages.map((m) => m.occurredAt));
    expect(utc.messages.map((m) => m.key)).toEqual(r.messages.map((m) => m.key));
  });

  it('reads a whole-account export with one chat: missed call, deleted sender, links with targets, forwarded, files not included', async () => {
    const r = await parseFixture('telegram-full-export-one-chat.json');
    const byId = (id: number) => r.messages.find((m) => m.key === `telegram:777:${id}`)!;
    expect(byId(10)).toMatchObject({ kind: 'call', call: { durationSec: null } });
    expect(byId(11)).toMatchObject({ sender: 'user999', senderId: 'user999' });
    expect(byId(12)).toMatchObject({ forwardedFrom: 'Bybit Announcements', text: 'Read our notice (https://www.bybit.com/notice) and @bybit_help' });
    expect(byId(13).attachments).toEqual([{ name: 'statement.pdf', omitted: true, mimeType: 'application/pdf' }]);
    expect(byId(16)).toMatchObject({ kind: 'system', text: '[pin_message]' });
    expect(codes(r)).toEqual(['media_not_included']);
  });

  it('refuses a whole-account export with several chats, naming them', async () => {
    const json = JSON.stringify({ chats: { list: [{ name: 'A', id: 1, messages: [] }, { name: 'B', id: 2, messages: [] }] } });
    const error = await importError(parseText(json, 'result.json'));
    expect(error.code).toBe('telegram_many_chats');
    expect(error.message).toContain('A, B');
  });

  it('reports truncated JSON with its line and column', async () => {
    const error = await importError(parseFixture('telegram-truncated.json'));
    expect(error.code).toBe('bad_json');
    expect(error.position).toEqual({ line: 75, column: 5 });
    expect(error.message).toMatch(/line 75, column 5.*cut short/);
  });

  it('reports a syntax error in the middle with its position', async () => {
    const error = await importError(parseText('{\n "messages": [\n  {"id": 1,,}\n ]\n}', 'result.json'));
    expect(error).toMatchObject({ code: 'bad_json', position: { line: 3, column: 12 } });
  });

  it('refuses JSON that is not a Telegram export', async () => {
    expect((await importError(parseText('{"hello": "world"}', 'data.json'))).code).toBe('not_telegram');
    expect((await importError(parseText('[1, 2, 3]', 'data.json'))).code).toBe('not_telegram');
  });

  it('falls back to the wall-time date in the chosen zone for exports without date_unixtime', async () => {
    const json = JSON.stringify({ id: 1, name: 'x', messages: [{ id: 1, type: 'message', date: '2020-01-02T03:04:05', from: 'A', text: 'old' }] });
    const r = await parseText(json, 'result.json');
    expect(r.needs).toEqual(['timeZone']);
    const tokyo = await parseText(json, 'result.json', { timeZone: 'Asia/Tokyo' });
    expect(tokyo.messages[0]!.occurredAt).toBe('2020-01-01T18:04:05.000Z');
    expect(tokyo.needs).toEqual([]);
  });

  it('skips malformed messages with a warning instead of failing', async () => {
    const json = JSON.stringify({ id: 1, messages: [42, { id: 2, type: 'message', from: 'A', text: 'no date' }, { id: 3, type: 'message', date_unixtime: '1714644000', from: 'A', text: 'ok' }] });
    const r = await parseText(json, 'result.json');
    expect(r.messages.map((m) => m.text)).toEqual(['ok']);
    expect(codes(r)).toEqual(['bad_message', 'invalid_date']);
  });
});

describe('resolveAttachments', () => {
  it('fills bytes from the export folder, and never reads outside it', async () => {
    const r = await parseFixture('telegram-full-export-one-chat.json');
    const asked: string[] = [];
    const resolved = await resolveAttachments(r, async (rel) => {
      asked.push(rel);
      return rel === 'files/receipt.pdf' ? new Uint8Array([37, 80, 68, 70]) : null;
    });
    expect(asked).toEqual(['files/receipt.pdf']);
    const receipt = resolved.messages.find((m) => m.key === 'telegram:777:14')!.attachments[0]!;
    expect(receipt.bytes).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(codes(resolved)).toEqual(['media_not_included', 'unsafe_path']);
    expect(r.messages.find((m) => m.key === 'telegram:777:14')!.attachments[0]!.bytes).toBeUndefined(); // the input is not changed
  });

  it('warns about missing and unreadable files', async () => {
    const r = await parseFixture('telegram-result.json');
    expect(codes(await resolveAttachments(r, async () => null))).toEqual(['attachment_missing']);
    expect(
      codes(
        await resolveAttachments(r, async () => {
          throw new Error('EACCES');
        }),
      ),
    ).toEqual(['attachment_unreadable']);
  });
});
