/** Reading reminders back: one SELECT (with the ticket's title) and one row → Reminder mapping for every reader. */
import type { Reminder, ReminderState } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { notFound } from '../../errors';
import { statement } from '../../db/statements';

export interface ReminderRow {
  id: number;
  ticket_id: number;
  ticket_title: string;
  due_at: string;
  time_zone: string;
  note: string | null;
  repeat_every_days: number | null;
  until_reply: number;
  state: ReminderState;
  notified_at: string | null;
  created_at: string;
  ended_at: string | null;
}

export const SELECT_REMINDERS = `SELECT r.*, t.title AS ticket_title FROM reminders r JOIN tickets t ON t.id = r.ticket_id`;

export function reminderRow(ctx: CoreContext, id: number): ReminderRow {
  const row = statement(ctx.db, `${SELECT_REMINDERS} WHERE r.id = ?`).get(id) as ReminderRow | undefined;
  if (!row) throw notFound('Reminder', id);
  return row;
}

export function getReminder(ctx: CoreContext, id: number): Reminder {
  return toReminder(reminderRow(ctx, id));
}

export function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    ticketTitle: row.ticket_title,
    dueAt: row.due_at,
    timeZone: row.time_zone,
    note: row.note,
    repeatEveryDays: row.repeat_every_days,
    untilReply: row.until_reply === 1,
    state: row.state,
    notifiedAt: row.notified_at,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}
