/**
 * Reminders that end by themselves (inside the transaction of the change that ends them, each audited):
 * - "until they answer" reminders, when an agent entry that happened at or after the reminder was set is
 *   logged (log.add) or imported (import.transcript), or when such an answer is recorded on a step of the
 *   platform's own ladder (escalations.add / escalations.update): state 'answered';
 * - every pending reminder of a ticket that becomes resolved or closed: state 'cancelled'.
 */
import type { TicketStatus } from '../../../../shared/domain';
import type { CoreContext } from '../../context';
import { statement } from '../../db/statements';

/**
 * An agent's entry that happened at `occurredAt` (UTC ISO) was stored: "until they answer" reminders set at
 * or before that instant are answered. With an import, pass its latest agent entry (any earlier one that
 * would end a reminder means the latest does too). Answers how many ended.
 */
export function endRemindersOnReply(ctx: CoreContext, ticketId: number, occurredAt: string, entryId: number): number {
  return endUntilReply(ctx, ticketId, occurredAt, { entryId });
}

/** The platform's answer was recorded on a step below the third party (a supervisor's reply): the same ending. */
export function endRemindersOnStepAnswer(ctx: CoreContext, ticketId: number, answeredAt: string, escalationId: number): number {
  return endUntilReply(ctx, ticketId, answeredAt, { escalationId });
}

function endUntilReply(ctx: CoreContext, ticketId: number, occurredAt: string, because: Record<string, number>): number {
  const ids = statement(
    ctx.db,
    `SELECT id FROM reminders WHERE ticket_id = ? AND state = 'pending' AND until_reply = 1 AND created_at <= ? ORDER BY id`,
    { pluck: true },
  ).all(ticketId, occurredAt) as number[];
  const now = ctx.now().toISOString();
  for (const id of ids) {
    statement(ctx.db, `UPDATE reminders SET state = 'answered', ended_at = ? WHERE id = ?`).run(now, id);
    ctx.audit.record('reminder.answered', { ticketId, subject: `reminder:${id}`, detail: because });
  }
  return ids.length;
}

/** The ticket became resolved or closed: its pending reminders are cancelled (nothing left to chase). */
export function endRemindersOfClosedTicket(ctx: CoreContext, ticketId: number, status: TicketStatus): number {
  const ids = statement(ctx.db, `SELECT id FROM reminders WHERE ticket_id = ? AND state = 'pending' ORDER BY id`, { pluck: true }).all(
    ticketId,
  ) as number[];
  const now = ctx.now().toISOString();
  for (const id of ids) {
    statement(ctx.db, `UPDATE reminders SET state = 'cancelled', ended_at = ? WHERE id = ?`).run(now, id);
    ctx.audit.record('reminder.cancelled', { ticketId, subject: `reminder:${id}`, detail: { because: `ticket_${status}` } });
  }
  return ids.length;
}
