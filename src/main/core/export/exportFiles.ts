/**
 * Where finished exports wait to be downloaded or saved: <dataDir>/exports/. An export job writes
 * `.partial-<jobId>`, fsyncs it and renames it to `<jobId>-<fileName>` only once it is complete, so a
 * cancelled, failed or crashed export never leaves a file that looks finished; a failure removes the
 * partial file at once.
 *
 * A finished file is removed once it has been downloaded or saved, when its job is forgotten, and at
 * start-up when older than a day. Jobs live in memory, so after a restart no job names these files; the
 * day's grace is for a second Casefile (web mode beside the desktop app) on the same data folder, whose
 * jobs may still be serving theirs.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreContext } from '../context';
import { CasefileError, isDiskFull } from '../errors';
import { removeStaleFiles } from './staleFiles';

export const EXPORTS_DIR = 'exports';
export const PARTIAL_PREFIX = '.partial-';
export const STALE_EXPORT_MS = 24 * 60 * 60 * 1000;

/** The file-system call the writer makes, replaceable so tests can simulate a disk that fills up. */
export interface ExportFs {
  open: typeof open;
}

export interface WrittenExport {
  path: string;
  size: number;
  sha256: string;
}

export function exportsDir(ctx: Pick<CoreContext, 'dataDir'>): string {
  return join(ctx.dataDir, EXPORTS_DIR);
}

/** The finished file of a job. Job ids are UUIDs and export names plain ASCII, so this stays inside the folder. */
export function finishedExportPath(ctx: Pick<CoreContext, 'dataDir'>, jobId: string, fileName: string): string {
  return join(exportsDir(ctx), `${jobId}-${fileName}`);
}

/**
 * Writes `source` to `.partial-<jobId>` (hashing and counting on the way), fsyncs it and renames it to its
 * final name. Stops between chunks when `signal` aborts. Any failure or cancel removes the partial file;
 * a full disk is reported as storage_full.
 */
export async function writeExportFile(
  ctx: Pick<CoreContext, 'dataDir'>,
  jobId: string,
  fileName: string,
  source: AsyncIterable<Uint8Array>,
  options: { signal: AbortSignal; fs?: ExportFs },
): Promise<WrittenExport> {
  if (options.signal.aborted) {
    (source as { destroy?: () => void }).destroy?.();
    options.signal.throwIfAborted();
  }
  const dir = exportsDir(ctx);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const partial = join(dir, `${PARTIAL_PREFIX}${jobId}`);
  const target = finishedExportPath(ctx, jobId, fileName);
  const hash = createHash('sha256');
  let size = 0;
  const handle = await (options.fs ?? { open }).open(partial, 'wx', 0o600);
  let closed = false;
  // A cancel stops the source at once, even while it waits for the next piece of evidence.
  const stopSource = () => (source as { destroy?: (error?: Error) => void }).destroy?.(new Error('cancelled'));
  options.signal.addEventListener('abort', stopSource, { once: true });
  try {
    for await (const chunk of source) {
      options.signal.throwIfAborted();
      hash.update(chunk);
      await handle.write(chunk);
      size += chunk.byteLength;
    }
    options.signal.throwIfAborted();
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(partial, target);
    return { path: target, size, sha256: hash.digest('hex') };
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await rm(partial, { force: true }).catch(() => undefined);
    // The source (an archive being built) must stop reading evidence too.
    stopSource();
    if (isDiskFull(error)) {
      throw new CasefileError(
        'storage_full',
        'The disk filled up during the export, so it was stopped and the unfinished file removed. Free some space and export again.',
      );
    }
    throw error;
  } finally {
    options.signal.removeEventListener('abort', stopSource);
  }
}

export async function removeExportFile(path: string): Promise<void> {
  await rm(path, { force: true }).catch(() => undefined);
}

/** At start-up: removes finished and partial exports older than a day (see the module comment). */
export function sweepOldExports(ctx: Pick<CoreContext, 'dataDir'>, nowMs: number = Date.now()): Promise<number> {
  return removeStaleFiles(exportsDir(ctx), { olderThanMs: STALE_EXPORT_MS, nowMs });
}
