/**
 * tickets.clocks and dashboard.actions on a real store with a fake clock: what counts as waiting, the
 * promised time per channel, the pause arithmetic with spells of "waiting on me", deadlines of escalation
 * steps (a venue's deadline does not pause), reminders, daylight-saving changes and the explanations.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionItem, TicketClocks } from '../../../src/shared/followUp';
import { call, callError, cleanup } from '../helpers';
import { byKind, followUpTest, HOUR, steps, stepsZh } from './followUpFixtures';

afterEach(cleanup);

const EMAIL_48H = [{ kind: 'email', address: 'support@kraken.com', promisedResponseHours: 48 }];

describe('tickets.clocks: waiting for an answer', () => {
  it('has no clock without a message of mine, and none once the platform answered', async () => {
    const t = await followUpTest({ channels: EMAIL_48H });
    expect(await t.clocks()).toEqual([]);
    await t.me('2024-03-01T03:00:00Z');
    expect(byKind(await t.clocks(), 'awaiting_reply')).toHaveLength(1);
    await t.agent('2024-03-01T05:00:00Z');
    expect(await t.clocks()).toEqual([]);
    // Notes and system lines are neither a message of mine nor an answer.
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'note', text: 'remember the txid', occurredAt: '2024-03-01T06:00:00Z' });
    expect(await t.clocks()).toEqual([]);
  });

  it('counts up from my latest unanswered message, in its own zone, with no due time', async () => {
    const t = await followUpTest();
    await t.agent('2024-03-01T01:00:00Z');
    await t.me('2024-03-01T01:30:00Z');
    const latest = await t.me('2024-03-01T10:15:00+08:00', { timeZone: 'Asia/Shanghai', channel: 'live_chat' });
    t.clock.set('2024-03-02T05:00:00Z');
    const [clock, ...others] = await t.clocks();
    expect(others).toEqual([]);
    expect(clock).toMatchObject({
      kind: 'awaiting_reply',
      label: { en: 'No answer yet to your live-chat message', 'zh-CN': '您在在线客服的留言尚未得到答复' },
      startedAt: '2024-03-01T02:15:00.000Z',
      dueAt: null,
      pausedSeconds: 0,
      state: 'running',
      source: { entryId: latest },
    });
    expect(steps(clock)).toEqual(['Sent 1 Mar 10:15 (Asia/Shanghai)', '= 1 d 2 h 45 min waiting so far']);
    expect(stepsZh(clock)).toEqual(['3月1日 10:15 发出（Asia/Shanghai）', '= 已等待 1 天 2 小时 45 分钟']);
  });

  it('says "Called" for a call, and shows the year when it is not this year', async () => {
    const t = await followUpTest({ now: '2025-01-10T00:00:00Z' });
    await t.me('2024-12-30T09:05:00Z', { kind: 'call', channel: 'phone' });
    const [clock] = await t.clocks();
    expect(clock!.label.en).toBe('No answer yet to your call');
    expect(steps(clock)[0]).toBe('Called 30 Dec 2024 09:05 (UTC)');
    expect(stepsZh(clock)[0]).toBe('2024年12月30日 09:05 致电（UTC）');
  });
});

describe('tickets.clocks: the promised response time, paused while waiting on me', () => {
  it('moves the due time by two spells of waiting on me, and explains each step', async () => {
    const t = await followUpTest({ now: '2024-03-01T00:00:00Z', channels: EMAIL_48H });
    const sent = await t.me('2024-03-01T10:15:00+08:00', { timeZone: 'Asia/Shanghai' });
    await t.status('waiting_me', '2024-03-02T09:00:00+08:00');
    await t.status('waiting_platform', '2024-03-04T12:00:00+08:00');
    await t.status('waiting_me', '2024-03-05T10:00:00+08:00');
    await t.status('waiting_platform', '2024-03-05T11:00:00+08:00');
    t.clock.set('2024-03-05T12:00:00+08:00');

    const clocks = await t.clocks();
    const [promised] = byKind(clocks, 'promised_response');
    const channelId = (await call<{ channels: { id: number }[] }>(t.router, 'platforms.get', { id: t.platformId })).channels[0]!.id;
    expect(promised).toMatchObject({
      label: { en: 'Email reply promised within 48 h', 'zh-CN': '平台承诺 48 小时内回复邮件' },
      startedAt: '2024-03-01T02:15:00.000Z',
      // 1 Mar 10:15 + 48 h + 51 h + 1 h = 5 Mar 14:15 in Shanghai.
      dueAt: '2024-03-05T06:15:00.000Z',
      pausedSeconds: 52 * 3600,
      state: 'running',
      source: { entryId: sent, channelId },
    });
    expect(steps(promised)).toEqual([
      'Sent 1 Mar 10:15 (Asia/Shanghai)',
      '+48 h promised on email',
      '+2 d 3 h paused while waiting on you (2 Mar–4 Mar)',
      '+1 h paused while waiting on you (5 Mar 10:00–11:00)',
      '= due 5 Mar 14:15',
    ]);
    expect(stepsZh(promised)).toEqual([
      '3月1日 10:15 发出（Asia/Shanghai）',
      '+48 小时：平台承诺的邮件回复时间',
      '+2 天 3 小时：等待您处理期间暂停（3月2日–3月4日）',
      '+1 小时：等待您处理期间暂停（3月5日 10:00–11:00）',
      '= 3月5日 14:15 到期',
    ]);
    expect(promised!.explanation[2]).toMatchObject({
      code: 'clock.paused',
      params: { from: '2024-03-02T01:00:00.000Z', to: '2024-03-04T04:00:00.000Z', seconds: String(51 * 3600) },
    });

    // The count-up clock leaves the same pauses out of the time waited.
    const [awaiting] = byKind(clocks, 'awaiting_reply');
    expect(awaiting!.pausedSeconds).toBe(52 * 3600);
    expect(steps(awaiting).at(-1)).toBe('= 1 d 21 h 45 min waiting so far, not counting 2 d 4 h paused');

    // Past the due time it is overdue.
    t.clock.set('2024-03-05T06:15:00Z');
    expect(byKind(await t.clocks(), 'promised_response')[0]!.state).toBe('overdue');
  });

  it('stands still while the ticket waits on me now: paused, and the due time moves with the clock', async () => {
    const t = await followUpTest({ now: '2024-03-01T00:00:00Z', channels: EMAIL_48H });
    await t.me('2024-03-01T00:00:00Z');
    await t.status('waiting_me', '2024-03-02T00:00:00Z');
    t.clock.set('2024-03-04T00:00:00Z');
    let [promised] = byKind(await t.clocks(), 'promised_response');
    expect(promised).toMatchObject({ state: 'paused', dueAt: '2024-03-05T00:00:00.000Z', pausedSeconds: 48 * 3600 });
    expect(steps(promised)[2]).toBe('+2 d paused so far while waiting on you (since 2 Mar 00:00)');
    expect(byKind(await t.clocks(), 'awaiting_reply')[0]!.state).toBe('paused');

    t.clock.advance(5 * HOUR);
    [promised] = byKind(await t.clocks(), 'promised_response');
    expect(promised).toMatchObject({ state: 'paused', dueAt: '2024-03-05T05:00:00.000Z' });

    await t.status('waiting_platform');
    [promised] = byKind(await t.clocks(), 'promised_response');
    expect(promised).toMatchObject({ state: 'running', dueAt: '2024-03-05T05:00:00.000Z' });
  });

  it('does not move a due time that had already passed when the wait on me began', async () => {
    const t = await followUpTest({ now: '2024-03-01T00:00:00Z', channels: [{ kind: 'email', address: 'a@kraken.com', promisedResponseHours: 24 }] });
    await t.me('2024-03-01T00:00:00Z');
    await t.status('waiting_me', '2024-03-03T00:00:00Z');
    t.clock.set('2024-03-04T00:00:00Z');
    let [promised] = byKind(await t.clocks(), 'promised_response');
    // The platform was late from 2 Mar: asking me for something later does not undo that.
    expect(promised).toMatchObject({ dueAt: '2024-03-02T00:00:00.000Z', state: 'overdue', pausedSeconds: 0 });
    expect(steps(promised)).toEqual(['Sent 1 Mar 00:00 (UTC)', '+24 h promised on email', '= due 2 Mar 00:00']);
    await t.status('waiting_platform', '2024-03-05T00:00:00Z');
    [promised] = byKind(await t.clocks(), 'promised_response');
    expect(promised).toMatchObject({ dueAt: '2024-03-02T00:00:00.000Z', state: 'overdue' });
  });

  it('applies only when the channel of my message states a promise; the first such channel counts', async () => {
    const t = await followUpTest({
      channels: [
        { kind: 'email', address: 'first@kraken.com' },
        { kind: 'email', address: 'second@kraken.com', promisedResponseHours: 0.25 },
        { kind: 'email', address: 'third@kraken.com', promisedResponseHours: 72 },
      ],
    });
    await t.me('2024-03-01T02:00:00Z', { channel: 'live_chat' });
    expect(byKind(await t.clocks(), 'promised_response')).toEqual([]);
    await t.me('2024-03-01T02:00:00Z', { channel: 'email' });
    const [promised] = byKind(await t.clocks(), 'promised_response');
    expect(promised).toMatchObject({ dueAt: '2024-03-01T02:15:00.000Z', label: { en: 'Email reply promised within 15 min' } });
    expect(steps(promised)[1]).toBe('+15 min promised on email');
  });

  it('adds absolute hours across daylight-saving changes (New York in March, London in October)', async () => {
    const ny = await followUpTest({ now: '2024-03-09T12:00:00Z', channels: [{ kind: 'email', address: 'a@x.com', promisedResponseHours: 24 }] });
    await ny.me('2024-03-09T10:00:00-05:00', { timeZone: 'America/New_York' });
    const [nyClock] = byKind(await ny.clocks(), 'promised_response');
    // 24 hours after 10:00 EST is 11:00 EDT: the clocks jumped forward, the platform's hours did not.
    expect(nyClock!.dueAt).toBe('2024-03-10T15:00:00.000Z');
    expect(steps(nyClock)).toEqual(['Sent 9 Mar 10:00 (America/New_York)', '+24 h promised on email', '= due 10 Mar 11:00']);

    const london = await followUpTest({ now: '2024-10-26T12:00:00Z', channels: [{ kind: 'email', address: 'a@x.com', promisedResponseHours: 24 }] });
    await london.me('2024-10-26T12:00:00+01:00', { timeZone: 'Europe/London' });
    const [londonClock] = byKind(await london.clocks(), 'promised_response');
    expect(londonClock!.dueAt).toBe('2024-10-27T11:00:00.000Z');
    expect(steps(londonClock)).toEqual(['Sent 26 Oct 12:00 (Europe/London)', '+24 h promised on email', '= due 27 Oct 11:00']);
  });
});

describe('tickets.clocks: reminders and deadlines', () => {
  it('shows each pending reminder as a follow-up clock, overdue once its time has come', async () => {
    const t = await followUpTest({ now: '2024-03-01T00:00:00Z' });
    const reminder = await call<{ id: number }>(t.router, 'reminders.create', {
      ticketId: t.ticketId,
      dueAt: '2024-03-04T09:00:00Z',
      timeZone: 'Europe/London',
      note: 'Chase the txid',
      repeatEveryDays: 2,
      untilReply: true,
    });
    let [clock] = byKind(await t.clocks(), 'follow_up');
    expect(clock).toMatchObject({
      label: { en: 'Reminder: Chase the txid', 'zh-CN': '提醒：Chase the txid' },
      startedAt: '2024-03-01T00:00:00.000Z',
      dueAt: '2024-03-04T09:00:00.000Z',
      state: 'running',
      source: { reminderId: reminder.id },
    });
    expect(steps(clock)).toEqual([
      'Reminder set on 1 Mar 00:00 for 4 Mar 09:00 (Europe/London)',
      'Repeats every 2 days until they answer',
      '= due 4 Mar 09:00',
    ]);
    t.clock.set('2024-03-04T09:00:00Z');
    [clock] = byKind(await t.clocks(), 'follow_up');
    expect(clock!.state).toBe('overdue');
    await call(t.router, 'reminders.done', { id: reminder.id });
    expect(byKind(await t.clocks(), 'follow_up')).toEqual([]);
  });

  it("pauses an escalation's deadline while waiting on me, but never a venue's own deadline", async () => {
    const t = await followUpTest({ now: '2024-04-01T00:00:00Z' });
    const senior = t.escalation({ level: 'senior', at: '2024-04-01T00:00:00Z', deadlineAt: '2024-04-08T00:00:00Z' });
    const fos = t.escalation({ level: 'third_party', venueKind: 'ombudsman', venueId: 'uk-fos', at: '2024-04-01T00:00:00Z', deadlineAt: '2024-05-27T00:00:00Z' });
    t.escalation({ level: 'management', at: '2024-04-01T00:00:00Z', deadlineAt: '2024-04-03T00:00:00Z', answeredAt: '2024-04-02T00:00:00Z' });
    await t.status('waiting_me', '2024-04-02T00:00:00Z');
    await t.status('escalated', '2024-04-03T12:00:00Z');
    t.clock.set('2024-04-05T00:00:00Z');

    const deadlines = byKind(await t.clocks(), 'deadline');
    expect(deadlines.map((c) => c.source)).toEqual([{ escalationId: senior }, { escalationId: fos, venueId: 'uk-fos' }]);
    expect(deadlines[0]).toMatchObject({
      label: { en: 'Answer due from senior support' },
      dueAt: '2024-04-09T12:00:00.000Z',
      pausedSeconds: 36 * 3600,
      state: 'running',
    });
    expect(steps(deadlines[0])).toEqual([
      'Escalated to senior support on 1 Apr 00:00 (UTC)',
      'Deadline: 8 Apr 00:00',
      '+1 d 12 h paused while waiting on you (2 Apr–3 Apr)',
      '= due 9 Apr 12:00',
    ]);
    expect(deadlines[1]).toMatchObject({
      label: { en: 'Deadline under the rule of Financial Ombudsman Service (UK)', 'zh-CN': '英国金融申诉专员服务（Financial Ombudsman Service）规定的期限' },
      dueAt: '2024-05-27T00:00:00.000Z',
      pausedSeconds: 0,
    });
    expect(steps(deadlines[1])).toContain('The rule of Financial Ombudsman Service (UK): this deadline keeps running while the ticket waits on you');
    expect(stepsZh(deadlines[1])).toContain('这是英国金融申诉专员服务（Financial Ombudsman Service）的规定：等待您处理期间，此期限不暂停');
  });

  it('a resolved or closed ticket has no running clocks', async () => {
    const t = await followUpTest({ channels: EMAIL_48H });
    await t.me('2024-03-01T01:00:00Z');
    t.escalation({ level: 'senior', at: '2024-03-01T00:00:00Z', deadlineAt: '2024-03-08T00:00:00Z' });
    await call(t.router, 'reminders.create', { ticketId: t.ticketId, preset: 'in_24_hours' });
    expect((await t.clocks()).map((c) => c.kind).sort()).toEqual(['awaiting_reply', 'deadline', 'follow_up', 'promised_response']);
    await t.status('resolved');
    const answer = await call<TicketClocks>(t.router, 'tickets.clocks', { ticketId: t.ticketId });
    expect(answer).toEqual({ ticketId: t.ticketId, status: 'resolved', computedAt: t.clock.iso(), clocks: [] });
  });

  it('answers not_found for a ticket that does not exist', async () => {
    const t = await followUpTest();
    await callError(t.router, 'tickets.clocks', { ticketId: 999 }, 'not_found');
  });
});

describe('dashboard.actions', () => {
  it("lists every open ticket's due clocks, overdue first, then soonest; ended tickets and count-up clocks are left out", async () => {
    const t = await followUpTest({ now: '2024-03-10T00:00:00Z', channels: [{ kind: 'email', address: 'a@x.com', promisedResponseHours: 24 }] });
    const b = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Account frozen' })).id;
    const c = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: t.platformId, title: 'Closed one' })).id;
    await t.me('2024-03-08T00:00:00Z'); // promised: due 9 Mar → overdue
    await call(t.router, 'reminders.create', { ticketId: b, dueAt: '2024-03-10T20:00:00Z' }); // due soon
    await call(t.router, 'reminders.create', { ticketId: b, dueAt: '2024-03-15T00:00:00Z' }); // later
    await call(t.router, 'reminders.create', { ticketId: t.ticketId, dueAt: '2024-03-10T06:00:00Z' }); // due soon, sooner
    await call(t.router, 'log.add', { ticketId: c, author: 'me', text: 'x', channel: 'email', occurredAt: '2024-03-01T00:00:00Z' });
    await call(t.router, 'tickets.update', { id: c, status: 'closed' });

    const items = await call<ActionItem[]>(t.router, 'dashboard.actions');
    expect(items.map((i) => [i.ticketTitle, i.clock.kind, i.urgency, i.clock.dueAt])).toEqual([
      ['Withdrawal stuck', 'promised_response', 'overdue', '2024-03-09T00:00:00.000Z'],
      ['Withdrawal stuck', 'follow_up', 'due_soon', '2024-03-10T06:00:00.000Z'],
      ['Account frozen', 'follow_up', 'due_soon', '2024-03-10T20:00:00.000Z'],
      ['Account frozen', 'follow_up', 'later', '2024-03-15T00:00:00.000Z'],
    ]);
    expect(items[0]).toMatchObject({ ticketId: t.ticketId, platformName: 'Kraken', status: 'open' });
  });
});
