/**
 * Reminders on a real store with a fake clock: due times in the past and impossible dates refused, the
 * presets in the user's zone (daylight-saving changes included), repeats that keep their wall time,
 * delivery exactly once (two takes, two cores on one file, a restart in another process time zone),
 * snooze / done / cancel, "until they answer" ending on a logged or imported reply, and a closed ticket
 * ending its reminders.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/shared/domain';
import type { Reminder } from '../../../src/shared/followUp';
import { call, callError, cleanup, count, createTicket, fakeClock, makeTempDir, openTestCore, T0, type TestCore } from '../helpers';
import { DAY, HOUR } from './followUpFixtures';

afterEach(cleanup);

async function setup(now = T0): Promise<TestCore & { ticketId: number }> {
  const t = openTestCore({ clock: fakeClock(now) });
  const { ticketId } = await createTicket(t.router);
  return { ...t, ticketId };
}

const create = (t: TestCore, input: Record<string, unknown>) => call<Reminder>(t.router, 'reminders.create', input);
const take = (t: TestCore) => call<Reminder[]>(t.router, 'reminders.take');
const actions = async (t: TestCore) => (await call<AuditEvent[]>(t.router, 'audit.list')).map((e) => e.action).filter((a) => a.startsWith('reminder.'));

describe('reminders.create', () => {
  it('sets a reminder at a time, with its note, zone and options, and records it', async () => {
    const t = await setup();
    const reminder = await create(t, {
      ticketId: t.ticketId,
      dueAt: '2024-03-02T09:00:00+08:00',
      timeZone: 'asia/shanghai',
      note: '  Ask for the case number  ',
      repeatEveryDays: 3,
      untilReply: true,
    });
    expect(reminder).toEqual({
      id: reminder.id,
      ticketId: t.ticketId,
      ticketTitle: 'Withdrawal stuck / 提现卡住',
      dueAt: '2024-03-02T01:00:00.000Z',
      timeZone: 'Asia/Shanghai',
      note: 'Ask for the case number',
      repeatEveryDays: 3,
      untilReply: true,
      state: 'pending',
      notifiedAt: null,
      createdAt: T0,
      endedAt: null,
    });
    expect(await call(t.router, 'reminders.list', { ticketId: t.ticketId })).toEqual([reminder]);
    const [event] = (await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId })).filter((e) => e.action === 'reminder.created');
    expect(event).toMatchObject({ subject: `reminder:${reminder.id}`, detail: { dueAt: '2024-03-02T01:00:00.000Z', repeatEveryDays: 3, untilReply: true } });
  });

  it('refuses a time already past (or now) with a clear message, and stores nothing', async () => {
    const t = await setup();
    for (const dueAt of ['2024-03-01T01:59:59Z', T0, '2023-12-31T23:00:00-05:00']) {
      const error = await callError(t.router, 'reminders.create', { ticketId: t.ticketId, dueAt }, 'invalid_input');
      expect(error).toMatchObject({ field: 'dueAt', reason: 'in_the_past' });
      expect(error.message).toMatch(/has already passed: pick a time in the future/);
    }
    expect(count(t.ctx, 'reminders')).toBe(0);
    expect(await actions(t)).toEqual([]);
  });

  it('refuses impossible dates, both or neither of dueAt and preset, unknown zones and repeats out of range (the contract)', async () => {
    const t = await setup();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ dueAt: '2024-02-30T09:00:00Z' }, 'dueAt', 'dueAt: Invalid ISO datetime'],
      [{ dueAt: '2025-02-29T09:00:00Z' }, 'dueAt', 'dueAt: Invalid ISO datetime'],
      [{ dueAt: '2024-03-05T24:00:00Z' }, 'dueAt', 'dueAt: Invalid ISO datetime'],
      [{ dueAt: '2024-03-05 09:00' }, 'dueAt', 'dueAt: Invalid ISO datetime'],
      [{ dueAt: '2024-03-05T09:00:00Z', preset: 'in_24_hours' }, 'dueAt', 'dueAt: Give either dueAt or preset'],
      [{}, 'dueAt', 'dueAt: Give either dueAt or preset'],
      [{ preset: 'in_24_hours', timeZone: 'Mars/Olympus' }, 'timeZone', 'timeZone: Unknown time zone'],
      [{ preset: 'in_24_hours', repeatEveryDays: 0 }, 'repeatEveryDays', 'repeatEveryDays: At least 1 day'],
      [{ preset: 'tomorrow' }, 'preset', 'preset: Invalid option: expected one of "in_24_hours"|"in_3_days"|"next_working_day_9am"'],
    ];
    for (const [input, field, message] of cases) {
      const error = await callError(t.router, 'reminders.create', { ticketId: t.ticketId, ...input }, 'invalid_input');
      expect(error, JSON.stringify(input)).toMatchObject({ field, message });
    }
    await expect(callError(t.router, 'reminders.create', { ticketId: t.ticketId, dueAt: '2300-01-01T00:00:00Z' }, 'invalid_input')).resolves.toMatchObject({
      field: 'dueAt',
      reason: 'too_far',
    });
    expect(count(t.ctx, 'reminders')).toBe(0);
  });

  it('answers not_found for an unknown ticket and conflict for a resolved or closed one', async () => {
    const t = await setup();
    await callError(t.router, 'reminders.create', { ticketId: 999, preset: 'in_24_hours' }, 'not_found');
    await call(t.router, 'tickets.update', { id: t.ticketId, status: 'resolved' });
    const error = await callError(t.router, 'reminders.create', { ticketId: t.ticketId, preset: 'in_24_hours' }, 'conflict');
    expect(error.message).toBe('This ticket is resolved: reopen it (change its status) before setting a reminder.');
    expect(count(t.ctx, 'reminders')).toBe(0);
  });
});

describe('presets, computed in the given zone', () => {
  const preset = async (now: string, name: string, timeZone?: string) => {
    const t = await setup(now);
    return (await create(t, { ticketId: t.ticketId, preset: name, ...(timeZone ? { timeZone } : {}) })).dueAt;
  };

  it('in_24_hours is exactly 24 hours, even across a daylight-saving change', async () => {
    // Saturday 10:00 EST → Sunday 11:00 EDT: 24 real hours.
    expect(await preset('2024-03-09T15:00:00Z', 'in_24_hours', 'America/New_York')).toBe('2024-03-10T15:00:00.000Z');
  });

  it('in_3_days keeps the wall time three calendar days later', async () => {
    // Friday 09:00 EST → Monday 09:00 EDT (71 hours).
    expect(await preset('2024-03-08T14:00:00Z', 'in_3_days', 'America/New_York')).toBe('2024-03-11T13:00:00.000Z');
    // Friday 09:00 BST → Monday 09:00 GMT (73 hours).
    expect(await preset('2024-10-25T08:00:00Z', 'in_3_days', 'Europe/London')).toBe('2024-10-28T09:00:00.000Z');
  });

  it('next_working_day_9am is 09:00 local on the next Monday to Friday after today', async () => {
    // Tuesday 07:00 in Shanghai (before 09:00): still the next day, Wednesday.
    expect(await preset('2024-03-04T23:00:00Z', 'next_working_day_9am', 'Asia/Shanghai')).toBe('2024-03-06T01:00:00.000Z');
    // Friday 17:00 in London, clocks go forward on Sunday 31 March: Monday 09:00 BST.
    expect(await preset('2024-03-29T17:00:00Z', 'next_working_day_9am', 'Europe/London')).toBe('2024-04-01T08:00:00.000Z');
    // Friday 23:30 in New York is already Saturday in UTC: the working day after Friday is Monday.
    expect(await preset('2024-11-02T03:30:00Z', 'next_working_day_9am', 'America/New_York')).toBe('2024-11-04T14:00:00.000Z');
    // Saturday in New York before the November change: Monday 09:00 EST.
    expect(await preset('2024-11-02T16:00:00Z', 'next_working_day_9am', 'America/New_York')).toBe('2024-11-04T14:00:00.000Z');
    // Without a zone: UTC.
    expect(await preset('2024-03-01T10:00:00Z', 'next_working_day_9am')).toBe('2024-03-04T09:00:00.000Z');
  });
});

describe('reminders.take: each occurrence delivered exactly once', () => {
  it('hands out due, undelivered reminders once; due lists them until they are done', async () => {
    const t = await setup();
    const a = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-01T03:00:00Z' });
    const b = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-01T04:00:00Z', note: 'second' });
    expect(await take(t)).toEqual([]);
    expect(await call(t.router, 'reminders.due')).toEqual([]);

    t.clock.set('2024-03-01T03:30:00Z');
    const first = await take(t);
    expect(first.map((r) => [r.id, r.notifiedAt])).toEqual([[a.id, '2024-03-01T03:30:00.000Z']]);
    expect(await take(t)).toEqual([]);

    t.clock.set('2024-03-01T05:00:00Z');
    expect((await take(t)).map((r) => r.id)).toEqual([b.id]);
    expect(await take(t)).toEqual([]);

    // due is idempotent and lists delivered ones too (the page's banner).
    const due = await call<Reminder[]>(t.router, 'reminders.due');
    expect(due.map((r) => [r.id, r.notifiedAt])).toEqual([
      [a.id, '2024-03-01T03:30:00.000Z'],
      [b.id, '2024-03-01T05:00:00.000Z'],
    ]);
    expect(await call(t.router, 'reminders.due')).toEqual(due);
    await call(t.router, 'reminders.done', { id: a.id });
    expect((await call<Reminder[]>(t.router, 'reminders.due')).map((r) => r.id)).toEqual([b.id]);
  });

  it('never hands the same occurrence to two cores on one file, nor again after a restart in another process time zone', async () => {
    const dataDir = path.join(makeTempDir(), 'data');
    const clock = fakeClock(T0);
    const one = openTestCore({ dataDir, clock });
    const two = openTestCore({ dataDir, clock });
    const { ticketId } = await createTicket(one.router);
    const reminder = await create(one, { ticketId, dueAt: '2024-03-02T09:00:00+01:00', timeZone: 'Europe/Paris', repeatEveryDays: 1 });
    clock.set('2024-03-02T08:00:00Z');
    const [fromOne, fromTwo] = await Promise.all([take(one), take(two)]);
    expect([...fromOne, ...fromTwo].map((r) => r.id)).toEqual([reminder.id]);
    expect(await take(two)).toEqual([]);

    // Restart: the same file, a process in another zone. Nothing is delivered again...
    one.core.close();
    two.core.close();
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(new Date(2024, 2, 2, 0, 0).getTimezoneOffset()).toBe(-14 * 60);
      const again = openTestCore({ dataDir, clock });
      expect(await take(again)).toEqual([]);
      // ...and the next occurrence comes at 09:00 Paris time, once.
      clock.set('2024-03-03T07:59:59Z');
      expect(await take(again)).toEqual([]);
      clock.set('2024-03-03T08:00:00Z');
      expect((await take(again)).map((r) => [r.id, r.dueAt])).toEqual([[reminder.id, '2024-03-03T08:00:00.000Z']]);
      expect(await take(again)).toEqual([]);
      again.core.close();
      const thirdStart = openTestCore({ dataDir, clock });
      expect(await take(thirdStart)).toEqual([]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('moves a repeating reminder past missed occurrences, delivering it once, keeping its wall time across DST', async () => {
    const t = await setup('2024-03-28T12:00:00Z');
    const daily = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-29T09:00:00Z', timeZone: 'Europe/London', repeatEveryDays: 1 });
    // Closed from Friday to Tuesday 10:00 BST: one delivery, then Wednesday 09:00 BST (08:00 UTC).
    t.clock.set('2024-04-02T09:00:00Z');
    expect((await take(t)).map((r) => [r.id, r.dueAt])).toEqual([[daily.id, '2024-03-29T09:00:00.000Z']]);
    expect(await take(t)).toEqual([]);
    const [moved] = await call<Reminder[]>(t.router, 'reminders.list', { ticketId: t.ticketId });
    expect(moved).toMatchObject({ dueAt: '2024-04-03T08:00:00.000Z', notifiedAt: null, state: 'pending' });
    expect(await call(t.router, 'reminders.due')).toEqual([]);

    // October: 09:00 BST on Saturday, then 09:00 GMT on Sunday.
    const u = await setup('2024-10-25T12:00:00Z');
    const weekly = await create(u, { ticketId: u.ticketId, dueAt: '2024-10-26T08:00:00Z', timeZone: 'Europe/London', repeatEveryDays: 1 });
    u.clock.set('2024-10-26T08:00:00Z');
    await take(u);
    expect((await call<Reminder[]>(u.router, 'reminders.list'))[0]).toMatchObject({ id: weekly.id, dueAt: '2024-10-27T09:00:00.000Z' });
    // New York, every 7 days at 09:00: across the March change it stays 09:00 local.
    const v = await setup('2024-03-01T00:00:00Z');
    await create(v, { ticketId: v.ticketId, dueAt: '2024-03-08T09:00:00-05:00', timeZone: 'America/New_York', repeatEveryDays: 7 });
    v.clock.set('2024-03-08T14:00:00Z');
    await take(v);
    expect((await call<Reminder[]>(v.router, 'reminders.list'))[0]!.dueAt).toBe('2024-03-15T13:00:00.000Z');
  });
});

describe('reminders.snooze, done, cancel', () => {
  it('snoozes to a later time or by minutes; the snoozed reminder is delivered again', async () => {
    const t = await setup();
    const r = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-01T03:00:00Z' });
    t.clock.set('2024-03-01T03:00:00Z');
    expect(await take(t)).toHaveLength(1);
    const snoozed = await call<Reminder>(t.router, 'reminders.snooze', { id: r.id, minutes: 15 });
    expect(snoozed).toMatchObject({ dueAt: '2024-03-01T03:15:00.000Z', notifiedAt: null, state: 'pending' });
    t.clock.advance(15 * 60_000);
    expect((await take(t)).map((x) => x.id)).toEqual([r.id]);
    const until = await call<Reminder>(t.router, 'reminders.snooze', { id: r.id, until: '2024-03-02T09:00:00+08:00' });
    expect(until.dueAt).toBe('2024-03-02T01:00:00.000Z');

    const error = await callError(t.router, 'reminders.snooze', { id: r.id, until: '2024-03-01T00:00:00Z' }, 'invalid_input');
    expect(error).toMatchObject({ field: 'until', reason: 'in_the_past' });
    await callError(t.router, 'reminders.snooze', { id: r.id }, 'invalid_input');
    await callError(t.router, 'reminders.snooze', { id: r.id, minutes: 0 }, 'invalid_input');
    await callError(t.router, 'reminders.snooze', { id: 999, minutes: 5 }, 'not_found');
    expect((await call<Reminder[]>(t.router, 'reminders.list'))[0]!.dueAt).toBe('2024-03-02T01:00:00.000Z');
  });

  it('snoozing a repeating reminder after its delivery delivers the snoozed time once, then repeats from it', async () => {
    const t = await setup('2024-03-04T00:00:00Z');
    const r = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-04T09:00:00Z', timeZone: 'Europe/London', repeatEveryDays: 2 });
    t.clock.set('2024-03-04T09:00:00Z');
    expect((await take(t)).map((x) => x.dueAt)).toEqual(['2024-03-04T09:00:00.000Z']);
    // The banner's "1 hour": this occurrence comes back at 10:00 (the next one was already lined up for the 6th).
    expect(await call<Reminder>(t.router, 'reminders.snooze', { id: r.id, minutes: 60 })).toMatchObject({ dueAt: '2024-03-04T10:00:00.000Z', notifiedAt: null });
    t.clock.set('2024-03-04T09:59:59Z');
    expect(await take(t)).toEqual([]);
    t.clock.set('2024-03-04T10:00:00Z');
    expect((await take(t)).map((x) => [x.id, x.dueAt])).toEqual([[r.id, '2024-03-04T10:00:00.000Z']]);
    expect(await take(t)).toEqual([]);
    // Every 2 days from the time it was snoozed to (documented: the follow-up rhythm restarts from it).
    expect((await call<Reminder[]>(t.router, 'reminders.list'))[0]).toMatchObject({ dueAt: '2024-03-06T10:00:00.000Z', state: 'pending' });
  });

  it('done and cancel are final: a second one is a conflict, and the reminder is no longer due', async () => {
    const t = await setup();
    const a = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-01T03:00:00Z' });
    const b = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-01T03:00:00Z' });
    expect(await call<Reminder>(t.router, 'reminders.done', { id: a.id })).toMatchObject({ state: 'done', endedAt: T0 });
    expect(await call<Reminder>(t.router, 'reminders.cancel', { id: b.id })).toMatchObject({ state: 'cancelled', endedAt: T0 });
    const again = await callError(t.router, 'reminders.done', { id: a.id }, 'conflict');
    expect(again.message).toBe(`Reminder ${a.id} has already ended (done), so it cannot be marked as done. Set a new reminder instead.`);
    await callError(t.router, 'reminders.cancel', { id: a.id }, 'conflict');
    await callError(t.router, 'reminders.done', { id: b.id }, 'conflict');
    await callError(t.router, 'reminders.snooze', { id: b.id, minutes: 5 }, 'conflict');
    t.clock.set('2024-03-02T00:00:00Z');
    expect(await take(t)).toEqual([]);
    expect(await call(t.router, 'reminders.due')).toEqual([]);
    expect(await call(t.router, 'reminders.list')).toEqual([]);
    expect((await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true })).map((r) => r.state)).toEqual(['done', 'cancelled']);
    expect(await actions(t)).toEqual(['reminder.created', 'reminder.created', 'reminder.done', 'reminder.cancelled']);
    await callError(t.router, 'reminders.list', { ticketId: 999 }, 'not_found');
  });
});

describe('reminders that end by themselves', () => {
  it('"until they answer" ends when an agent entry after it was set is logged, not on my own messages or older answers', async () => {
    const t = await setup();
    const untilReply = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-05T00:00:00Z', untilReply: true, repeatEveryDays: 2 });
    const plain = await create(t, { ticketId: t.ticketId, dueAt: '2024-03-05T00:00:00Z' });
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'me', text: 'any news?' });
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', text: 'older answer', occurredAt: '2024-02-28T00:00:00Z' });
    expect((await call<Reminder[]>(t.router, 'reminders.list')).map((r) => r.id)).toEqual([untilReply.id, plain.id]);

    t.clock.advance(HOUR);
    const { id: entryId } = await call<{ id: number }>(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', text: 'We are checking.' });
    const ended = await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true });
    expect(ended.map((r) => [r.id, r.state, r.endedAt])).toEqual([
      [untilReply.id, 'answered', t.clock.iso()],
      [plain.id, 'pending', null],
    ]);
    const events = await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId });
    expect(events.filter((e) => e.action === 'reminder.answered')).toEqual([
      expect.objectContaining({ subject: `reminder:${untilReply.id}`, detail: { entryId } }),
    ]);
    await callError(t.router, 'reminders.done', { id: untilReply.id }, 'conflict');
  });

  it('"until they answer" ends when an imported transcript brings an answer after it was set', async () => {
    const t = await setup();
    const r = await create(t, { ticketId: t.ticketId, preset: 'in_3_days', untilReply: true });
    const transcript = Buffer.from('3/14/24, 9:02 AM - Alex Chen: Any news on my withdrawal?\n3/14/24, 9:15 AM - Kraken Support: It was sent.\n');
    const mineOnly = Buffer.from('3/13/24, 9:02 AM - Alex Chen: Hello?\n');
    const input = { ticketId: t.ticketId, me: 'Alex Chen', dateOrder: 'mdy', timeZone: 'UTC' };
    expect(await call(t.router, 'import.transcript', { ...input, name: 'mine.txt' }, mineOnly)).toMatchObject({ imported: 1 });
    expect((await call<Reminder[]>(t.router, 'reminders.list'))[0]!.state).toBe('pending');
    expect(await call(t.router, 'import.transcript', { ...input, name: 'chat.txt' }, transcript)).toMatchObject({ imported: 2 });
    const [after] = await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true });
    expect(after).toMatchObject({ id: r.id, state: 'answered', endedAt: T0 });
  });

  it('"until they answer" ends when their answer is recorded on a step of the ladder, not on a third party\'s', async () => {
    const t = await setup();
    const r = await create(t, { ticketId: t.ticketId, preset: 'in_3_days', untilReply: true, repeatEveryDays: 3 });
    const regulator = await call<{ id: number }>(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'third_party', venueKind: 'regulator' });
    t.clock.advance(HOUR);
    await call(t.router, 'escalations.update', { id: regulator.id, answer: 'Received.', answeredAt: t.clock.iso() });
    expect((await call<Reminder[]>(t.router, 'reminders.list'))[0]).toMatchObject({ id: r.id, state: 'pending' });

    const { id } = await call<{ id: number }>(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'senior' });
    t.clock.advance(HOUR);
    await call(t.router, 'escalations.update', { id, answer: 'A supervisor will call you.', answeredAt: t.clock.iso() });
    const [ended] = await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true });
    expect(ended).toMatchObject({ id: r.id, state: 'answered', endedAt: t.clock.iso() });
    const events = (await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId })).filter((e) => e.action === 'reminder.answered');
    expect(events.map((e) => e.detail)).toEqual([{ escalationId: id }]);

    // Recorded with the step itself, the answer ends them too.
    const again = await create(t, { ticketId: t.ticketId, preset: 'in_24_hours', untilReply: true });
    t.clock.advance(HOUR);
    await call(t.router, 'escalations.add', { ticketId: t.ticketId, level: 'management', at: t.clock.iso(), answeredAt: t.clock.iso(), answer: 'Final response.' });
    expect((await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true })).find((x) => x.id === again.id)!.state).toBe('answered');
  });

  it('a ticket set resolved or closed ends its pending reminders, each recorded', async () => {
    const t = await setup();
    const a = await create(t, { ticketId: t.ticketId, preset: 'in_24_hours' });
    const b = await create(t, { ticketId: t.ticketId, preset: 'in_3_days', repeatEveryDays: 3 });
    const done = await create(t, { ticketId: t.ticketId, preset: 'in_3_days' });
    await call(t.router, 'reminders.done', { id: done.id });
    const other = await createTicket(t.router, { platformId: 1 });
    const elsewhere = await create(t, { ticketId: other.ticketId, preset: 'in_24_hours' });

    t.clock.advance(DAY * 2);
    await call(t.router, 'tickets.update', { id: t.ticketId, status: 'closed' });
    const all = await call<Reminder[]>(t.router, 'reminders.list', { includeEnded: true });
    expect(Object.fromEntries(all.map((r) => [r.id, r.state]))).toEqual({ [a.id]: 'cancelled', [b.id]: 'cancelled', [done.id]: 'done', [elsewhere.id]: 'pending' });
    const events = (await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId })).filter((e) => e.action === 'reminder.cancelled');
    expect(events.map((e) => [e.subject, e.detail])).toEqual([
      [`reminder:${a.id}`, { because: 'ticket_closed' }],
      [`reminder:${b.id}`, { because: 'ticket_closed' }],
    ]);
    // Nothing of the closed ticket is delivered any more.
    expect((await take(t)).map((r) => r.id)).toEqual([elsewhere.id]);
  });
});
