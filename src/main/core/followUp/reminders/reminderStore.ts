/**
 * Reminders on a ticket: set at a time or with a preset, repeating "every N days" and/or ending by
 * themselves when the platform answers; listed, snoozed, done or cancelled. Delivery (exactly once per
 * occurrence) is takeReminders.ts; ending on a reply or a closed ticket is reminderEnding.ts.
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { Reminder } from '../../../../shared/followUp';
import type { TicketStatus } from '../../../../shared/domain';
import { inTransaction, type CoreContext } from '../../context';
import { CasefileError, notFound } from '../../errors';
import { orNull } from '../../db/json';
import { statement } from '../../db/statements';
import { requireTicket } from '../../tickets/ticketGuards';
import { getReminder, reminderRow, SELECT_REMINDERS, toReminder, type ReminderRow } from './reminderRows';
import { canonicalZone, LATEST_CALENDAR } from '../zoneCalendar';
import { presetDue } from './reminderSchedule';

const MINUTE = 60_000;

export function createReminder(ctx: CoreContext, input: ParsedInputOf<'reminders.create'>): Reminder {
  const id = inTransaction(ctx, () => {
    const status = statement(ctx.db, 'SELECT status FROM tickets WHERE id = ?', { pluck: true }).get(input.ticketId) as TicketStatus | undefined;
    if (status === undefined) throw notFound('Ticket', input.ticketId);
    if (status === 'resolved' || status === 'closed') {
      throw new CasefileError('conflict', `This ticket is ${status}: reopen it (change its status) before setting a reminder.`, undefined, 'ticket_ended');
    }
    const now = ctx.now().getTime();
    const timeZone = canonicalZone(input.timeZone);
    const due = input.dueAt !== undefined ? Date.parse(input.dueAt) : presetDue(input.preset!, now, timeZone);
    const field = input.dueAt !== undefined ? 'dueAt' : 'preset';
    checkFuture(due, now, field);
    const { lastInsertRowid } = statement(
      ctx.db,
      `INSERT INTO reminders (ticket_id, due_at, time_zone, note, repeat_every_days, until_reply, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.ticketId,
      new Date(due!).toISOString(),
      timeZone,
      orNull(input.note),
      input.repeatEveryDays ?? null,
      input.untilReply ? 1 : 0,
      new Date(now).toISOString(),
    );
    const id = Number(lastInsertRowid);
    ctx.audit.record('reminder.created', {
      ticketId: input.ticketId,
      subject: `reminder:${id}`,
      detail: {
        dueAt: new Date(due!).toISOString(),
        timeZone,
        ...(input.preset ? { preset: input.preset } : {}),
        ...(input.repeatEveryDays ? { repeatEveryDays: input.repeatEveryDays } : {}),
        untilReply: !!input.untilReply,
      },
    });
    return id;
  });
  return getReminder(ctx, id);
}

/** Refuses a due time that has passed (or is now), or that lies past what the calendar can place. */
function checkFuture(due: number | null, now: number, field: string): asserts due is number {
  if (due === null || due >= LATEST_CALENDAR) {
    throw new CasefileError('invalid_input', 'That date is too far ahead: pick a time before the year 2200.', field, 'too_far');
  }
  if (due <= now) {
    throw new CasefileError(
      'invalid_input',
      `That time (${new Date(due).toISOString()}) has already passed: pick a time in the future.`,
      field,
      'in_the_past',
    );
  }
}

/** The pending reminders (with includeEnded, every one), soonest first; of one ticket or of all. */
export function listReminders(ctx: CoreContext, input: ParsedInputOf<'reminders.list'>): Reminder[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input?.ticketId !== undefined) {
    requireTicket(ctx, input.ticketId);
    where.push('r.ticket_id = ?');
    params.push(input.ticketId);
  }
  if (!input?.includeEnded) where.push(`r.state = 'pending'`);
  const sql = `${SELECT_REMINDERS}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY r.due_at, r.id`;
  return (statement(ctx.db, sql).all(...params) as ReminderRow[]).map(toReminder);
}

/** Pending reminders whose time has come, delivered or not (asking again changes nothing). */
export function dueReminders(ctx: CoreContext): Reminder[] {
  const rows = statement(ctx.db, `${SELECT_REMINDERS} WHERE r.state = 'pending' AND r.due_at <= ? ORDER BY r.due_at, r.id`).all(
    ctx.now().toISOString(),
  ) as ReminderRow[];
  return rows.map(toReminder);
}

/** Moves a pending reminder to a later time (`until`, or `minutes` from now); it will be delivered again. */
export function snoozeReminder(ctx: CoreContext, input: ParsedInputOf<'reminders.snooze'>): Reminder {
  inTransaction(ctx, () => {
    const row = pendingRow(ctx, input.id, 'snoozed');
    const now = ctx.now().getTime();
    const due = input.until !== undefined ? Date.parse(input.until) : now + input.minutes! * MINUTE;
    checkFuture(due, now, input.until !== undefined ? 'until' : 'minutes');
    const dueAt = new Date(due).toISOString();
    statement(ctx.db, 'UPDATE reminders SET due_at = ?, notified_at = NULL WHERE id = ?').run(dueAt, row.id);
    ctx.audit.record('reminder.snoozed', { ticketId: row.ticket_id, subject: `reminder:${row.id}`, detail: { from: row.due_at, to: dueAt } });
  });
  return getReminder(ctx, input.id);
}

export function finishReminder(ctx: CoreContext, id: number, state: 'done' | 'cancelled'): Reminder {
  inTransaction(ctx, () => {
    const row = pendingRow(ctx, id, state === 'done' ? 'marked as done' : 'cancelled');
    statement(ctx.db, 'UPDATE reminders SET state = ?, ended_at = ? WHERE id = ?').run(state, ctx.now().toISOString(), id);
    ctx.audit.record(`reminder.${state}`, { ticketId: row.ticket_id, subject: `reminder:${id}`, detail: { dueAt: row.due_at } });
  });
  return getReminder(ctx, id);
}

/** An ended reminder (done, answered, cancelled) stays ended: acting on it again is a conflict. */
function pendingRow(ctx: CoreContext, id: number, action: 'snoozed' | 'marked as done' | 'cancelled'): ReminderRow {
  const row = reminderRow(ctx, id);
  if (row.state !== 'pending') {
    throw new CasefileError(
      'conflict',
      `Reminder ${id} has already ended (${row.state}), so it cannot be ${action}. Set a new reminder instead.`,
      undefined,
      'reminder_ended',
    );
  }
  return row;
}
