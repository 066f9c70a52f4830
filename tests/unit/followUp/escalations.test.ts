/**
 * The escalation ladder: each step is stored, written on the timeline in the same transaction, moves the
 * ticket's status and, where the venue directory has a numeric rule, starts a regulatory deadline.
 * Bad steps are refused with a clear error and change nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry, EntryRevision, Ticket } from '../../../src/shared/domain';
import type { Escalation } from '../../../src/shared/followUp';
import { call, callError, cleanup, count, openTestCore, type TestCore } from '../helpers';

afterEach(cleanup);

const NOW = '2024-03-10T12:00:00.000Z';

async function ladder(jurisdiction: string | null = 'GB'): Promise<TestCore & { ticketId: number; platformId: number }> {
  const t = openTestCore();
  t.clock.set(NOW);
  const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', {
    name: 'Kraken',
    ...(jurisdiction ? { jurisdiction } : {}),
  });
  const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'Withdrawal stuck', openedAt: '2024-02-20T09:00:00Z' });
  await call(t.router, 'log.add', {
    ticketId,
    author: 'me',
    text: 'My withdrawal is stuck',
    channel: 'email',
    occurredAt: '2024-02-20T09:00:00Z',
    timeZone: 'Europe/London',
  });
  return { ...t, ticketId, platformId };
}

const add = (t: TestCore, input: Record<string, unknown>) => call<{ id: number }>(t.router, 'escalations.add', input);
const list = (t: TestCore, ticketId: number) => call<Escalation[]>(t.router, 'escalations.list', { ticketId });
const ticket = (t: TestCore, id: number) => call<Ticket>(t.router, 'tickets.get', { id });
const entry = async (t: TestCore, ticketId: number, id: number | null) =>
  (await call<Entry[]>(t.router, 'log.list', { ticketId })).find((e) => e.id === id)!;

describe('escalations.add', () => {
  it('records each rung of the ladder on the timeline, moves the status, and lists steps in the order taken', async () => {
    const t = await ladder();
    const { ticketId } = t;

    const frontline = await add(t, { ticketId, level: 'frontline', at: '2024-02-21T10:00:00Z', channel: 'live_chat' });
    expect((await ticket(t, ticketId)).status).toBe('open');

    const senior = await add(t, {
      ticketId,
      level: 'senior',
      at: '2024-02-25T10:00:00+00:00',
      channel: 'email',
      toWhom: 'Lily',
      reference: '#123',
    });
    expect((await ticket(t, ticketId)).status).toBe('escalated');

    const [first, second] = await list(t, ticketId);
    expect(first).toMatchObject({ id: frontline.id, level: 'frontline', channel: 'live_chat', at: '2024-02-21T10:00:00.000Z', deadlineAt: null });
    expect(second).toMatchObject({ id: senior.id, level: 'senior', toWhom: 'Lily', reference: '#123', venueId: null, deadlineAt: null });

    // The timeline entry: a note at the step's time, in the user's zone, in English and Chinese.
    const note = await entry(t, ticketId, second!.entryId);
    expect(note).toMatchObject({ author: 'note', channel: 'email', occurredAt: '2024-02-25T10:00:00.000Z', timeZone: 'Europe/London' });
    expect(note.text).toBe('Escalation → senior support / supervisor (email), to Lily, ref #123\n\n升级 → 高级客服 / 主管（电子邮件），对象：Lily，编号 #123');
    expect((await entry(t, ticketId, first!.entryId)).text).toMatch(/^Escalation → frontline support \(live chat\)\n\n升级 → 一线客服（在线客服）$/);

    // Added out of order: listed by when it happened.
    const earlier = await add(t, { ticketId, level: 'frontline', at: '2024-02-20T12:00:00Z' });
    expect((await list(t, ticketId)).map((e) => e.id)).toEqual([earlier.id, frontline.id, senior.id]);

    const audit = t.ctx.db.prepare("SELECT detail FROM audit_events WHERE action = 'escalation.added' ORDER BY id").pluck().all() as string[];
    expect(audit).toHaveLength(3);
    expect(JSON.parse(audit[1]!)).toMatchObject({ level: 'senior', reference: '#123', entryId: second!.entryId });
  });

  it("starts the UK ombudsman's 8 weeks at a formal complaint, keeping the wall time across the clocks going forward", async () => {
    const t = await ladder('GB');
    // 10:00 in London (GMT) on 1 March; 56 days later London is on BST, so 10:00 there is 09:00 UTC.
    const { id } = await add(t, { ticketId: t.ticketId, level: 'management', at: '2024-03-01T10:00:00Z', channel: 'email' });
    const [step] = await list(t, t.ticketId);
    expect(step).toMatchObject({ id, venueId: 'uk-fos', venueKind: null, deadlineAt: '2024-04-26T09:00:00.000Z' });
    const text = (await entry(t, t.ticketId, step!.entryId)).text;
    expect(text).toContain('Escalation → management / formal complaints (email)');
    expect(text).toContain('Deadline: 26 April 2024 (56 days, from Financial Ombudsman Service (UK): The firm has 8 weeks');
    expect(text).toContain('期限：2024年4月26日（按英国金融申诉专员服务');
    expect((await ticket(t, t.ticketId)).status).toBe('escalated');
  });

  it('derives no deadline for a formal complaint when the jurisdiction has no such rule, and keeps a deadline the user gives', async () => {
    const cn = await ladder('CN');
    await add(cn, { ticketId: cn.ticketId, level: 'management', at: '2024-03-01T10:00:00Z' });
    expect((await list(cn, cn.ticketId))[0]).toMatchObject({ venueId: null, deadlineAt: null });

    const gb = await ladder('GB');
    await add(gb, { ticketId: gb.ticketId, level: 'management', at: '2024-03-01T10:00:00Z', deadlineAt: '2024-03-15T17:00:00+00:00' });
    const [step] = await list(gb, gb.ticketId);
    expect(step).toMatchObject({ venueId: null, deadlineAt: '2024-03-15T17:00:00.000Z' });
    expect((await entry(gb, gb.ticketId, step!.entryId)).text).toContain('Deadline: 15 March 2024\n');
  });

  it('files a third-party complaint with a venue from the directory (its kind by default, its answer deadline)', async () => {
    const t = await ladder('US');
    await add(t, { ticketId: t.ticketId, level: 'third_party', venueId: 'us-cfpb', at: '2024-03-05T15:00:00Z', reference: 'CFPB-240305-1' });
    const [step] = await list(t, t.ticketId);
    expect(step).toMatchObject({ level: 'third_party', venueId: 'us-cfpb', venueKind: 'regulator', deadlineAt: '2024-03-20T15:00:00.000Z' });
    const text = (await entry(t, t.ticketId, step!.entryId)).text;
    expect(text).toContain('Escalation → third party: Consumer Financial Protection Bureau (CFPB), ref CFPB-240305-1');
    expect(text).toContain('15 days, from Consumer Financial Protection Bureau (CFPB): The company has 15 days to respond');
    expect((await ticket(t, t.ticketId)).status).toBe('complaint_filed');

    // A management step after a complaint was filed does not move the status back down.
    await add(t, { ticketId: t.ticketId, level: 'management', at: '2024-03-06T15:00:00Z' });
    expect((await ticket(t, t.ticketId)).status).toBe('complaint_filed');
  });

  it("uses the user's own venue, its kind and its deadline; a venue kind alone needs no venue", async () => {
    const t = await ladder(null);
    const { id: venueId } = await call<{ id: string }>(t.router, 'venues.save', {
      name: 'Consumer Council',
      jurisdiction: 'HK',
      kind: 'consumer_body',
      url: 'https://www.consumer.org.hk/',
      deadlineDays: 30,
    });
    await add(t, { ticketId: t.ticketId, level: 'third_party', venueId, at: '2024-03-01T00:00:00Z' });
    await add(t, { ticketId: t.ticketId, level: 'third_party', venueKind: 'police', at: '2024-03-02T00:00:00Z' });
    const [own, police] = await list(t, t.ticketId);
    expect(own).toMatchObject({ venueId: 'user:1', venueKind: 'consumer_body', deadlineAt: '2024-03-31T00:00:00.000Z' });
    expect(police).toMatchObject({ venueId: null, venueKind: 'police', deadlineAt: null });
    expect((await entry(t, t.ticketId, police!.entryId)).text).toContain('Escalation → third party: police');
  });
});

describe('escalations.add refuses bad steps and changes nothing', () => {
  async function expectUnchanged(t: TestCore & { ticketId: number }, attempt: () => Promise<unknown>): Promise<void> {
    const before = {
      escalations: count(t.ctx, 'escalations'),
      entries: count(t.ctx, 'entries'),
      audit: count(t.ctx, 'audit_events'),
      status: (await ticket(t, t.ticketId)).status,
    };
    await attempt();
    expect({
      escalations: count(t.ctx, 'escalations'),
      entries: count(t.ctx, 'entries'),
      audit: count(t.ctx, 'audit_events'),
      status: (await ticket(t, t.ticketId)).status,
    }).toEqual(before);
  }

  it('a step in the future (beyond five minutes of clock drift)', async () => {
    const t = await ladder();
    await expectUnchanged(t, async () => {
      const error = await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior', at: '2024-03-10T12:06:00Z' }, 'invalid_input');
      expect(error.field).toBe('at');
      expect(error.message).toContain('in the future');
    });
    await add(t, { ticketId: t.ticketId, level: 'senior', at: '2024-03-10T12:04:00Z' });
    expect(count(t.ctx, 'escalations')).toBe(1);
  });

  it('an unknown venue, or a venue on a step below the third party', async () => {
    const t = await ladder();
    await expectUnchanged(t, async () => {
      const unknown = await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'third_party', venueId: 'uk-nope' }, 'invalid_input');
      expect(unknown.field).toBe('venueId');
      expect(unknown.message).toContain('venues.list');
      const onSenior = await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior', venueId: 'uk-fos' }, 'invalid_input');
      expect(onSenior.field).toBe('venueId');
    });
  });

  it('an answer before the step, a deadline before the step, an unknown ticket', async () => {
    const t = await ladder();
    await expectUnchanged(t, async () => {
      const at = '2024-03-05T10:00:00Z';
      expect((await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior', at, answeredAt: '2024-03-04T10:00:00Z' }, 'invalid_input')).field).toBe('answeredAt');
      expect((await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior', at, deadlineAt: '2024-03-01T10:00:00Z' }, 'invalid_input')).field).toBe('deadlineAt');
      expect((await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'sideways' }, 'invalid_input')).field).toBe('level');
      await callError(t.router, 'escalations.add', { ticketId: 999, level: 'senior' }, 'not_found');
    });
  });

  it.each(['resolved', 'closed'])('a step on a %s ticket: reopen it first', async (status) => {
    const t = await ladder();
    await call(t.router, 'tickets.update', { id: t.ticketId, status });
    await expectUnchanged(t, async () => {
      const error = await callError(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'management' }, 'conflict');
      expect(error.message).toContain('reopen the ticket first');
      expect(error.reason).toBe('ticket_closed');
    });
    await call(t.router, 'tickets.update', { id: t.ticketId, status: 'open' });
    await add(t, { ticketId: t.ticketId, level: 'management' });
    expect((await ticket(t, t.ticketId)).status).toBe('escalated');
  });
});

describe('escalations.update', () => {
  it('adds the reference and answer later and rewrites the timeline entry, keeping the earlier text', async () => {
    const t = await ladder();
    const { id } = await add(t, { ticketId: t.ticketId, level: 'senior', at: '2024-03-01T10:00:00Z', channel: 'email' });
    const updated = await call<Escalation>(t.router, 'escalations.update', {
      id,
      reference: 'ESC-42',
      answer: 'We have escalated your case to our payments team.\nThey will reply within 5 days.',
      answeredAt: '2024-03-02T09:30:00Z',
      deadlineAt: '2024-03-07T09:30:00Z',
    });
    expect(updated).toMatchObject({ reference: 'ESC-42', answeredAt: '2024-03-02T09:30:00.000Z', deadlineAt: '2024-03-07T09:30:00.000Z' });

    const note = await entry(t, t.ticketId, updated.entryId);
    expect(note.revision).toBe(2);
    expect(note.text).toContain('Escalation → senior support / supervisor (email), ref ESC-42\nDeadline: 7 March 2024\nAnswer (2 March 2024, 09:30 (UTC)): We have escalated');
    expect(note.text).toContain('答复（2024年3月2日 09:30（UTC））：We have escalated');
    const history = await call<EntryRevision[]>(t.router, 'log.history', { id: note.id });
    expect(history[0]!.text).toBe('Escalation → senior support / supervisor (email)\n\n升级 → 高级客服 / 主管（电子邮件）');

    // null clears; a change that changes nothing writes nothing.
    const auditBefore = count(t.ctx, 'audit_events');
    expect((await call<Escalation>(t.router, 'escalations.update', { id, reference: 'ESC-42' })).reference).toBe('ESC-42');
    expect(count(t.ctx, 'audit_events')).toBe(auditBefore);
    expect((await call<Escalation>(t.router, 'escalations.update', { id, deadlineAt: null })).deadlineAt).toBeNull();
    const detail = t.ctx.db.prepare("SELECT detail FROM audit_events WHERE action = 'escalation.updated' ORDER BY id").pluck().all() as string[];
    expect(detail.map((d) => JSON.parse(d))).toEqual([
      { changes: { reference: 'ESC-42', answer: { chars: 80 }, answeredAt: '2024-03-02T09:30:00.000Z', deadlineAt: '2024-03-07T09:30:00.000Z' } },
      { changes: { deadlineAt: null } },
    ]);
  });

  it("a deadline the user sets replaces the ombudsman's, and the step no longer claims the rule", async () => {
    const t = await ladder('GB');
    const { id } = await add(t, { ticketId: t.ticketId, level: 'management', at: '2024-03-01T10:00:00Z' });
    const changed = await call<Escalation>(t.router, 'escalations.update', { id, deadlineAt: '2024-03-29T10:00:00Z' });
    expect(changed).toMatchObject({ venueId: null, deadlineAt: '2024-03-29T10:00:00.000Z' });
    const text = (await entry(t, t.ticketId, changed.entryId)).text;
    expect(text).toContain('Deadline: 29 March 2024\n');
    expect(text).not.toContain('Ombudsman');
  });

  it('refuses an answer before the step or in the future, and an unknown step, changing nothing', async () => {
    const t = await ladder();
    const { id } = await add(t, { ticketId: t.ticketId, level: 'senior', at: '2024-03-05T10:00:00Z', reference: 'A-1' });
    const before = await list(t, t.ticketId);
    const entries = count(t.ctx, 'entry_revisions');
    expect((await callError(t.router, 'escalations.update', { id, reference: 'B-2', answeredAt: '2024-03-05T09:59:00Z' }, 'invalid_input')).field).toBe('answeredAt');
    expect((await callError(t.router, 'escalations.update', { id, answeredAt: '2024-03-11T12:00:00Z' }, 'invalid_input')).field).toBe('answeredAt');
    await callError(t.router, 'escalations.update', { id: 999, reference: 'x' }, 'not_found');
    await callError(t.router, 'escalations.list', { ticketId: 999 }, 'not_found');
    expect(await list(t, t.ticketId)).toEqual(before);
    expect(count(t.ctx, 'entry_revisions')).toBe(entries);
  });
});
