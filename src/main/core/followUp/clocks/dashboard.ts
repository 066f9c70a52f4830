/**
 * dashboard.actions: what needs action now across every ticket that is not resolved or closed. Each clock
 * with a due time is one line: overdue, due within 24 hours, or later; overdue first, then soonest due.
 */
import type { ActionItem } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { statement } from '../../db/statements';
import { ticketFacts } from './clockFacts';
import { clocksOf } from './ticketClocks';

const SOON_MS = 24 * 3_600_000;
const RANK: Record<ActionItem['urgency'], number> = { overdue: 0, due_soon: 1, later: 2 };

export function dashboardActions(ctx: CoreContext): ActionItem[] {
  const ids = statement(ctx.db, `SELECT id FROM tickets WHERE status NOT IN ('resolved', 'closed') ORDER BY id`, { pluck: true }).all() as number[];
  const items: (ActionItem & { due: number })[] = [];
  for (const id of ids) {
    const facts = ticketFacts(ctx, id);
    for (const clock of clocksOf(facts)) {
      if (clock.dueAt === null) continue;
      const due = Date.parse(clock.dueAt);
      items.push({
        ticketId: id,
        ticketTitle: facts.title,
        platformName: facts.platformName,
        status: facts.status,
        urgency: due <= facts.now ? 'overdue' : due - facts.now <= SOON_MS ? 'due_soon' : 'later',
        clock,
        due,
      });
    }
  }
  items.sort((a, b) => RANK[a.urgency] - RANK[b.urgency] || a.due - b.due || a.ticketId - b.ticketId);
  return items.map(({ due: _due, ...item }) => item);
}
