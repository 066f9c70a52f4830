/**
 * Everything an export needs about one ticket, read in one transaction so the files agree with each
 * other even if the user keeps typing while the ZIP streams out.
 */
import type { CoreContext } from '../context';
import type { AuditEvent, Entry, Evidence, Platform, Ticket, TicketMetrics } from '../../../shared/domain';
import type { Profile } from '../../../shared/dossier';
import type { Escalation, TicketRating } from '../../../shared/followUp';
import { getTicket } from '../tickets/ticketStore';
import { getPlatform } from '../platforms/platformStore';
import { listEntries } from '../log/logStore';
import { listEvidence } from '../evidence/evidenceStore';
import { listEscalations } from '../followUp/escalations/escalationStore';
import { getProfile } from '../profile/profileStore';
import { ticketMetrics } from '../metrics/metricsStore';
import { ticketRating } from '../tickets/ratingStore';

export interface DossierData {
  ticket: Ticket;
  platform: Platform;
  entries: Entry[];
  evidence: Evidence[];
  auditEvents: AuditEvent[];
  auditFingerprint: string;
  /** The escalation ladder's steps, in the order they were taken. */
  escalations: Escalation[];
  /** The complainant, for the cover and the declaration. */
  profile: Profile;
  /** Response-time figures, as of the export time (ctx.now()). */
  metrics: TicketMetrics;
  /** The user's own rating of the support they got (null: not rated). */
  rating: TicketRating | null;
}

export function readDossierData(ctx: CoreContext, ticketId: number): DossierData {
  return ctx.db
    .transaction(() => {
      const ticket = getTicket(ctx, ticketId);
      return {
        ticket,
        platform: getPlatform(ctx, ticket.platformId),
        entries: listEntries(ctx, ticketId),
        evidence: listEvidence(ctx, ticketId),
        auditEvents: ctx.audit.list(ticketId),
        auditFingerprint: ctx.audit.fingerprint(),
        escalations: listEscalations(ctx, ticketId),
        profile: getProfile(ctx),
        metrics: ticketMetrics(ctx, ticketId),
        rating: ticketRating(ctx, ticketId),
      };
    })
    .deferred();
}

