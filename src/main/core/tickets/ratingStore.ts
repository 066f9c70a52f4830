/**
 * The user's rating of how the platform handled a ticket (attitude and problem solving, 1–5, and the
 * lessons learned). One per ticket: rating again replaces it, and the audit trail keeps every version.
 * The platform's scorecard averages them (ratingAverages).
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { TicketRating } from '../../../shared/followUp';
import { inTransaction, type CoreContext } from '../context';
import { orNull } from '../db/json';
import { statement } from '../db/statements';
import { requireTicket } from './ticketGuards';

interface RatingRow {
  ticket_id: number;
  attitude: number;
  problem_solving: number;
  lessons: string | null;
  rated_at: string;
}

export function rateTicket(ctx: CoreContext, input: ParsedInputOf<'tickets.rate'>): TicketRating {
  inTransaction(ctx, () => {
    requireTicket(ctx, input.ticketId);
    const before = ticketRating(ctx, input.ticketId);
    const lessons = orNull(input.lessons?.trim());
    statement(
      ctx.db,
      `INSERT INTO ticket_ratings (ticket_id, attitude, problem_solving, lessons, rated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET attitude = excluded.attitude, problem_solving = excluded.problem_solving,
         lessons = excluded.lessons, rated_at = excluded.rated_at`,
    ).run(input.ticketId, input.attitude, input.problemSolving, lessons, ctx.now().toISOString());
    ctx.audit.record('ticket.rated', {
      ticketId: input.ticketId,
      subject: `ticket:${input.ticketId}`,
      detail: {
        attitude: input.attitude,
        problemSolving: input.problemSolving,
        lessons: lessons !== null,
        ...(before ? { replaced: { attitude: before.attitude, problemSolving: before.problemSolving } } : {}),
      },
    });
  });
  return ticketRating(ctx, input.ticketId)!;
}

/** The ticket's rating, or null before it is rated (404 for a ticket that does not exist). */
export function ticketRating(ctx: CoreContext, ticketId: number): TicketRating | null {
  requireTicket(ctx, ticketId);
  const row = statement(ctx.db, 'SELECT * FROM ticket_ratings WHERE ticket_id = ?').get(ticketId) as RatingRow | undefined;
  if (!row) return null;
  return { ticketId: row.ticket_id, attitude: row.attitude, problemSolving: row.problem_solving, lessons: row.lessons, ratedAt: row.rated_at };
}

/** Averages over the platform's rated tickets, to one decimal (null while none is rated). */
export function ratingAverages(ctx: CoreContext, platformId: number): { attitude: number | null; problemSolving: number | null } {
  const row = statement(
    ctx.db,
    `SELECT avg(r.attitude) AS attitude, avg(r.problem_solving) AS problemSolving
     FROM ticket_ratings r JOIN tickets t ON t.id = r.ticket_id WHERE t.platform_id = ?`,
  ).get(platformId) as { attitude: number | null; problemSolving: number | null };
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return { attitude: round(row.attitude), problemSolving: round(row.problemSolving) };
}
