/**
 * export.file: a finished export job's file, streamed. The file is removed once it has been read to the
 * end (exports hold personal data; they should not pile up in the data folder), so a second download
 * of the same job is not_found: export again.
 */
import { open } from 'node:fs/promises';
import type { Job } from '../../../shared/domain';
import type { ExportResult } from '../../../shared/dossier';
import type { CoreContext } from '../context';
import type { DownloadResult } from '../api/router';
import { CasefileError } from '../errors';
import { finishedExportPath, removeExportFile } from './exportFiles';

const CONTENT_TYPE: Record<ExportResult['format'], string> = {
  zip: 'application/zip',
  portal: 'application/zip',
  pdf: 'application/pdf',
};

/** The finished export of a job, or the error that says why there is none. */
export function finishedExport(ctx: CoreContext, jobId: string): { job: Job; result: ExportResult; path: string } {
  const job = ctx.jobs.get(jobId); // not_found for an unknown id
  if (job.kind !== 'export') throw new CasefileError('not_found', `Job ${jobId} is not an export`);
  if (job.state === 'running') throw new CasefileError('conflict', 'The export is still running: wait until it is done, then download it.');
  const result = job.exportResult;
  if (job.state !== 'done' || !result) {
    throw new CasefileError('not_found', `This export was ${job.state === 'cancelled' ? 'cancelled' : 'not completed'}, so there is no file: start the export again.`);
  }
  return { job, result, path: finishedExportPath(ctx, jobId, result.fileName) };
}

export const ALREADY_DELIVERED = 'This export was already downloaded or saved, and its copy removed: export again for another copy.';

export async function exportFileDownload(ctx: CoreContext, jobId: string): Promise<DownloadResult> {
  const { result, path } = finishedExport(ctx, jobId);
  // Opened before answering: an open file stays readable even if another download removes it meanwhile.
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new CasefileError('not_found', ALREADY_DELIVERED);
    throw error;
  });
  const { size } = await handle.stat();
  const stream = handle.createReadStream();
  stream.on('end', () => void removeExportFile(path));
  return { fileName: result.fileName, contentType: CONTENT_TYPE[result.format], stream, size };
}
