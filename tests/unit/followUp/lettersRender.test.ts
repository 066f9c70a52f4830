/**
 * letters.render: every placeholder filled from a fixture ticket that has every fact, in English and in
 * Chinese, in the user's zone; and a bare ticket whose gaps show up as visible markers listed in `missing`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LETTER_KINDS, LETTER_LANGUAGES, LETTER_PLACEHOLDERS, type LetterTemplate, type RenderedLetter } from '../../../src/shared/followUp';
import { call, callError, cleanup, openTestCore, type TestCore } from '../helpers';

afterEach(cleanup);

const TXID = '0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b7d9e2c4a6b8d0f1e3c5a7b9d2e4f6a8b';

/** A ticket with every fact a letter can use; the user lives in Shanghai (UTC+8). */
async function fullTicket(): Promise<TestCore & { ticketId: number }> {
  const t = openTestCore();
  t.clock.set('2024-03-11T08:30:00Z');
  await call(t.router, 'profile.update', { name: 'Alex Chen', contact: 'alex@example.com', country: 'GB' });
  const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', {
    name: 'Kraken',
    legalEntity: 'Payward Ltd',
    jurisdiction: 'GB',
    accountUid: 'AA12 B3C4',
  });
  const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', {
    platformId,
    title: 'USDT withdrawal not received',
    category: 'withdrawal_delayed',
    platformRefs: ['K-778120'],
    openedAt: '2024-03-11T08:00:00Z',
    desiredOutcome: 'Credit the 2,500 USDT or return it to my wallet.',
    summary: 'My withdrawal of 2,500 USDT has been pending since 11 March.',
    transactions: [
      { asset: 'USDT', amount: '2500', network: 'ERC20', txid: TXID, fromAddress: '0xAAA1', toAddress: '0xBBB2', orderId: 'W-1', occurredAt: '2024-03-11T08:05:00Z' },
    ],
  });
  await call(t.router, 'tickets.update', { id: ticketId, fiatAmount: '2500.00', fiatCurrency: 'USD' });
  const log = (author: string, occurredAt: string, text: string, extra: Record<string, unknown> = {}) =>
    call(t.router, 'log.add', { ticketId, author, text, occurredAt, timeZone: 'Asia/Shanghai', ...extra });
  await log('me', '2024-03-14T01:02:00Z', 'Hi, my withdrawal is stuck\nTXID ' + TXID, { channel: 'live_chat' });
  await log('agent', '2024-03-14T01:15:00Z', 'Hello Alex, may I have your reference?', { channel: 'live_chat', agentName: 'Anna' });
  await log('me', '2024-03-14T02:00:00Z', 'Reference K-778120, please escalate.', { channel: 'email' });
  await log('agent', '2024-03-18T06:00:00Z', 'Your case was passed on.', { channel: 'email' });
  await log('me', '2024-03-19T00:00:00Z', '', { kind: 'call', channel: 'phone', call: { durationSec: 600 } });
  t.clock.set('2024-03-20T00:00:00Z');
  const { id: senior } = await call<{ id: number }>(t.router, 'escalations.add', {
    ticketId,
    level: 'senior',
    at: '2024-03-15T02:00:00Z',
    channel: 'email',
    toWhom: 'Lily',
    reference: 'ESC-42',
  });
  await call(t.router, 'escalations.update', { id: senior, answer: 'Passed to the payments team.\nPlease wait.', answeredAt: '2024-03-16T02:00:00Z' });
  await call(t.router, 'escalations.add', { ticketId, level: 'management', at: '2024-03-19T01:00:00Z', channel: 'email' });
  t.clock.set('2024-03-22T04:00:00Z');
  return { ...t, ticketId };
}

/** A template of the user's that prints every placeholder as name=value, one a line. */
async function everyPlaceholder(t: TestCore, language: 'en' | 'zh-CN'): Promise<string> {
  const body = LETTER_PLACEHOLDERS.map((p) => `${p}={{${p}}}`).join('\n@@\n');
  return (await call<LetterTemplate>(t.router, 'letters.saveTemplate', { kind: 'formal_complaint', language, name: 'All', subject: '{{platform}} / {{last_reference}}', body })).id;
}

