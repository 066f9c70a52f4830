/**
 * Background jobs (the vault check): long work that must not hold an API call open. The caller gets a
 * job id at once and polls jobs.get; jobs.cancel stops it. Kept in memory only: a job does not survive a
 * restart, and its lasting results (custody events, audit events) are written by the job itself.
 */
import { randomUUID } from 'node:crypto';
import type { Job, VaultReport } from '../../../shared/domain';
import { CasefileError, notFound } from '../errors';

/** What a running job's body sees: its cancellation signal and where to report progress. */
export interface JobControl {
  signal: AbortSignal;
  progress(update: Partial<Job['progress']>): void;
}

export type JobBody = (control: JobControl) => Promise<VaultReport>;

export type JobRegistry = ReturnType<typeof createJobRegistry>;

interface Entry {
  job: Job;
  controller: AbortController;
  done: Promise<void>;
}

/** Finished jobs kept for jobs.get, newest last; older ones are forgotten. */
export const KEEP_FINISHED_JOBS = 20;

export function createJobRegistry(now: () => Date, log: (message: string) => void) {
  const entries = new Map<string, Entry>();
  const snapshot = (job: Job): Job => ({ ...job, progress: { ...job.progress } });

  function finish(entry: Entry, state: Exclude<Job['state'], 'running'>, result: VaultReport | null, error: string | null) {
    if (entry.job.state !== 'running') return; // already cancelled: a late result is dropped
    Object.assign(entry.job, { state, result, error, finishedAt: now().toISOString() });
    forgetOldFinished();
  }

  function forgetOldFinished(): void {
    const finished = [...entries.values()].filter((e) => e.job.state !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS))) entries.delete(old.job.id);
  }

  function entryOf(id: string): Entry {
    const entry = entries.get(id);
    if (!entry) throw notFound('Job', id);
    return entry;
  }

  return {
    /** Starts `body` on a later tick and returns the job as it is now (running, no progress yet). */
    start(kind: Job['kind'], body: JobBody): Job {
      const job: Job = {
        id: randomUUID(),
        kind,
        state: 'running',
        progress: { done: 0, total: 0, bytesDone: 0, bytesTotal: 0 },
        startedAt: now().toISOString(),
        finishedAt: null,
        result: null,
        error: null,
      };
      const controller = new AbortController();
      const control: JobControl = {
        signal: controller.signal,
        progress(update) {
          if (job.state === 'running') Object.assign(job.progress, update);
        },
      };
      const entry: Entry = { job, controller, done: Promise.resolve() };
      entries.set(job.id, entry);
      entry.done = Promise.resolve()
        .then(() => body(control))
        .then(
          (result) => finish(entry, 'done', result, null),
          (error: unknown) => {
            if (controller.signal.aborted) return finish(entry, 'cancelled', null, null);
            if (error instanceof CasefileError) return finish(entry, 'failed', null, error.message);
            log(`[casefile] job ${kind} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            finish(entry, 'failed', null, 'The job stopped because of an unexpected error; nothing was removed. Try again.');
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
        finish(entry, 'cancelled', null, null);
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
        finish(entry, 'cancelled', null, null);
      }
      await Promise.all(running.map((e) => e.done));
    },
  };
}
