import { describe, expect, it } from 'vitest';
import { htmlToText, parseEmailFiles } from '../../../src/main/core/import';
import { codes, fixture, importError, parseFixture } from './helpers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('e-mail (.eml)', () => {
  it('reads the shared GB2312 sample: encoded-word From/Subject, base64 body, the Chinese attachment name', async () => {
    const r = await parseFixture('email-gb2312-attachment.eml');
    expect(r).toMatchObject({ format: 'email', encoding: 'mime', needs: [], warnings: [], senders: ['火币客服'] });
    const [m] = r.messages;
    expect(m).toMatchObject({
      key: 'email:20240604142205.HT88213@support.htx.com',
      sender: '火币客服',
      senderId: 'service@support.htx.com',
      occurredAt: '2024-06-04T06:22:05.000Z',
      localTime: 'Tue, 04 Jun 2024 14:22:05 +0800',
      subject: '关于您的提现申请 HT-88213',
      channel: 'email',
      kind: 'message',
    });
    expect(m!.text.split('\n')[0]).toBe('关于您的提现申请 HT-88213');
    expect(m!.text).toContain('您于2024年6月3日提交的提现申请（编号 HT-88213）因链上拥堵延迟处理。');
    expect(m!.text).not.toContain('\r');
    expect(m!.attachments).toHaveLength(1);
    const [attachment] = m!.attachments;
    expect(attachment).toMatchObject({ name: '提现记录.png', mimeType: 'image/png' });
    expect([...attachment!.bytes!.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(attachment!.bytes!.length).toBe(27072);
  });

  it('renders an HTML-only, quoted-printable body as safe text, links kept, scripts and styles dropped', async () => {
    const r = await parseFixture('email-html-only-qp.eml');
    const [m] = r.messages;
    expect(m).toMatchObject({ sender: 'Binance Support', subject: 'Re: Withdrawal — case #12345', replyToKey: 'email:case12345.reply1@binance.com' });
    expect(m!.text).toBe(
      [
        'Re: Withdrawal — case #12345',
        '',
        'Dear user,',
        '',
        'Your withdrawal of 1,000\u00A0USDT is on hold.'.replace('\u00A0', ' '),
        'Please see our help centre (https://www.binance.com/en/support) & reply.',
        '',
        '• Case: #12345',
        '• Status: <pending>',
        '',
        '你好 😀',
      ].join('\n'),
    );
    expect(m!.text).not.toMatch(/alert|color: red|<b>|<p>/);
  });

  it('decodes a Big5 8-bit body and Big5 encoded words', async () => {
    const r = await parseFixture('email-big5-8bit.eml');
    expect(r.messages[0]).toMatchObject({ sender: '客服中心', subject: '儲值通知', text: '儲值通知\n\n您好，您的儲值已到帳。', occurredAt: '2024-06-10T00:00:00.000Z' });
    expect(r.messages[0]!.key).toMatch(/^email:h:[0-9a-f]{32}$/); // no Message-ID: a hash of what is written
  });

  it('does not let "30 Feb" roll over into March: the Received: stamp is used, with a warning', async () => {
    const r = await parseFixture('email-bad-date.eml');
    expect(r.messages[0]!.occurredAt).toBe('2024-06-06T10:00:01.000Z');
    expect(codes(r)).toEqual(['date_from_received']);
  });

  it('asks for the date when there is none at all, and uses the one given', async () => {
    const raw = new TextEncoder().encode('From: a@b.co\r\nSubject: hi\r\nMessage-ID: <x@y>\r\n\r\nbody');
    const { parseTranscript } = await import('../../../src/main/core/import');
    const r = await parseTranscript(raw, 'x.eml');
    expect(r.messages[0]!.occurredAt).toBeNull();
    expect(r.needs).toEqual(['date']);
    expect(codes(r)).toEqual(['missing_date']);
    const given = await parseTranscript(raw, 'x.eml', { date: '2024-06-01', timeZone: 'Asia/Shanghai' });
    expect(given.messages[0]!.occurredAt).toBe('2024-05-31T16:00:00.000Z');
    expect(given.needs).toEqual([]);
  });

  it('reads a batch: oldest first, the same Message-ID once, unreadable files as warnings', async () => {
    const r = await parseEmailFiles([
      { name: 'b.eml', bytes: fixture('email-big5-8bit.eml') },
      { name: 'a.eml', bytes: fixture('email-gb2312-attachment.eml') },
      { name: 'a-copy.eml', bytes: fixture('email-gb2312-attachment.eml') },
      { name: 'notes.txt', bytes: new TextEncoder().encode('just some text') },
    ]);
    expect(r.messages.map((m) => m.file)).toEqual(['a.eml', 'b.eml']);
    expect(r.warnings.map((w) => [w.code, w.file])).toEqual([
      ['duplicate_message', 'a-copy.eml'],
      ['file_skipped', 'notes.txt'],
    ]);
    expect(r.senders).toEqual(['火币客服', '客服中心']);
  });

  it('fails a batch only when no file could be read', async () => {
    expect((await importError(parseEmailFiles([{ name: 'x.eml', bytes: new TextEncoder().encode('hello') }]))).code).toBe('bad_email');
    expect((await importError(parseEmailFiles([]))).code).toBe('empty');
  });
});

describe('htmlToText', () => {
  it('drops active content and never lets markup through', () => {
    const html = '<div onclick="x()">Hi<script>document.cookie</script><style>.a{}</style><!-- secret --><iframe src="//evil"></iframe></div><img src=x onerror=alert(1) alt="logo">';
    expect(htmlToText(html)).toBe('Hi\n[logo]');
  });

  it('decodes entities without re-creating tags', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#x4F60;&#22909; &bogus; &#0;')).toBe('<script>alert(1)</script> &amp; 你好 &bogus; \uFFFD');
  });

  it('keeps line structure: br, paragraphs, table rows, list items', () => {
    expect(htmlToText('a<br>b<p>c</p><table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>')).toBe('a\nb\n\nc\n\n1\t2\n3');
  });

  it('survives unclosed markup', () => {
    expect(htmlToText('text <script>never closed')).toBe('text');
    expect(htmlToText('a < b and <a href="https://x.co">link')).toBe('a < b and link (https://x.co)');
    expect(htmlToText('<p>x</p><div')).toBe('x\n\n<div');
  });

  it('is linear on hostile input', () => {
    const hostile = '<a href="https://x">'.repeat(20_000) + '<script'.repeat(20_000);
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});
