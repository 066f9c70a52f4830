/**
 * export.pdf: the dossier PDF alone, as a download. Read in one transaction (readDossierData), rendered
 * at ctx.now() so the same data exported at the same instant is the same file, and recorded in the audit
 * trail with the hashes of the evidence it lists. A file missing from the vault does not fail the export:
 * the PDF lists it as MISSING with its recorded hash.
 */
import { Readable } from 'node:stream';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { DownloadResult } from '../api/router';
import { inTransaction, type CoreContext } from '../context';
import { readDossierData } from './dossierData';
import { renderDossierPdf } from './pdf/renderDossierPdf';

export async function exportPdf(ctx: CoreContext, input: ParsedInputOf<'export.pdf'>): Promise<DownloadResult> {
  const data = readDossierData(ctx, input.ticketId);
  const exportedAt = ctx.now();
  const language = input.language ?? 'both';
  const redact = input.redact ?? false;
  const bytes = await renderDossierPdf(ctx, data, { language, redact, exportedAt, images: 'embed' });

  inTransaction(ctx, () =>
    ctx.audit.record('ticket.exported', {
      ticketId: input.ticketId,
      subject: `ticket:${input.ticketId}`,
      detail: {
        format: 'pdf',
        exportedAt: exportedAt.toISOString(),
        language,
        redacted: redact,
        evidence: data.evidence.map((e) => e.sha256),
      },
    }),
  );

  return {
    fileName: `casefile-ticket-${input.ticketId}-${exportedAt.toISOString().slice(0, 10)}.pdf`,
    contentType: 'application/pdf',
    stream: Readable.from([bytes]),
    size: bytes.length,
  };
}
