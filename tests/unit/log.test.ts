import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import type { Entry, EntryRevision } from '../../src/shared/domain';
import { call, callError, cleanup, count, createTicket, openTestCore } from './helpers';

afterEach(cleanup);

const ZH = '您好，您的提现申请正在审核中，请耐心等待 24–48 小时。订单号：W2024030100123';
const EN = "Hi, I still haven't received my 1,250.5 USDT (TRC20). Please check txid 0xabc…";
const MIXED = '  前后空格保留 \n第二行 second line 🙂\r\n\tTab 和 emoji 👍🏽  ';

describe('the conversation log', () => {
  it('keeps Chinese and English text exactly as entered', async () => {
    const { router } = openTestCore();
    const { ticketId } = await createTicket(router);
    for (const text of [ZH, EN, MIXED]) await call(router, 'log.add', { ticketId, author: 'agent', text });
    const entries = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entries.map((e) => e.text)).toEqual([ZH, EN, MIXED]);
  });

  it('records who, where and when, with the time zone apart from the instant', async () => {
    const { router, clock } = openTestCore();
    const { ticketId } = await createTicket(router);
    clock.advance(3_600_000);
    const { id } = await call(router, 'log.add', {
      ticketId,
      author: 'agent',
      agentName: '  客服小王 ',
      channel: 'live_chat',
      text: ZH,
      occurredAt: '2024-03-01T10:15:00+08:00',
      timeZone: 'Asia/Shanghai',
    });
    const [entry] = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entry).toEqual({
      id,
      ticketId,
      kind: 'message',
      author: 'agent',
      agentName: '客服小王',
      channel: 'live_chat',
      occurredAt: '2024-03-01T02:15:00.000Z',
      timeZone: 'Asia/Shanghai',
      recordedAt: clock.iso(),
      text: ZH,
      revision: 1,
      revisedAt: null,
      call: null,
      flags: [],
    });
  });

  it('an entry without a time happened now, in UTC', async () => {
    const { router, clock } = openTestCore();
    const { ticketId } = await createTicket(router);
    await call(router, 'log.add', { ticketId, author: 'me', text: 'hello' });
    const [entry] = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entry).toMatchObject({ occurredAt: clock.iso(), recordedAt: clock.iso(), timeZone: 'UTC', agentName: null, channel: null });
  });

  it('records phone calls with duration and number, on the phone channel', async () => {
    const { router } = openTestCore();
    const { ticketId } = await createTicket(router);
    await call(router, 'log.add', { ticketId, author: 'me', text: 'Called the hotline', call: { durationSec: 754, number: '+86 400 000 0000' } });
    const [entry] = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entry).toMatchObject({ kind: 'call', channel: 'phone', call: { durationSec: 754, number: '+86 400 000 0000' } });
  });

  it('a call may be logged before its summary is written (empty text); a message may not be blank', async () => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    await call(router, 'log.add', { ticketId, author: 'me', text: '', call: { durationSec: 60 } });
    await call(router, 'log.add', { ticketId, author: 'agent', text: '', kind: 'call' });
    const error = await callError(router, 'log.add', { ticketId, author: 'me', text: '  ' }, 'invalid_input');
    expect(error.field).toBe('text');
    const entries = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entries.map((e) => [e.kind, e.text])).toEqual([
      ['call', ''],
      ['call', ''],
    ]);
    // Typed entries say so (imports say 'import:<format>'); they carry no import key.
    expect(ctx.db.prepare('SELECT DISTINCT source, import_key FROM entries').all()).toEqual([{ source: 'typed', import_key: null }]);
  });

  it('lists entries oldest first by when they happened, even when added out of order; ties keep insertion order', async () => {
    const { router, clock } = openTestCore();
    const { ticketId } = await createTicket(router);
    const add = async (text: string, occurredAt: string) => {
      clock.advance(1000);
      return (await call<{ id: number }>(router, 'log.add', { ticketId, author: 'me', text, occurredAt })).id;
    };
    await add('third', '2024-03-03T00:00:00Z');
    await add('first', '2024-03-01T08:00:00+08:00'); // 2024-03-01T00:00Z
    await add('tie-a', '2024-03-02T00:00:00Z');
    await add('second', '2024-03-01T12:00:00Z');
    await add('tie-b', '2024-03-02T08:00:00+08:00'); // same instant as tie-a
    await add('tie-c', '2024-03-02T00:00:00.000Z');
    const entries = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entries.map((e) => e.text)).toEqual(['first', 'second', 'tie-a', 'tie-b', 'tie-c', 'third']);
  });

  it("does not mix tickets' entries", async () => {
    const { router } = openTestCore();
    const { ticketId: a, platformId } = await createTicket(router);
    const { ticketId: b } = await createTicket(router, { platformId });
    await call(router, 'log.add', { ticketId: a, author: 'me', text: 'for A' });
    await call(router, 'log.add', { ticketId: b, author: 'me', text: 'for B' });
    expect((await call<Entry[]>(router, 'log.list', { ticketId: a })).map((e) => e.text)).toEqual(['for A']);
    expect((await call<Entry[]>(router, 'log.list', { ticketId: b })).map((e) => e.text)).toEqual(['for B']);
  });

  it('answers not_found for unknown tickets and entries, storing nothing', async () => {
    const { router, ctx } = openTestCore();
    await callError(router, 'log.add', { ticketId: 9, author: 'me', text: 'x' }, 'not_found');
    await callError(router, 'log.list', { ticketId: 9 }, 'not_found');
    await callError(router, 'log.edit', { id: 9, text: 'y' }, 'not_found');
    await callError(router, 'log.history', { id: 9 }, 'not_found');
    expect(count(ctx, 'entries')).toBe(0);
    expect(count(ctx, 'audit_events')).toBe(0);
  });

  it.each([
    ['missing text', { text: undefined }, 'text'],
    ['text of whitespace', { text: ' \n\t ' }, 'text'],
    ['text too long', { text: 'x'.repeat(LIMITS.entryText + 1) }, 'text'],
    ['text of wrong type', { text: 12 }, 'text'],
    ['unknown author', { author: 'boss' }, 'author'],
    ['unknown channel', { channel: 'fax' }, 'channel'],
    ['time without offset', { occurredAt: '2024-03-01 10:15' }, 'occurredAt'],
    ['unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['agent name too long', { agentName: 'a'.repeat(LIMITS.shortText + 1) }, 'agentName'],
    ['negative call duration', { call: { durationSec: -1 } }, 'call.durationSec'],
    ['fractional call duration', { call: { durationSec: 1.5 } }, 'call.durationSec'],
    ['ticket id as float', { ticketId: 1.5 }, 'ticketId'],
  ])('refuses %s with invalid_input naming the field', async (_label, patch, field) => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    const error = await callError(router, 'log.add', { ticketId, author: 'me', text: 'ok', ...patch }, 'invalid_input');
    expect(error.field).toBe(field);
    expect(count(ctx, 'entries')).toBe(0);
  });

  it('accepts text of exactly the limit', async () => {
    const { router } = openTestCore();
    const { ticketId } = await createTicket(router);
    const text = '长'.repeat(LIMITS.entryText);
    await call(router, 'log.add', { ticketId, author: 'me', text });
    expect((await call<Entry[]>(router, 'log.list', { ticketId }))[0]!.text).toBe(text);
  });
});

