/**
 * export.start: an export as a background job (the UI's way), with progress (files and bytes of the
 * known total) and cancel. The file is written to <dataDir>/exports/.partial-<jobId>, fsynced and renamed
 * when complete (exportFiles.ts): a cancelled or failed export, a full disk included, leaves nothing
 * behind. On success the job's exportResult names the file export.file / export.saveAs deliver.
 */
import { Readable } from 'node:stream';
import type { ExportFormat, ExportResult } from '../../../shared/dossier';
import type { CoreContext } from '../context';
import type { JobControl } from '../jobs/jobRegistry';
import { requireTicket } from '../tickets/ticketGuards';
import { dossierOptions, type DossierOptions } from './dossierOptions';
import { missingForResult } from './evidencePresence';
import { finishedExportPath, removeExportFile, writeExportFile, type ExportFs } from './exportFiles';
import { buildDossierPdf } from './exportPdf';
import { buildPortalZip, type PortalDeps } from './portal/portalZip';
import { buildDossierZip } from './zipExport';

export interface ExportStartInput {
  ticketId: number;
  format: ExportFormat;
  language?: DossierOptions['language'] | undefined;
  redact?: boolean | undefined;
  portal?: { maxFiles: number; maxFileMb: number } | undefined;
}

/** Replaceable parts, for tests: the file system (a disk that fills up) and the PDF renderer. */
export interface ExportDeps extends PortalDeps {
  fs?: ExportFs;
}

const MB = 1024 * 1024;

export function startExport(ctx: CoreContext, input: ExportStartInput, deps: ExportDeps = {}): { jobId: string } {
  requireTicket(ctx, input.ticketId); // an unknown ticket is not_found now, not a failed job later
  const job = ctx.jobs.start('export', (control) => runExport(ctx, input, control, deps), {
    // Nobody can fetch it any more (cancelled as it finished, or forgotten): do not leave it on disk.
    discard: (result, jobId) => void removeExportFile(finishedExportPath(ctx, jobId, result.fileName)),
  });
  return { jobId: job.id };
}

async function runExport(ctx: CoreContext, input: ExportStartInput, control: JobControl, deps: ExportDeps): Promise<ExportResult> {
  const options = dossierOptions(input);
  let done = 0;
  let bytesDone = 0;
  const tally = {
    fileDone: () => control.progress({ done: ++done }),
    bytes: (n: number) => control.progress({ bytesDone: (bytesDone += n) }),
  };
  /** Writes the file, then records the export: only if it is complete and still wanted (not cancelled meanwhile). */
  const deliver = async (fileName: string, source: AsyncIterable<Uint8Array>, record: () => void) => {
    const written = await writeExportFile(ctx, control.id, fileName, source, { signal: control.signal, ...(deps.fs ? { fs: deps.fs } : {}) });
    if (control.signal.aborted) {
      await removeExportFile(written.path);
      control.signal.throwIfAborted();
    }
    record();
    return written;
  };

  if (input.format === 'zip') {
    const zip = await buildDossierZip(ctx, input.ticketId, options, tally);
    control.progress({ total: zip.fileCount, bytesTotal: zip.contentBytes });
    const written = await deliver(zip.fileName, zip.stream, zip.record);
    control.progress({ done: zip.fileCount, bytesDone: zip.contentBytes });
    return { format: 'zip', fileName: zip.fileName, size: written.size, sha256: written.sha256, missingEvidence: zip.missingEvidence, leftOut: [], redacted: options.redact };
  }

  if (input.format === 'portal') {
    const limits = { maxFiles: input.portal?.maxFiles ?? 4, maxFileBytes: Math.floor((input.portal?.maxFileMb ?? 4) * MB) };
    const portal = await buildPortalZip(ctx, input.ticketId, options, limits, { signal: control.signal, progress: control.progress, ...deps });
    const written = await deliver(portal.fileName, portal.stream, portal.record);
    control.progress({ done: portal.fileCount, total: portal.fileCount });
    return { format: 'portal', fileName: portal.fileName, size: written.size, sha256: written.sha256, missingEvidence: portal.missingEvidence, leftOut: portal.leftOut, redacted: options.redact };
  }

  control.progress({ total: 1 });
  const pdf = await buildDossierPdf(ctx, input.ticketId, options, deps.renderPdf);
  control.signal.throwIfAborted();
  control.progress({ bytesTotal: pdf.bytes.length });
  const written = await deliver(pdf.fileName, Readable.from([pdf.bytes], { objectMode: false }), pdf.record);
  control.progress({ done: 1, bytesDone: pdf.bytes.length });
  return { format: 'pdf', fileName: pdf.fileName, size: written.size, sha256: written.sha256, missingEvidence: missingForResult(pdf.missing), leftOut: [], redacted: options.redact };
}
