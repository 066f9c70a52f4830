import { describe, expect, it } from 'vitest';
import { codes, parseFixture, parseText } from './helpers';

describe('WhatsApp export (Android, en-US, 12-hour)', () => {
  it('reads the shared sample: system line, multi-line message, media placeholder', async () => {
    const r = await parseFixture('whatsapp-android-en.txt', { timeZone: 'America/New_York' });
    expect(r.format).toBe('whatsapp');
    expect(r.dateOrder).toBe('mdy'); // 3/14 proves month-first
    expect(r.needs).toEqual([]);
    expect(r.senders).toEqual(['Alex Chen', 'Kraken Support']);
    expect(r.messages).toHaveLength(8);
    const [system, first, second] = r.messages;
    expect(system).toMatchObject({ kind: 'system', sender: '', channel: 'social', line: 1 });
    expect(first).toMatchObject({
      sender: 'Alex Chen',
      kind: 'message',
      localTime: '3/14/24, 9:02 AM',
      wallTime: '2024-03-14T09:02:00',
      occurredAt: '2024-03-14T13:02:00.000Z', // EDT (UTC-4) since March 10th
      text: 'Hi, my USDT withdrawal has been pending since March 11.\nTXID: 0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b7d9e2c4a6b8d0f1e3c5a7b9d2e4f6a8b\nAmount: 2,500 USDT (ERC20)',
    });
    expect(second!.sender).toBe('Kraken Support');
    const media = r.messages.find((m) => m.text === '<Media omitted>')!;
    expect(media.attachments).toEqual([{ name: 'Media omitted', omitted: true }]);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'media_not_included' })]);
    expect(r.messages.at(-1)).toMatchObject({ occurredAt: '2024-03-16T14:05:00.000Z', text: expect.stringContaining('#K-778120') });
  });

  it('asks for the time zone it assumed when none was given', async () => {
    const r = await parseFixture('whatsapp-android-en.txt');
    expect(r.timeZone).toBe('UTC');
    expect(r.needs).toEqual(['timeZone']);
    expect(r.messages[1]!.occurredAt).toBe('2024-03-14T09:02:00.000Z');
  });

  it('gives the same keys on every parse, whatever the answers', async () => {
    const a = await parseFixture('whatsapp-android-en.txt');
    const b = await parseFixture('whatsapp-android-en.txt', { timeZone: 'Asia/Tokyo' });
    expect(a.messages.map((m) => m.key)).toEqual(b.messages.map((m) => m.key));
    expect(new Set(a.messages.map((m) => m.key)).size).toBe(a.messages.length);
  });

  it('keeps two identical messages in the same minute apart', async () => {
    const r = await parseText('1/2/24, 9:00 AM - A: ok\n1/2/24, 9:00 AM - A: ok\n', 'c.txt', { timeZone: 'UTC', dateOrder: 'dmy' });
    expect(r.messages).toHaveLength(2);
    expect(r.messages[1]!.key).toBe(`${r.messages[0]!.key}#2`);
  });
});

describe('WhatsApp export (iOS, en-GB, 24-hour)', () => {
  it('reads brackets, seconds, U+200E marks, CRLF, attachments, calls, emoji and right-to-left text', async () => {
    const r = await parseFixture('whatsapp-ios-en-gb.txt', { timeZone: 'Europe/London' });
    expect(r.dateOrder).toBe('dmy');
    expect(r.senders).toEqual(['Wang Fang', 'Binance Support', '+44 7700 900123']);
    const [system, multi, attached, omitted, rtl, call, phone] = r.messages;
    expect(system).toMatchObject({ kind: 'system', sender: '' });
    expect(multi).toMatchObject({ text: 'Hello, my account is frozen 😟\nOrder: 8812-3341\n\nPlease help 🙏🏽', occurredAt: '2024-03-14T09:02:45.000Z' });
    expect(attached!.attachments).toEqual([{ name: '00000012-PHOTO-2024-03-14-09-05-02.jpg', path: '00000012-PHOTO-2024-03-14-09-05-02.jpg' }]);
    expect(omitted!.attachments[0]).toMatchObject({ omitted: true });
    expect(rtl!.text).toBe('مرحبا، تم استلام طلبك');
    expect(call).toMatchObject({ kind: 'call', call: { durationSec: null } });
    expect(phone!.sender).toBe('+44 7700 900123'); // bidi embedding marks around the number are dropped from the name only
    expect(codes(r)).toEqual(['media_not_included']);
  });
});