describe('editing an entry keeps what it said before', () => {
  it('shows the new text and keeps every earlier one in the history', async () => {
    const { router, clock } = openTestCore();
    const { ticketId } = await createTicket(router);
    const recordedAt = clock.iso();
    const { id } = await call(router, 'log.add', { ticketId, author: 'agent', text: '我们会在 24 小时内处理。' });

    clock.advance(60_000);
    const firstEditAt = clock.iso();
    const edited = await call<Entry>(router, 'log.edit', { id, text: '我们会在 48 小时内处理。' });
    expect(edited).toMatchObject({ id, text: '我们会在 48 小时内处理。', revision: 2, revisedAt: firstEditAt, recordedAt });

    clock.advance(60_000);
    const secondEditAt = clock.iso();
    await call(router, 'log.edit', { id, text: 'We will process it within 72 hours.' });

    expect(await call<EntryRevision[]>(router, 'log.history', { id })).toEqual([
      { revision: 1, text: '我们会在 24 小时内处理。', writtenAt: recordedAt },
      { revision: 2, text: '我们会在 48 小时内处理。', writtenAt: firstEditAt },
      { revision: 3, text: 'We will process it within 72 hours.', writtenAt: secondEditAt },
    ]);
    const [entry] = await call<Entry[]>(router, 'log.list', { ticketId });
    expect(entry).toMatchObject({ text: 'We will process it within 72 hours.', revision: 3, revisedAt: secondEditAt });
  });

  it('an unedited entry has a history of one', async () => {
    const { router, clock } = openTestCore();
    const { ticketId } = await createTicket(router);
    const { id } = await call(router, 'log.add', { ticketId, author: 'me', text: 'original' });
    expect(await call(router, 'log.history', { id })).toEqual([{ revision: 1, text: 'original', writtenAt: clock.iso() }]);
  });

  it('saving the same text adds no revision', async () => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    const { id } = await call(router, 'log.add', { ticketId, author: 'me', text: 'same' });
    const auditBefore = count(ctx, 'audit_events');
    const entry = await call<Entry>(router, 'log.edit', { id, text: 'same' });
    expect(entry).toMatchObject({ revision: 1, revisedAt: null });
    expect(await call<EntryRevision[]>(router, 'log.history', { id })).toHaveLength(1);
    expect(count(ctx, 'audit_events')).toBe(auditBefore);
  });

  it('refuses an edit to empty or over-long text, keeping the entry as it was', async () => {
    const { router } = openTestCore();
    const { ticketId } = await createTicket(router);
    const { id } = await call(router, 'log.add', { ticketId, author: 'me', text: 'keep me' });
    expect((await callError(router, 'log.edit', { id, text: '   ' }, 'invalid_input')).field).toBe('text');
    expect((await callError(router, 'log.edit', { id, text: 'x'.repeat(LIMITS.entryText + 1) }, 'invalid_input')).field).toBe('text');
    expect((await call<Entry[]>(router, 'log.list', { ticketId }))[0]).toMatchObject({ text: 'keep me', revision: 1 });
  });
});

