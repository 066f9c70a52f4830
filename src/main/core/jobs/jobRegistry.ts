/**
 * Background jobs (the vault check, exports): long work that must not hold an API call open. The caller
 * gets a job id at once and polls jobs.get; jobs.cancel stops it. Kept in memory only: a job does not
 * survive a restart, and its lasting results (custody events, audit events, an export's file) are written
 * by the job itself.
 */
import { randomUUID } from 'node:crypto';
import type { Job, VaultReport } from '../../../shared/domain';
import type { ExportResult } from '../../../shared/dossier';
import { CasefileError, isDiskFull, notFound } from '../errors';

/** What a running job's body sees: its cancellation signal and where to report progress. */
export interface JobControl {
  /** The job's id (an export names its file after it). */
  id: string;
  signal: AbortSignal;
  progress(update: Partial<Job['progress']>): void;
}

/** What each kind of job produces when it finishes its work. */
interface ResultOf {
  'vault.check': VaultReport;
  export: ExportResult;
}

export type JobBody<R = VaultReport> = (control: JobControl) => Promise<R>;

export interface JobHooks<R> {
  /**
   * Called with a result nobody can fetch any more: one that arrived after the job was cancelled, or a
   * finished job's once it is forgotten (KEEP_FINISHED_JOBS). An export removes its file here.
   */
  discard?(result: R, jobId: string): void;
}

export type JobRegistry = ReturnType<typeof createJobRegistry>;

interface Entry {
  job: Job;
  controller: AbortController;
  done: Promise<void>;
  discard: () => void;
}

/** Finished jobs kept for jobs.get, newest last; older ones are forgotten. */
export const KEEP_FINISHED_JOBS = 20;

const DISK_FULL = 'The disk filled up, so the job stopped and nothing half-written was kept. Free some space and try again.';
const UNEXPECTED = 'The job stopped because of an unexpected error; nothing was removed. Try again.';

export function createJobRegistry(now: () => Date, log: (message: string) => void) {
  const entries = new Map<string, Entry>();
  const snapshot = (job: Job): Job => ({ ...job, progress: { ...job.progress } });

  function finish(entry: Entry, outcome: Pick<Job, 'state' | 'result' | 'exportResult' | 'error' | 'errorCode'>): void {
    if (entry.job.state !== 'running') return; // already cancelled: a late result is dropped by the caller
    Object.assign(entry.job, outcome, { finishedAt: now().toISOString() });
    forgetOldFinished();
  }

  function forgetOldFinished(): void {
    const finished = [...entries.values()].filter((e) => e.job.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS))) {
      entries.delete(old.job.id);
      old.discard();
    }
  }

  function failure(error: unknown, kind: Job['kind']): Pick<Job, 'error' | 'errorCode'> {
    if (error instanceof CasefileError) return { error: error.message, errorCode: error.code };
    if (isDiskFull(error)) return { error: DISK_FULL, errorCode: 'storage_full' };
    log(`[casefile] job ${kind} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { error: UNEXPECTED, errorCode: 'internal' };
  }

  const cancelled = { state: 'cancelled', result: null, exportResult: null, error: null, errorCode: null } as const;

  function entryOf(id: string): Entry {
    const entry = entries.get(id);
    if (!entry) throw notFound('Job', id);
    return entry;
  }

  return {
    /** Starts `body` on a later tick and returns the job as it is now (running, no progress yet). */
    start<K extends Job['kind']>(kind: K, body: JobBody<ResultOf[K]>, hooks: JobHooks<ResultOf[K]> = {}): Job {
      const job: Job = {
        id: randomUUID(),
        kind,
        state: 'running',
        progress: { done: 0, total: 0, bytesDone: 0, bytesTotal: 0 },
        startedAt: now().toISOString(),
        finishedAt: null,
        result: null,
        ...(kind === 'export' ? { exportResult: null } : {}),
        error: null,
        errorCode: null,
      };
      const controller = new AbortController();
      const control: JobControl = {
        id: job.id,
        signal: controller.signal,
        progress(update) {
          if (job.state === 'running') Object.assign(job.progress, update);
        },
      };
      let kept: ResultOf[K] | undefined;
      const entry: Entry = {
        job,
        controller,
        done: Promise.resolve(),
        discard: () => {
          if (kept !== undefined) hooks.discard?.(kept, job.id);
          kept = undefined;
        },
      };
      entries.set(job.id, entry);
      entry.done = Promise.resolve()
        .then(() => body(control))
        .then(
          (result) => {
            if (job.state !== 'running') {
              hooks.discard?.(result, job.id); // cancelled while finishing: nobody will fetch it
              return;
            }
            kept = result;
            finish(
              entry,
              kind === 'export'
                ? { state: 'done', result: null, exportResult: result as ExportResult, error: null, errorCode: null }
                : { state: 'done', result: result as VaultReport, error: null, errorCode: null },
            );
          },
          (error: unknown) => {
            if (controller.signal.aborted) return finish(entry, cancelled);
            finish(entry, { state: 'failed', result: null, ...(kind === 'export' ? { exportResult: null } : {}), ...failure(error, kind) });
          },
        );
      return snapshot(job);
    },

    get(id: string): Job {
      return snapshot(entryOf(id).job);
    },

    /** Cancels a running job: its state is 'cancelled' at once; the body stops at its next check. */
    cancel(id: string): Job {
      const entry = entryOf(id);
      if (entry.job.state === 'running') {
        entry.controller.abort();
        finish(entry, cancelled);
      }
      return snapshot(entry.job);
    },

    running(kind: Job['kind']): Job | undefined {
      const entry = [...entries.values()].find((e) => e.job.kind === kind && e.job.state === 'running');
      return entry && snapshot(entry.job);
    },

    /** The newest job of this kind that finished its work ('done'), if any is still kept. */
    lastDone(kind: Job['kind']): Job | undefined {
      const done = [...entries.values()].filter((e) => e.job.kind === kind && e.job.state === 'done');
      const last = done.at(-1);
      return last && snapshot(last.job);
    },

    /** Resolves when the job's body has stopped (also after a cancel): for shutdown and tests. */
    async settled(id: string): Promise<Job> {
      const entry = entryOf(id);
      await entry.done;
      return snapshot(entry.job);
    },

    /** Stops every running job (the core is closing); resolves once their bodies have stopped. */
    async cancelAll(): Promise<void> {
      const running = [...entries.values()].filter((e) => e.job.state === 'running');
      for (const entry of running) {
        entry.controller.abort();
        finish(entry, cancelled);
      }
      await Promise.all(running.map((e) => e.done));
    },
  };
}
