/**
 * Everything an export needs about one ticket, read in one transaction so the files agree with each
 * other even if the user keeps typing while the ZIP streams out.
 */
import type { CoreContext } from '../context';
import type { AuditEvent, Entry, Evidence, Platform, Ticket } from '../../../shared/domain';
import { getTicket } from '../tickets/ticketStore';
import { getPlatform } from '../platforms/platformStore';
import { listEntries } from '../log/logStore';
import { listEvidence } from '../evidence/evidenceStore';

export interface DossierData {
  ticket: Ticket;
  platform: Platform;
  entries: Entry[];
  evidence: Evidence[];
  auditEvents: AuditEvent[];
  auditFingerprint: string;
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
      };
    })
    .deferred();
}