describe('the database itself protects the record', () => {
  it('refuses to delete entries', async () => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    await call(router, 'log.add', { ticketId, author: 'me', text: 'proof' });
    expect(() => ctx.db.prepare('DELETE FROM entries').run()).toThrow(/entries are append-only/);
    expect(count(ctx, 'entries')).toBe(1);
  });

  it('refuses to change or delete earlier revisions', async () => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    const { id } = await call(router, 'log.add', { ticketId, author: 'agent', text: 'v1' });
    await call(router, 'log.edit', { id, text: 'v2' });
    expect(() => ctx.db.prepare("UPDATE entry_revisions SET text = 'forged'").run()).toThrow(/entry history cannot be changed/);
    expect(() => ctx.db.prepare('DELETE FROM entry_revisions').run()).toThrow(/entry history cannot be changed/);
    expect((await call<EntryRevision[]>(router, 'log.history', { id })).map((r) => r.text)).toEqual(['v1', 'v2']);
  });

  it('refuses to delete a ticket that has entries', async () => {
    const { router, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    await call(router, 'log.add', { ticketId, author: 'me', text: 'proof' });
    expect(() => ctx.db.prepare('DELETE FROM tickets WHERE id = ?').run(ticketId)).toThrow(/FOREIGN KEY constraint failed/);
  });
});
