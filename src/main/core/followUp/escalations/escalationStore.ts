/**
 * The escalation ladder's steps as stored: reading them back (the ticket page, letters, the dossier
 * export) and editing the parts that usually come later (reference, answer, deadline). Recording a new
 * step lives in addEscalation.ts because it also writes the timeline and moves the ticket's status.
 */
import type { ChannelKind } from '../../../../shared/domain';
import type { Escalation, EscalationLevel, VenueKind } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { notFound } from '../../errors';
import { requireTicket } from '../../tickets/ticketGuards';

export interface EscalationRow {
  id: number;
  ticket_id: number;
  level: EscalationLevel;
  venue_kind: VenueKind | null;
  venue_id: string | null;
  at: string;
  to_whom: string | null;
  channel: ChannelKind | null;
  reference: string | null;
  answer: string | null;
  answered_at: string | null;
  deadline_at: string | null;
  notes: string | null;
  entry_id: number | null;
  created_at: string;
}

/** The ticket's steps in the order they were taken (then in the order they were recorded); not_found for an unknown ticket. */
export function listEscalations(ctx: CoreContext, ticketId: number): Escalation[] {
  requireTicket(ctx, ticketId);
  const rows = ctx.db
    .prepare('SELECT * FROM escalations WHERE ticket_id = ? ORDER BY at, id')
    .all(ticketId) as EscalationRow[];
  return rows.map(toEscalation);
}

export function getEscalation(ctx: CoreContext, id: number): Escalation {
  const row = ctx.db.prepare('SELECT * FROM escalations WHERE id = ?').get(id) as EscalationRow | undefined;
  if (!row) throw notFound('Escalation', id);
  return toEscalation(row);
}

function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    level: row.level,
    venueKind: row.venue_kind,
    venueId: row.venue_id,
    at: row.at,
    toWhom: row.to_whom,
    channel: row.channel,
    reference: row.reference,
    answer: row.answer,
    answeredAt: row.answered_at,
    deadlineAt: row.deadline_at,
    notes: row.notes,
    entryId: row.entry_id,
    createdAt: row.created_at,
  };
}
