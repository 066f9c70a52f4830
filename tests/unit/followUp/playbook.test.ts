/**
 * playbook.next and playbook.dismiss on a real store with a fake clock: every rule (rate and close,
 * follow up after 48 h / the promised time / 24 h on live chat, ask for escalation after two unanswered
 * follow-ups, third party after management's final response or missed deadline), the 'wait' that says when
 * the next rule applies, the pause while waiting on me, and dismissals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/shared/domain';
import type { PlaybookAnswer } from '../../../src/shared/followUp';
import { call, callError, cleanup } from '../helpers';
import { DAY, followUpTest, HOUR } from './followUpFixtures';

afterEach(cleanup);

const D0 = '2024-03-01T00:00:00Z';
const at = (ms: number) => new Date(Date.parse(D0) + ms).toISOString();

describe('playbook.next: following up', () => {
  it('proposes nothing without an unanswered message, and nothing once they answered', async () => {
    const t = await followUpTest({ now: D0 });
    expect(await t.next()).toEqual({ ticketId: t.ticketId, proposal: null, dismissedKeys: [] });
    await t.me(D0);
    await t.agent(at(HOUR));
    t.clock.set(at(10 * DAY));
    expect((await t.next()).proposal).toBeNull();
  });

  it('waits until 48 h after an email, then proposes a follow-up with the letter and the figures', async () => {
    const t = await followUpTest({ now: D0 });
    const sent = await t.me(D0);
    t.clock.set(at(47 * HOUR));
    expect((await t.next()).proposal).toEqual({
      action: 'wait',
      level: null,
      key: `wait:follow_up:${sent}:1`,
      reason: {
        code: 'playbook.wait',
        params: { next: 'follow_up', at: '2024-03-03T00:00:00.000Z' },
        text: { en: 'Nothing to do yet. If there is still no answer by 3 Mar 00:00, follow up.', 'zh-CN': '暂时无需行动。如果到 3月3日 00:00 仍无答复，请发送跟进消息。' },
      },
      letterTemplateId: null,
      actAt: '2024-03-03T00:00:00.000Z',
    });
    t.clock.set(at(48 * HOUR));
    expect((await t.next()).proposal).toEqual({
      action: 'follow_up',
      level: null,
      key: `follow_up:${sent}:1`,
      reason: {
        code: 'playbook.follow_up',
        params: { hoursWaited: '48', messages: '1', sentAt: '2024-03-01T00:00:00.000Z', basis: 'default' },
        text: {
          en: 'No answer for 48 h to your email of 1 Mar 00:00 (after 48 h a follow-up is reasonable). Send a follow-up.',
          'zh-CN': '您的邮件（3月1日 00:00）已 48 小时无人答复（超过 48 小时即可跟进）。请发送跟进消息。',
        },
      },
      letterTemplateId: 'builtin:follow_up:en',
      actAt: null,
    });
  });

  it('uses the channel’s promised time when stated, and 24 h on live chat', async () => {
    const promised = await followUpTest({ now: D0, channels: [{ kind: 'email', address: 'a@kraken.com', promisedResponseHours: 12 }] });
    await promised.me(D0);
    promised.clock.set(at(12 * HOUR));
    const proposal = (await promised.next()).proposal!;
    expect(proposal.action).toBe('follow_up');
    expect(proposal.reason.params).toMatchObject({ basis: 'promised', promisedHours: '12', channel: 'email', hoursWaited: '12' });
    expect(proposal.reason.text.en).toBe('No answer for 12 h to your email of 1 Mar 00:00 (the platform promised an answer within 12 h on email). Send a follow-up.');

    const chat = await followUpTest({ now: D0 });
    await chat.me(D0, { channel: 'live_chat' });
    chat.clock.set(at(24 * HOUR - 1));
    expect((await chat.next()).proposal!.action).toBe('wait');
    chat.clock.set(at(24 * HOUR));
    expect((await chat.next()).proposal).toMatchObject({ action: 'follow_up', reason: { params: { basis: 'live_chat' } } });
  });

  it('while the ticket waits on me, says so and proposes nothing else; the wait is left out of the hours', async () => {
    const t = await followUpTest({ now: D0 });
    await t.me(D0);
    await t.status('waiting_me', at(10 * HOUR));
    t.clock.set(at(60 * HOUR));
    expect((await t.next()).proposal).toMatchObject({
      action: 'wait',
      key: 'wait:waiting_me',
      actAt: null,
      reason: { code: 'playbook.waiting_on_you' },
    });
    await t.status('waiting_platform', at(20 * HOUR + 60 * HOUR)); // paused 70 h
    t.clock.set(at(48 * HOUR + 70 * HOUR - 1));
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', actAt: at(118 * HOUR) });
    t.clock.set(at(118 * HOUR));
    expect((await t.next()).proposal).toMatchObject({ action: 'follow_up', reason: { params: { hoursWaited: '48' } } });
  });
});

describe('playbook.next: up the ladder', () => {
  it('asks for senior support after two unanswered follow-ups, then management, counting afresh after each step', async () => {
    const t = await followUpTest({ now: D0 });
    const first = await t.me(D0);
    await t.me(at(48 * HOUR));
    await t.me(at(96 * HOUR));
    t.clock.set(at(144 * HOUR - 1));
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', key: `wait:ask_escalation:senior:${first}`, actAt: at(144 * HOUR) });
    expect((await t.next()).proposal!.reason.text.en).toBe('Nothing to do yet. If there is still no answer by 7 Mar 00:00, ask for escalation to senior support.');

    t.clock.set(at(144 * HOUR));
    expect((await t.next()).proposal).toEqual({
      action: 'ask_escalation',
      level: 'senior',
      key: `ask_escalation:senior:${first}`,
      reason: {
        code: 'playbook.ask_escalation',
        params: { messages: '3', followUps: '2', hoursWaited: '48', level: 'senior' },
        text: {
          en: '3 of your messages have had no answer (2 follow-ups); the latest has waited 48 h. Ask for the case to go to senior support.',
          'zh-CN': '您已发出 3 条消息仍未得到答复（其中 2 次跟进），最近一条已等待 48 小时。请要求将此案升级至高级客服或主管。',
        },
      },
      letterTemplateId: 'builtin:escalation_request:en',
      actAt: null,
    });

    // I ask for a supervisor: the step is recorded, and the count starts again from it.
    t.clock.set(at(145 * HOUR));
    t.escalation({ level: 'senior', at: at(145 * HOUR) });
    const request = await t.me(at(145 * HOUR));
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', key: `wait:follow_up:${first}:4`, actAt: at(193 * HOUR) });
    await t.me(at(193 * HOUR));
    await t.me(at(241 * HOUR));
    t.clock.set(at(289 * HOUR));
    expect((await t.next()).proposal).toMatchObject({
      action: 'ask_escalation',
      level: 'management',
      key: `ask_escalation:management:${request}`,
      letterTemplateId: 'builtin:formal_complaint:en',
      reason: { params: { messages: '3' } },
    });
  });

  it('proposes a third party after management’s final response, or when its deadline passed unanswered', async () => {
    const answered = await followUpTest({ now: D0 });
    const management = answered.escalation({ level: 'management', at: D0, answeredAt: at(5 * DAY) });
    answered.clock.set(at(6 * DAY));
    expect((await answered.next()).proposal).toEqual({
      action: 'third_party',
      level: 'third_party',
      key: `third_party:${management}:answered`,
      reason: {
        code: 'playbook.final_response',
        params: { escalationId: String(management), answeredAt: at(5 * DAY) },
        text: {
          en: 'Management answered on 6 Mar 00:00: treat it as their final response. If it does not settle the matter, take the complaint to a third party (a regulator, ombudsman, dispute scheme, consumer body or the police).',
          'zh-CN': '管理层已于 3月6日 00:00 答复：可视为平台的最终答复。如果问题仍未解决，可以向第三方投诉（监管机构、金融申诉专员、争议解决机构、消费者组织或警方）。',
        },
      },
      letterTemplateId: 'builtin:third_party_complaint:en',
      actAt: null,
    });
    // Once a third party is involved, the ladder has no further step.
    answered.escalation({ level: 'third_party', venueKind: 'ombudsman', at: at(6 * DAY) });
    expect((await answered.next()).proposal).toBeNull();

    const silent = await followUpTest({ now: D0 });
    const step = silent.escalation({ level: 'management', at: D0, deadlineAt: at(56 * DAY) });
    silent.clock.set(at(10 * DAY));
    expect((await silent.next()).proposal).toMatchObject({ action: 'wait', key: `wait:third_party:${step}:deadline`, actAt: at(56 * DAY) });
    // A wait on me moves the platform's deadline, like its clock.
    await silent.status('waiting_me', at(20 * DAY));
    await silent.status('escalated', at(22 * DAY));
    silent.clock.set(at(58 * DAY - 1));
    expect((await silent.next()).proposal).toMatchObject({ action: 'wait', actAt: at(58 * DAY) });
    silent.clock.set(at(59 * DAY));
    expect((await silent.next()).proposal).toMatchObject({
      action: 'third_party',
      key: `third_party:${step}:deadline`,
      reason: { code: 'playbook.deadline_passed', params: { hoursOver: '24' } },
    });
    expect((await silent.next()).proposal!.reason.text.en).toBe(
      "Management's deadline (28 Apr 00:00) passed 1 d ago without an answer. You can take the complaint to a third party (a regulator, ombudsman, dispute scheme, consumer body or the police).",
    );
  });
});

describe('playbook.next never contradicts the ladder or the clocks', () => {
  it('chases a step up the ladder from when it was taken, not the older message before it', async () => {
    const t = await followUpTest({ now: D0 });
    await t.me(D0);
    t.clock.set(at(4 * DAY));
    // The user asks for a supervisor (and does not log the text of that request as a message).
    const step = t.escalation({ level: 'senior', at: at(4 * DAY) });
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', key: `wait:follow_up:step:${step}`, actAt: at(6 * DAY) });
    t.clock.set(at(6 * DAY));
    expect((await t.next()).proposal).toMatchObject({
      action: 'follow_up',
      key: `follow_up:step:${step}`,
      reason: {
        params: { hoursWaited: '48', escalationId: String(step), basis: 'default' },
        text: {
          en: 'No answer for 48 h to your request to senior support of 5 Mar 00:00 (after 48 h a follow-up is reasonable). Send a follow-up.',
          'zh-CN': '您向高级客服或主管提出的请求（3月5日 00:00）已 48 小时无人答复（超过 48 小时即可跟进）。请发送跟进消息。',
        },
      },
    });
  });

  it('does not propose a follow-up while a formal complaint’s deadline clock still runs', async () => {
    const t = await followUpTest({ now: D0 });
    await call(t.router, 'platforms.update', { id: t.platformId, jurisdiction: 'GB' });
    await t.me(D0);
    t.clock.set(at(4 * DAY));
    const { id } = await call<{ id: number }>(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'management' });
    const [deadline] = (await t.clocks()).filter((c) => c.kind === 'deadline');
    expect(deadline).toMatchObject({
      state: 'running',
      dueAt: at(60 * DAY),
      label: { en: 'Final response due under the rule of Financial Ombudsman Service (UK)' },
    });
    // Until the firm's 8 weeks are over, the playbook waits for them: the clock and the proposal agree.
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', key: `wait:third_party:${id}:deadline`, actAt: deadline!.dueAt });
    t.clock.set(at(60 * DAY));
    expect((await t.next()).proposal).toMatchObject({ action: 'third_party', key: `third_party:${id}:deadline` });
    // Once the ombudsman has it, neither the formal complaint nor the older email is chased from here...
    t.escalation({ level: 'third_party', venueKind: 'ombudsman', venueId: 'uk-fos', at: at(60 * DAY) });
    expect((await t.next()).proposal).toBeNull();
    // ...but a message sent to the platform after that is.
    const later = await t.me(at(61 * DAY));
    t.clock.set(at(63 * DAY));
    expect((await t.next()).proposal).toMatchObject({ action: 'follow_up', key: `follow_up:${later}:1` });
  });

  it('chases a step with a deadline of its own only once the deadline has passed, saying so', async () => {
    const t = await followUpTest({ now: D0 });
    await t.me(D0);
    t.clock.set(at(DAY));
    const step = t.escalation({ level: 'senior', at: at(DAY), deadlineAt: at(8 * DAY) });
    await t.me(at(3 * DAY)); // a follow-up after the step: still, their deadline is a week away
    t.clock.set(at(6 * DAY));
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', actAt: at(8 * DAY) });
    t.clock.set(at(8 * DAY));
    expect((await t.next()).proposal).toMatchObject({
      action: 'follow_up',
      reason: {
        params: { basis: 'deadline', deadline: at(8 * DAY) },
        text: { en: expect.stringContaining('(the deadline for their answer, 9 Mar 00:00, has passed)') },
      },
    });
    expect(step).toBeGreaterThan(0);
  });

  it('counts an answer recorded on a step as the platform’s answer: no clock runs and nothing is chased', async () => {
    const t = await followUpTest({ now: D0, channels: [{ kind: 'email', address: 'a@kraken.com', promisedResponseHours: 24 }] });
    await t.me(D0);
    t.clock.set(at(2 * DAY));
    const { id } = await call<{ id: number }>(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior', at: at(DAY) });
    await call(t.router, 'escalations.update', { id, answer: 'The payments team is on it.', answeredAt: at(2 * DAY) });
    t.clock.set(at(5 * DAY));
    expect(await t.clocks()).toEqual([]);
    expect((await t.next()).proposal).toBeNull();
    // A third party's answer is not the platform's: my message to the platform still waits for one.
    const u = await followUpTest({ now: D0 });
    await u.me(D0);
    u.escalation({ level: 'third_party', venueKind: 'regulator', at: at(DAY), answeredAt: at(2 * DAY) });
    u.clock.set(at(5 * DAY));
    expect((await u.clocks()).map((c) => c.kind)).toEqual(['awaiting_reply']);
  });
});

describe('playbook: ended tickets and dismissals', () => {
  it('asks to rate a resolved or closed ticket until it is rated', async () => {
    const t = await followUpTest({ now: D0 });
    await t.me(D0);
    await t.status('resolved', at(DAY));
    expect((await t.next()).proposal).toMatchObject({ action: 'rate_and_close', key: 'rate_and_close', reason: { params: { status: 'resolved' } } });
    await call(t.router, 'tickets.rate', { ticketId: t.ticketId, attitude: 4, problemSolving: 3 });
    expect((await t.next()).proposal).toBeNull();
  });

  it('a dismissed proposal gives way to the next rule, or to nothing, until the situation changes', async () => {
    const t = await followUpTest({ now: D0 });
    const first = await t.me(D0);
    t.clock.set(at(50 * HOUR));
    const key = `follow_up:${first}:1`;
    expect((await t.next()).proposal!.key).toBe(key);
    const answer = await call<PlaybookAnswer>(t.router, 'playbook.dismiss', { ticketId: t.ticketId, key });
    expect(answer).toEqual({ ticketId: t.ticketId, proposal: null, dismissedKeys: [key] });
    await call(t.router, 'playbook.dismiss', { ticketId: t.ticketId, key });
    const events = (await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId })).filter((e) => e.action === 'playbook.dismissed');
    expect(events.map((e) => e.detail)).toEqual([{ key }]);

    // A follow-up sent: a new situation, with its own proposal.
    await t.me(at(50 * HOUR));
    expect((await t.next()).proposal).toMatchObject({ action: 'wait', key: `wait:follow_up:${first}:2` });
    await call(t.router, 'playbook.dismiss', { ticketId: t.ticketId, key: `wait:follow_up:${first}:2` });
    expect((await t.next()).proposal).toBeNull();
    t.clock.set(at(98 * HOUR));
    expect((await t.next()).proposal).toMatchObject({ action: 'follow_up', key: `follow_up:${first}:2` });

    // Dismissing the rating request of a closed ticket leaves nothing.
    await t.status('closed');
    expect((await t.next()).proposal!.action).toBe('rate_and_close');
    expect((await call<PlaybookAnswer>(t.router, 'playbook.dismiss', { ticketId: t.ticketId, key: 'rate_and_close' })).proposal).toBeNull();
  });

  it('answers not_found for a ticket that does not exist, and refuses an empty key', async () => {
    const t = await followUpTest();
    await callError(t.router, 'playbook.next', { ticketId: 999 }, 'not_found');
    await callError(t.router, 'playbook.dismiss', { ticketId: 999, key: 'x' }, 'not_found');
    await callError(t.router, 'playbook.dismiss', { ticketId: t.ticketId, key: '' }, 'invalid_input');
  });
});
