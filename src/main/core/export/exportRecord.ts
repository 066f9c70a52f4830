/**
 * The record an export leaves, written once the export is complete and in one transaction: the
 * 'ticket.exported' audit event (with the hashes of the evidence it carries and of what it left out),
 * for each item left out a 'missing' or 'altered' custody event (as a vault check would give them), and
 * for each evidence file that went into the archive an 'exported' custody event naming the export.
 *
 * Nothing is recorded while the archive is still being written: an export that is cancelled, fails or
 * fills the disk never delivered anything, so it must not appear in the custody record as if it had.
 * (An evidence file found altered while streaming is recorded at once by verifiedEvidence.ts: that is a
 * fact about the vault, whatever happens to the export.)
 */
import type { Evidence } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import { recordCustody } from '../evidence/custody';
import type { DossierData } from './dossierData';
import type { DossierOptions } from './dossierOptions';
import type { MissingEvidence } from './evidencePresence';

export interface ExportFacts {
  format: string;
  exportedAt: Date;
  fileName: string;
  options: DossierOptions;
  missing: MissingEvidence[];
  /** Evidence files the archive carries, each checked against its SHA-256 as it was written. */
  shipped?: readonly Evidence[];
}

export function recordExport(ctx: CoreContext, data: DossierData, facts: ExportFacts): void {
  const missingIds = new Set(facts.missing.map((m) => m.item.id));
  inTransaction(ctx, () => {
    for (const { item, reason, actualSha256 } of facts.missing) {
      if (reason === 'altered' && actualSha256) {
        recordCustody(ctx, {
          evidenceId: item.id,
          ticketId: item.ticketId,
          sha256: actualSha256,
          event: 'altered',
          via: facts.fileName,
          detail: { expectedSha256: item.sha256 },
        });
        ctx.audit.record('evidence.altered', {
          ticketId: item.ticketId,
          subject: `evidence:${item.id}`,
          detail: { name: item.originalName, sha256: item.sha256, actualSha256, during: 'export' },
        });
      } else {
        recordCustody(ctx, { evidenceId: item.id, ticketId: item.ticketId, sha256: item.sha256, event: 'missing', via: facts.fileName });
      }
    }
    for (const item of facts.shipped ?? []) {
      recordCustody(ctx, { evidenceId: item.id, ticketId: item.ticketId, sha256: item.sha256, event: 'exported', via: facts.fileName });
    }
    ctx.audit.record('ticket.exported', {
      ticketId: data.ticket.id,
      subject: `ticket:${data.ticket.id}`,
      detail: {
        format: facts.format,
        exportedAt: facts.exportedAt.toISOString(),
        language: facts.options.language,
        redacted: facts.options.redact,
        evidence: data.evidence.filter((e) => !missingIds.has(e.id)).map((e) => e.sha256),
        ...(facts.missing.length ? { missing: facts.missing.map((m) => m.item.sha256) } : {}),
      },
    });
  });
}
