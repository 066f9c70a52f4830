/**
 * The dossier PDF alone: export.pdf (a download) and export.start with format 'pdf' (a job) make it the
 * same way. Read in one transaction (readDossierData), rendered at ctx.now() so the same data exported at
 * the same instant is the same file. Evidence missing from the vault, or changed since it was added, does
 * not fail the export: the PDF lists it as MISSING or ALTERED with its recorded hash, and the record
 * (exportRecord.ts) says so as the ZIP's does.
 */
import { Readable } from 'node:stream';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { DownloadResult } from '../api/router';
import type { CoreContext } from '../context';
import { exportFileName } from './archiveNames';
import { readDossierData } from './dossierData';
import { dossierOptions, type DossierOptions } from './dossierOptions';
import { findMissingEvidence, missingReasons, type MissingEvidence } from './evidencePresence';
import { recordExport } from './exportRecord';
import { renderDossierPdf } from './pdf/renderDossierPdf';
import type { RenderPdf } from './portal/fitPdf';

export interface DossierPdf {
  fileName: string;
  bytes: Buffer;
  missing: MissingEvidence[];
  /** Writes the audit and custody record: call once the PDF is delivered. */
  record(): void;
}

export async function buildDossierPdf(ctx: CoreContext, ticketId: number, options: DossierOptions, render: RenderPdf = renderDossierPdf): Promise<DossierPdf> {
  const data = readDossierData(ctx, ticketId);
  const exportedAt = ctx.now();
  const missing = await findMissingEvidence(ctx, data.evidence);
  const bytes = await render(ctx, data, { ...options, exportedAt, images: 'embed', missingEvidence: missingReasons(missing) });
  const fileName = exportFileName(ticketId, exportedAt, '.pdf');
  return { fileName, bytes, missing, record: () => recordExport(ctx, data, { format: 'pdf', exportedAt, fileName, options, missing }) };
}

/** export.pdf: the PDF is complete in memory before the download starts, so it is recorded at once. */
export async function exportPdf(ctx: CoreContext, input: ParsedInputOf<'export.pdf'>): Promise<DownloadResult> {
  const pdf = await buildDossierPdf(ctx, input.ticketId, dossierOptions(input));
  pdf.record();
  return { fileName: pdf.fileName, contentType: 'application/pdf', stream: Readable.from([pdf.bytes]), size: pdf.bytes.length };
}