describe('WhatsApp quirks', () => {
  it('reads year-first Chinese Android exports with 上午/下午 and attached files', async () => {
    const r = await parseFixture('whatsapp-android-zh.txt', { timeZone: 'Asia/Shanghai' });
    expect(r.dateOrder).toBe('ymd');
    expect(r.messages[0]).toMatchObject({ kind: 'system' });
    expect(r.messages[2]).toMatchObject({ sender: '币安客服', wallTime: '2024-03-14T13:15:00', occurredAt: '2024-03-14T05:15:00.000Z' });
    expect(r.messages[3]!.attachments).toEqual([{ name: 'IMG-20240314-WA0001.jpg', path: 'IMG-20240314-WA0001.jpg' }]);
    expect(r.messages[3]!.text).toBe('IMG-20240314-WA0001.jpg (文件附件)\n订单截图');
    expect(r.messages[4]).toMatchObject({ edited: true });
  });

  it('recognises every media placeholder style, keeping the text as written', async () => {
    const text = [
      '[14/03/2024, 09:02:11] A: \u200E<附件：00000013-PHOTO-2024-03-14-09-02-11.jpg>',
      '[14/03/2024, 09:03:11] A: IMG-20240314-WA0002.jpg (file attached)',
      'caption line',
      '[14/03/2024, 09:04:11] A: \u200EStatement.pdf • 3 pages \u200Edocument omitted',
      '[14/03/2024, 09:05:11] A: <省略影音内容>',
      '[14/03/2024, 09:06:11] A: I omitted nothing > really',
    ].join('\n');
    const r = await parseText(text, 'c.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.attachments)).toEqual([
      [{ name: '00000013-PHOTO-2024-03-14-09-02-11.jpg', path: '00000013-PHOTO-2024-03-14-09-02-11.jpg' }],
      [{ name: 'IMG-20240314-WA0002.jpg', path: 'IMG-20240314-WA0002.jpg' }],
      [{ name: 'Statement.pdf', omitted: true }],
      [{ name: '省略影音内容', omitted: true }],
      [],
    ]);
    expect(r.messages[1]!.text).toBe('IMG-20240314-WA0002.jpg (file attached)\ncaption line');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'media_not_included', message: expect.stringContaining('2 photo(s)') })]);
  });

  it('reads a.m./p.m. and the narrow no-break space newer exports put before AM', async () => {
    const r = await parseText('3/14/24, 9:02\u202FAM - A: one\n3/14/24, 9:03 p.m. - B: two\n3/14/24, 12:00\u202Fa.m. - A: three\n', 'c.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.wallTime)).toEqual(['2024-03-14T09:02:00', '2024-03-14T21:03:00', '2024-03-14T00:00:00']);
  });

  it('asks for the day/month order when no date decides it, and shows the messages meanwhile', async () => {
    const text = '3/4/24, 10:00 - A: hi\n3/4/24, 10:05 - B: hello\n';
    const r = await parseText(text);
    expect(r.needs).toEqual(['dateOrder', 'timeZone']);
    expect(r.messages.map((m) => [m.occurredAt, m.localTime])).toEqual([
      [null, '3/4/24, 10:00'],
      [null, '3/4/24, 10:05'],
    ]);
    const answered = await parseText(text, 'c.txt', { dateOrder: 'dmy', timeZone: 'UTC' });
    expect(answered.needs).toEqual([]);
    expect(answered.messages[0]!.occurredAt).toBe('2024-04-03T10:00:00.000Z');
    expect(answered.messages.map((m) => m.key)).toEqual(r.messages.map((m) => m.key));
  });

  it('decides the order from the sequence when single dates cannot (dates never go backwards)', async () => {
    const r = await parseText('1/2/24, 10:00 - A: a\n1/3/24, 10:00 - A: b\n2/1/24, 10:00 - A: c\n');
    expect(r.dateOrder).toBe('mdy');
    expect(r.needs).not.toContain('dateOrder');
  });

  it('lets the data overrule a wrong answer, and says so', async () => {
    const r = await parseText('25/12/24, 10:00 - A: merry\n', 'c.txt', { dateOrder: 'mdy', timeZone: 'UTC' });
    expect(r.messages[0]!.occurredAt).toBe('2024-12-25T10:00:00.000Z');
    expect(codes(r)).toContain('date_order_overridden');
  });

  it('turns a date that does not exist into a warning with the whole message, not a crash', async () => {
    const r = await parseText('2/28/24, 9:00 AM - A: fine\n2/30/24, 9:00 AM - A: impossible\nsecond line\n3/1/24, 9:00 AM - B: next\n', 'c.txt', { timeZone: 'UTC' });
    expect(r.messages.map((m) => m.text)).toEqual(['fine', 'next']);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'invalid_date', line: 2, text: '2/30/24, 9:00 AM - A: impossible\nsecond line' })]);
  });

  it('refuses impossible clock times the same way', async () => {
    const r = await parseText('2/28/24, 13:00 PM - A: x\n2/28/24, 9:00 AM - A: y\n', 'c.txt', { timeZone: 'UTC' });
    expect(r.messages).toHaveLength(1);
    expect(codes(r)).toEqual(['invalid_time']);
  });

  it('moves a wall time inside a DST gap forward and warns', async () => {
    const r = await parseText('3/10/24, 2:30 AM - A: in the gap\n3/10/24, 3:30 AM - A: after\n', 'c.txt', { timeZone: 'America/New_York', dateOrder: 'mdy' });
    expect(r.messages.map((m) => m.occurredAt)).toEqual(['2024-03-10T07:30:00.000Z', '2024-03-10T07:30:00.000Z']);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'nonexistent_time', line: 1 })]);
  });

  it('reports text before the first message instead of dropping it', async () => {
    const r = await parseText('exported by my phone\n\n3/14/24, 9:02 AM - A: hi\n');
    expect(r.warnings[0]).toMatchObject({ code: 'orphan_line', line: 1, text: 'exported by my phone' });
  });

  it('reads old CR-only line endings and keeps system lines with colons as system lines', async () => {
    const r = await parseText('14.03.24, 09:02 - Ana changed the subject from "Old" to "Re: frozen"\r14.03.24, 09:03 - Ana: hi\r', 'c.txt', { timeZone: 'UTC' });
    expect(r.dateOrder).toBe('dmy'); // dotted dates are day-first
    expect(r.messages.map((m) => m.kind)).toEqual(['system', 'message']);
    expect(r.senders).toEqual(['Ana']);
  });
});