function values(letter: RenderedLetter): Record<string, string> {
  return Object.fromEntries(letter.text.split('\n@@\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

const render = (t: TestCore, input: Record<string, unknown>) => call<RenderedLetter>(t.router, 'letters.render', input);

describe('letters.render fills every placeholder from the ticket', () => {
  it('in English', async () => {
    const t = await fullTicket();
    const letter = await render(t, { ticketId: t.ticketId, templateId: await everyPlaceholder(t, 'en'), venueId: 'uk-fos' });
    expect(letter.missing).toEqual([]);
    expect(letter.subject).toBe('Kraken / ESC-42');
    const v = values(letter);
    expect(Object.keys(v)).toEqual([...LETTER_PLACEHOLDERS]);
    expect(v).toMatchObject({
      my_name: 'Alex Chen',
      my_contact: 'alex@example.com',
      my_country: 'United Kingdom',
      account_uid: 'AA12 B3C4',
      platform: 'Kraken',
      legal_entity: 'Payward Ltd',
      ticket_title: 'USDT withdrawal not received',
      category: 'withdrawal delayed',
      references: 'K-778120, ESC-42',
      opened_on: '11 March 2024',
      amounts: '2,500 USDT',
      fiat_value: '2,500.00 USD',
      transactions: `- 11 March 2024, 16:05 (UTC+8): 2,500 USDT, on ERC20, txid ${TXID}, from 0xAAA1, to 0xBBB2, order W-1`,
      txids: TXID,
      desired_outcome: 'Credit the 2,500 USDT or return it to my wallet.',
      summary: 'My withdrawal of 2,500 USDT has been pending since 11 March.',
      contact_count: '3',
      first_contact_on: '14 March 2024',
      // The email of 14 March was answered by Lily's reply recorded on the senior step (16 March, 2 days),
      // not only by the agent's entry of 18 March, as the clocks count it: the longest wait is the current one.
      longest_wait: '3 days 4 hours',
      current_wait: '3 days 4 hours',
      unanswered_count: '1',
      last_reference: 'ESC-42',
      venue: 'Financial Ombudsman Service (UK)',
      today: '22 March 2024',
    });
    expect(v.contact_history!.split('\n')).toEqual([
      '- 14 March 2024, 09:02 (UTC+8) · live chat · me: Hi, my withdrawal is stuck',
      '- 14 March 2024, 09:15 (UTC+8) · live chat · Anna: Hello Alex, may I have your reference?',
      '- 14 March 2024, 10:00 (UTC+8) · email · me: Reference K-778120, please escalate.',
      '- 18 March 2024, 14:00 (UTC+8) · email · support: Your case was passed on.',
      '- 19 March 2024, 08:00 (UTC+8) · phone · me: (call, 10 min)',
    ]);
    // The management step started the UK ombudsman's 8 weeks, counted in the user's zone.
    expect(v.escalation_history!.split('\n')).toEqual([
      '- 15 March 2024, senior support / supervisor, email, to Lily, ref ESC-42, answered 16 March 2024: Passed to the payments team.',
      '- 19 March 2024, management / formal complaints, email, no answer yet, deadline 14 May 2024',
    ]);
  });

  it('in Chinese', async () => {
    const t = await fullTicket();
    const letter = await render(t, { ticketId: t.ticketId, templateId: await everyPlaceholder(t, 'zh-CN'), venueId: 'uk-fos' });
    expect(letter.missing).toEqual([]);
    expect(letter.language).toBe('zh-CN');
    const v = values(letter);
    expect(v).toMatchObject({
      my_country: '英国',
      category: '提现延迟',
      references: 'K-778120、ESC-42',
      opened_on: '2024年3月11日',
      transactions: `- 2024年3月11日 16:05（UTC+8）：2,500 USDT，网络 ERC20，txid ${TXID}，转出地址 0xAAA1，接收地址 0xBBB2，订单号 W-1`,
      first_contact_on: '2024年3月14日',
      longest_wait: '3天4小时',
      current_wait: '3天4小时',
      venue: '英国金融申诉专员服务（Financial Ombudsman Service）',
      today: '2024年3月22日',
    });
    expect(v.contact_history!.split('\n')[1]).toBe('- 2024年3月14日 09:15（UTC+8） · 在线客服 · Anna：Hello Alex, may I have your reference?');
    expect(v.contact_history!.split('\n')[4]).toBe('- 2024年3月19日 08:00（UTC+8） · 电话 · 我：（通话 10 分钟）');
    expect(v.escalation_history!.split('\n')).toEqual([
      '- 2024年3月15日，高级客服 / 主管，电子邮件，对象：Lily，编号 ESC-42，答复（2024年3月16日）：Passed to the payments team.',
      '- 2024年3月19日，管理层 / 正式投诉部门，电子邮件，尚未答复，期限 2024年5月14日',
    ]);
  });

  it.each(LETTER_KINDS.flatMap((kind) => LETTER_LANGUAGES.map((language) => `builtin:${kind}:${language}`)))(
    'the built-in %s leaves nothing missing on a complete ticket',
    async (templateId) => {
      const t = await fullTicket();
      const letter = await render(t, { ticketId: t.ticketId, templateId, venueId: 'uk-fos' });
      expect(letter.missing).toEqual([]);
      expect(letter.text).not.toMatch(/\{\{|\[missing|【缺少/);
      expect(letter.text).toContain('Alex Chen');
      if (templateId.endsWith(':zh-CN')) expect(letter.text).toMatch(/此致\n敬礼！\n\nAlex Chen/);
      expect(letter.subject).not.toBe('');
    },
  );

  it('names the venue of the latest third-party step when the call names none', async () => {
    const t = await fullTicket();
    t.clock.set('2024-03-22T04:00:00Z');
    await call(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'third_party', venueId: 'uk-fos', at: '2024-03-21T00:00:00Z' });
    const letter = await render(t, { ticketId: t.ticketId, templateId: 'builtin:third_party_complaint:en' });
    expect(letter.text).toMatch(/^To: Financial Ombudsman Service \(UK\)\n/);
    expect(letter.missing).toEqual([]);
  });

  it("uses the user's edited text of a built-in", async () => {
    const t = await fullTicket();
    await call(t.router, 'letters.saveTemplate', { id: 'builtin:follow_up:en', kind: 'follow_up', language: 'en', name: 'Mine', subject: 'Hi', body: 'Hi {{platform}}, it has been {{current_wait}}.' });
    expect((await render(t, { ticketId: t.ticketId, templateId: 'builtin:follow_up:en' })).text).toBe('Hi Kraken, it has been 3 days 4 hours.');
  });
});

describe('letters.render on a ticket with gaps', () => {
  it('leaves a visible marker for each missing value and lists it, in both languages', async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'OKX' });
    const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'Account frozen', category: 'account_frozen' });

    const en = await render(t, { ticketId, templateId: 'builtin:formal_complaint:en' });
    expect(en.missing).toEqual([
      'last_reference',
      'legal_entity',
      'my_name',
      'my_contact',
      'my_country',
      'account_uid',
      'references',
      'summary',
      'amounts',
      'fiat_value',
      'transactions',
      'first_contact_on',
      'contact_count',
      'unanswered_count',
      'longest_wait',
      'contact_history',
      'escalation_history',
      'desired_outcome',
    ]);
    expect(en.subject).toBe('Formal complaint: Account frozen (ref. [missing: latest reference number])');
    expect(en.text).toMatch(/^To: Complaints department, \[missing: platform's legal entity\] \(OKX\)\n\nDear Sir or Madam,\n/);
    expect(en.text).toContain('Account UID: [missing: account UID]');
    expect(en.text).toContain('Case: Account frozen (account frozen), since 1 March 2024');

    const zh = await render(t, { ticketId, templateId: 'builtin:formal_complaint:zh-CN' });
    expect(zh.missing).toEqual(en.missing);
    expect(zh.text).toContain('账户 UID：【缺少：平台账户 UID】');
    expect(zh.text).toContain('事由：Account frozen（账户被冻结），始于2024年3月1日');

    // current_wait is missing when nobody is waiting for an answer.
    await call(t.router, 'log.add', { ticketId, author: 'me', text: 'hello', timeZone: 'UTC' });
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'hi', timeZone: 'UTC' });
    expect((await render(t, { ticketId, templateId: 'builtin:follow_up:en' })).missing).toContain('current_wait');
  });

  it('keeps a long contact history readable: the first contacts, a count of the skipped ones, the latest', async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'OKX' });
    const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'Slow' });
    for (let i = 0; i < 40; i++) {
      const occurredAt = new Date(Date.parse('2024-02-02T00:00:00Z') + i * 3_600_000).toISOString();
      await call(t.router, 'log.add', { ticketId, author: i % 2 ? 'agent' : 'me', text: `message ${i}\nsecond line`, occurredAt, timeZone: 'UTC' });
    }
    const templateId = (await call<LetterTemplate>(t.router, 'letters.saveTemplate', { kind: 'follow_up', language: 'en', name: 'h', body: '{{contact_history}}' })).id;
    const lines = (await render(t, { ticketId, templateId })).text.split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[0]).toBe('- 2 February 2024, 00:00 (UTC) · me: message 0');
    expect(lines[5]).toBe('- … (10 more contacts in between: see the full record) …');
    expect(lines[30]).toBe('- 3 February 2024, 15:00 (UTC) · support: message 39');
  });

  it('answers not_found for an unknown template or ticket, invalid_input for an unknown venue', async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'OKX' });
    const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'x' });
    await callError(t.router, 'letters.render', { ticketId, templateId: 'user:9' }, 'not_found');
    await callError(t.router, 'letters.render', { ticketId, templateId: 'builtin:apology:en' }, 'not_found');
    await callError(t.router, 'letters.render', { ticketId: 99, templateId: 'builtin:follow_up:en' }, 'not_found');
    expect((await callError(t.router, 'letters.render', { ticketId, templateId: 'builtin:follow_up:en', venueId: 'xx-none' }, 'invalid_input')).field).toBe('venueId');
  });
});
