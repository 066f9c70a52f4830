/** Small checks other stores share, kept apart so the stores need not import each other. */
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { statement } from '../db/statements';

export function requireTicket(ctx: CoreContext, id: number): void {
  if (!statement(ctx.db, 'SELECT 1 FROM tickets WHERE id = ?').get(id)) throw notFound('Ticket', id);
}

/** Marks the ticket as having new activity (the sidebar sorts on it). */
export function touchTicket(ctx: CoreContext, id: number): void {
  statement(ctx.db, 'UPDATE tickets SET updated_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
}
