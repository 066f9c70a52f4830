/** playbook.next and playbook.dismiss: the rules of playbookRules.ts over the ticket's facts and the user's dismissals. */
import type { PlaybookAnswer } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { statement } from '../../db/statements';
import { requireTicket } from '../../tickets/ticketGuards';
import { ticketFacts } from '../clocks/clockFacts';
import { proposeNext } from './playbookRules';

export function nextStep(ctx: CoreContext, ticketId: number): PlaybookAnswer {
  const facts = ticketFacts(ctx, ticketId);
  const dismissedKeys = statement(ctx.db, 'SELECT key FROM playbook_dismissals WHERE ticket_id = ? ORDER BY at, key', { pluck: true }).all(
    ticketId,
  ) as string[];
  return { ticketId, proposal: proposeNext(facts, new Set(dismissedKeys)), dismissedKeys };
}

/** Hides the proposal with this key on this ticket (again: no change); answers the next proposal. */
export function dismissStep(ctx: CoreContext, ticketId: number, key: string): PlaybookAnswer {
  inTransaction(ctx, () => {
    requireTicket(ctx, ticketId);
    const { changes } = statement(ctx.db, 'INSERT INTO playbook_dismissals (ticket_id, key, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
      ticketId,
      key,
      ctx.now().toISOString(),
    );
    if (changes > 0) ctx.audit.record('playbook.dismissed', { ticketId, subject: `ticket:${ticketId}`, detail: { key } });
  });
  return nextStep(ctx, ticketId);
}
