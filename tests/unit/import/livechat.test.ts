import { describe, expect, it } from 'vitest';
import { codes, parseFixture, parseText } from './helpers';

describe('live-chat paste', () => {
  it('reads the shared Chinese sample: 客服 Anna 14:03, 我 14:02, the date once at the top', async () => {
    const r = await parseFixture('livechat-paste-zh.txt', { timeZone: 'Asia/Shanghai' });
    expect(r).toMatchObject({ format: 'livechat', date: '2024-07-08', needs: [], warnings: [], suggestedMe: '我' });
    expect(r.senders).toEqual(['我', '客服 Anna']);
    expect(r.messages).toHaveLength(6);
    expect(r.messages[0]).toMatchObject({
      sender: '我',
      localTime: '14:02',
      wallTime: '2024-07-08T14:02:00',
      occurredAt: '2024-07-08T06:02:00.000Z',
      channel: 'live_chat',
      line: 2,
      text: '充值的 0.35 ETH 到现在还没到账，交易哈希 0x1b6e9c0d2f4a8e7b3c5d9f1a2e4b6c8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e',
    });
    expect(r.messages[3]!.text).toBe('已为您提交给技术团队核实，请耐心等待，工单号 #CS-7781.');
  });

  it('asks for the date when the paste has none, and keeps the keys stable for the same answer', async () => {
    const text = '我 14:02\n你好\n客服 Anna 14:03\n您好\n';
    const r = await parseText(text, 'paste.txt', { timeZone: 'Asia/Shanghai' });
    expect(r.needs).toEqual(['date']);
    expect(r.messages.map((m) => [m.occurredAt, m.localTime])).toEqual([
      [null, '14:02'],
      [null, '14:03'],
    ]);
    const dated = await parseText(text, 'paste.txt', { timeZone: 'Asia/Shanghai', date: '2024-07-08' });
    expect(dated.needs).toEqual([]);
    expect(dated.messages[1]!.occurredAt).toBe('2024-07-08T06:03:00.000Z');
    const again = await parseText(text, 'paste.txt', { timeZone: 'UTC', date: '2024-07-08' });
    expect(again.messages.map((m) => m.key)).toEqual(dated.messages.map((m) => m.key));
  });

  it('reads English widgets: 12-hour headers, a written date, crossing midnight, sentences that end in a time', async () => {
    const r = await parseFixture('livechat-en.txt', { timeZone: 'UTC' });
    expect(r.date).toBe('2024-03-01');
    expect(r.senders).toEqual(['Agent Lily', 'You']);
    expect(r.messages.map((m) => m.wallTime)).toEqual(['2024-03-01T23:50:00', '2024-03-01T23:52:00', '2024-03-02T00:05:00', '2024-03-02T00:20:00']);
    expect(r.messages[1]!.text).toBe('My deposit of 0.5 BTC is missing. I sent it at 10:15');
    expect(r.messages[2]!.text).toBe('I see it now, it needs 3 confirmations.\nThe deposit arrived 12:10 AM');
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'orphan_line', line: 1, text: 'Live Chat with Kraken Support' }),
      expect.objectContaining({ code: 'next_day_assumed', line: 7 }),
    ]);
  });

  it('reads [date time] Name: text and Name (time): text headers, text on the same line', async () => {
    const r = await parseFixture('livechat-bracket.txt', { timeZone: 'Europe/London' });
    expect(r.messages.map((m) => [m.sender, m.wallTime, m.text])).toEqual([
      ['Kraken Support', '2024-03-01T10:15:00', 'Hello! How can I help?'],
      ['Me', '2024-03-01T10:16:00', 'My withdrawal is stuck.\nIt says "processing".'],
      ['Agent Lily', '2024-03-01T10:20:00', 'Checking now.'],
      ['Kraken Support', '2024-03-02T09:00:00', 'Resolved, please check.'],
    ]);
    expect(r.needs).toEqual([]); // every header carries its date
    expect(r.suggestedMe).toBe('Me');
  });

  it('follows a date line between messages', async () => {
    const r = await parseText('2024-07-08\n我 23:58\n在吗\n—— 2024年7月9日 星期二 ——\n客服 Anna 09:01\n在的\n', 'p.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.wallTime)).toEqual(['2024-07-08T23:58:00', '2024-07-09T09:01:00']);
    expect(codes(r)).toEqual([]);
  });

  it('keeps a slightly earlier time on the same day, with a warning', async () => {
    const r = await parseText('2024-07-08\n客服 Anna 14:03\n您好\n我 14:02\n你好\n', 'p.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.wallTime)).toEqual(['2024-07-08T14:03:00', '2024-07-08T14:02:00']);
    expect(codes(r)).toEqual(['time_out_of_order']);
  });

  it('turns a header date that does not exist into a warning', async () => {
    const r = await parseText('[2024-02-30 10:15] Agent: hi\n[2024-02-29 10:16] Me: leap day\n', 'p.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.text)).toEqual(['leap day']);
    expect(r.warnings[0]).toMatchObject({ code: 'invalid_date', line: 1, text: '[2024-02-30 10:15] Agent: hi' });
  });

  it('prefers the date in the paste over a date given, and says so', async () => {
    const r = await parseFixture('livechat-paste-zh.txt', { timeZone: 'UTC', date: '2024-01-01' });
    expect(r.date).toBe('2024-07-08');
    expect(codes(r)).toEqual(['date_given_ignored']);
  });
});
