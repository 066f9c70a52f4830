/**
 * Every status a ticket has had, and since when (table ticket_status_changes, append-only). The clocks read
 * it to know when the ticket was "waiting on me": the platform's clock stands still for those spells.
 *
 * Every place that changes a ticket's status goes through setTicketStatus (inside the caller's transaction),
 * so the history, the status and the reminders that end with a closed ticket can never disagree.
 */
import type { TicketStatus } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { statement } from '../db/statements';
import { endRemindersOfClosedTicket } from '../followUp/reminders/reminderEnding';

/** A stretch of time, in epoch milliseconds, end exclusive. */
export interface Spell {
  start: number;
  end: number;
}

/** Statuses after which nothing more is expected from either side: clocks stop, reminders end. */
const ENDED_STATUSES: readonly TicketStatus[] = ['resolved', 'closed'];

export const isEnded = (status: TicketStatus): boolean => ENDED_STATUSES.includes(status);

/** Appends one history row at the core's now (call inside the transaction that set the status). */
export function recordStatus(ctx: CoreContext, ticketId: number, status: TicketStatus): void {
  statement(ctx.db, 'INSERT INTO ticket_status_changes (ticket_id, status, at) VALUES (?, ?, ?)').run(
    ticketId,
    status,
    ctx.now().toISOString(),
  );
}

/**
 * Sets a ticket's status (inside the caller's transaction): the column, the history row and, when the
 * ticket becomes resolved or closed, the end of its pending reminders (each audited). The caller records
 * its own audit event for the status change. Answers the earlier status, or null when nothing changed.
 */
export function setTicketStatus(ctx: CoreContext, ticketId: number, status: TicketStatus): TicketStatus | null {
  const before = statement(ctx.db, 'SELECT status FROM tickets WHERE id = ?', { pluck: true }).get(ticketId) as TicketStatus | undefined;
  if (before === undefined) throw notFound('Ticket', ticketId);
  if (before === status) return null;
  statement(ctx.db, 'UPDATE tickets SET status = ? WHERE id = ?').run(status, ticketId);
  recordStatus(ctx, ticketId, status);
  if (isEnded(status)) endRemindersOfClosedTicket(ctx, ticketId, status);
  return before;
}

/**
 * The spells during which the ticket was 'waiting_me', clipped to [from, to] (epoch ms), oldest first.
 * A spell still going on ends at `to`. Changes at the same instant are read in the order they were written.
 */
export function waitingMeIntervals(ctx: CoreContext, ticketId: number, from: number, to: number): Spell[] {
  const rows = statement(ctx.db, 'SELECT status, at FROM ticket_status_changes WHERE ticket_id = ? ORDER BY at, id', { raw: true }).all(
    ticketId,
  ) as [TicketStatus, string][];
  const spells: Spell[] = [];
  for (let i = 0; i < rows.length; i++) {
    const [status, at] = rows[i]!;
    if (status !== 'waiting_me') continue;
    const next = rows[i + 1];
    const start = Math.max(Date.parse(at), from);
    const end = Math.min(next ? Date.parse(next[1]) : to, to);
    if (end <= start) continue;
    const last = spells[spells.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end); // 'waiting_me' set twice in a row: one spell
    else spells.push({ start, end });
  }
  return spells;
}
