/**
 * The time zone the user lives in, as far as Casefile knows: the zone of the ticket's latest entry, else of
 * the latest entry anywhere, else UTC. Letters print dates in it and the escalation ladder's own timeline
 * entries are stamped with it, so they read like the entries around them.
 */
import type { CoreContext } from '../context';

export function userZone(ctx: CoreContext, ticketId: number): string {
  const ofTicket = ctx.db
    .prepare('SELECT time_zone FROM entries WHERE ticket_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1')
    .pluck()
    .get(ticketId) as string | undefined;
  const zone =
    ofTicket ?? (ctx.db.prepare('SELECT time_zone FROM entries ORDER BY recorded_at DESC, id DESC LIMIT 1').pluck().get() as string | undefined);
  return zone !== undefined && isKnownZone(zone) ? zone : 'UTC';
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
