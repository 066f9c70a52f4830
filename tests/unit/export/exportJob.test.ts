/**
 * export.start / jobs.get / jobs.cancel / export.file: an export as a background job. Proves: progress
 * reaches the known totals; the finished file is the one export.file streams (and is removed once read);
 * cancelling, failing or a disk that fills up leaves nothing in <dataDir>/exports.
 */
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../../src/main/core/api/router';
import { startExport } from '../../../src/main/core/export/exportJob';
import type { ExportFs } from '../../../src/main/core/export/exportFiles';
import type { Job } from '../../../src/shared/domain';
import { call, callError, cleanup, readStream, sha256 } from '../helpers';
import { buildCase, byName, exportsFolder, PDF, readZip, waitForJob } from './exportFixtures';

afterEach(cleanup);

type Case = Awaited<ReturnType<typeof buildCase>>;

/** Writes wait until release() is called: the job is caught in the middle of writing. */
function gatedFs(): { fs: ExportFs; release(): void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const gated: ExportFs = {
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const write = handle.write.bind(handle) as (chunk: Uint8Array) => Promise<unknown>;
      return Object.assign(handle, { write: async (chunk: Uint8Array) => (await gate, write(chunk)) });
    }) as ExportFs['open'],
  };
  return { fs: gated, release };
}

/** A disk with `room` bytes left: the write that passes it fails with ENOSPC, as a real full disk does. */
function fullDiskFs(room: number): ExportFs {
  return {
    open: (async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const write = handle.write.bind(handle) as (chunk: Uint8Array) => Promise<unknown>;
      let written = 0;
      return Object.assign(handle, {
        write: async (chunk: Uint8Array) => {
          written += chunk.byteLength;
          if (written > room) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return write(chunk);
        },
      });
    }) as ExportFs['open'],
  };
}

async function until(t: Case, jobId: string, test: (job: Job) => boolean): Promise<Job> {
  for (let i = 0; i < 500; i++) {
    const job = await call<Job>(t.router, 'jobs.get', { id: jobId });
    if (test(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the job never reached the expected state');
}

/** A ticket with enough evidence (3 × 4 MB) that an export takes many chunks. */
async function bigCase(): Promise<Case> {
  const t = await buildCase();
  for (let i = 0; i < 3; i++) {
    const bytes = Buffer.alloc(4 * 1024 * 1024, i + 1);
    await call(t.router, 'evidence.upload', { ticketId: t.ticketId, name: `recording-${i}.bin` }, bytes);
  }
  return t;
}

describe('export.start (zip)', () => {
  it('reports progress to the known totals, and export.file streams the finished file, once', async () => {
    const t = await buildCase();
    const eventsBefore = t.ctx.audit.list(t.ticketId).length;
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip', language: 'en' });
    const job = await waitForJob(t, jobId);
    expect(job).toMatchObject({ kind: 'export', state: 'done', error: null, result: null });
    expect(job.progress.total).toBe(9); // 5 generated + 2 evidence + manifest + SHA256SUMS
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.progress.bytesDone).toBe(job.progress.bytesTotal);
    expect(job.progress.bytesTotal).toBeGreaterThan(PDF.length);

    const result = job.exportResult!;
    expect(result).toMatchObject({ format: 'zip', fileName: `casefile-ticket-${t.ticketId}-2024-03-01.zip`, missingEvidence: [], leftOut: [], redacted: false });
    expect(exportsFolder(t)).toEqual([`${jobId}-${result.fileName}`]);
    const onDisk = fs.readFileSync(path.join(t.dataDir, 'exports', `${jobId}-${result.fileName}`));
    expect(result.size).toBe(onDisk.length);
    expect(result.sha256).toBe(sha256(onDisk));
    // Recorded once the file is complete.
    expect(t.ctx.audit.list(t.ticketId)).toHaveLength(eventsBefore + 1);
    expect(t.ctx.audit.list(t.ticketId).at(-1)).toMatchObject({ action: 'ticket.exported', detail: { format: 'zip', language: 'en' } });

    const download = await call<DownloadResult>(t.router, 'export.file', { jobId });
    expect(download).toMatchObject({ fileName: result.fileName, contentType: 'application/zip', size: result.size });
    const bytes = await readStream(download.stream);
    expect(sha256(bytes)).toBe(result.sha256);
    const entries = await readZip(bytes);
    expect(byName(entries).get('evidence/002_银行_流水.pdf')!.equals(PDF)).toBe(true);

    // Downloaded: the copy is gone, and asking again says what to do.
    await new Promise((resolve) => setImmediate(resolve));
    expect(exportsFolder(t)).toEqual([]);
    const again = await callError(t.router, 'export.file', { jobId }, 'not_found');
    expect(again.message).toMatch(/already downloaded.*export again/);
  });

  it('export.file is conflict while the job runs; cancel stops it and leaves no partial file', async () => {
    const t = await bigCase();
    const gate = gatedFs();
    const { jobId } = startExport(t.ctx, { ticketId: t.ticketId, format: 'zip' }, { fs: gate.fs });
    // Caught mid-write: the first chunks are read from the vault, the file is open, its writes wait.
    const running = await until(t, jobId, (job) => job.progress.bytesDone > 0 && exportsFolder(t).length > 0);
    expect(running.progress.bytesDone).toBeLessThan(running.progress.bytesTotal);
    expect(running.state).toBe('running');
    expect(running.progress.bytesTotal).toBeGreaterThan(12 * 1024 * 1024);
    expect(exportsFolder(t)).toEqual([`.partial-${jobId}`]);
    await callError(t.router, 'export.file', { jobId }, 'conflict');

    const cancelled = await call<Job>(t.router, 'jobs.cancel', { id: jobId });
    expect(cancelled.state).toBe('cancelled');
    gate.release();
    const settled = await waitForJob(t, jobId);
    expect(settled).toMatchObject({ state: 'cancelled', exportResult: null, error: null });
    expect(exportsFolder(t)).toEqual([]);
    expect((await callError(t.router, 'export.file', { jobId }, 'not_found')).message).toMatch(/cancelled.*start the export again/);
    // Nothing recorded as exported.
    expect(t.ctx.audit.list(t.ticketId).some((e) => e.action === 'ticket.exported')).toBe(false);
  });

  it('a cancel that arrives as the file is being closed still leaves no file and no export in the record', async () => {
    const t = await buildCase();
    let closing!: () => void;
    const closeCalled = new Promise<void>((resolve) => (closing = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowClose: ExportFs = {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        const close = handle.close.bind(handle);
        return Object.assign(handle, { close: async () => (closing(), await gate, close()) });
      }) as ExportFs['open'],
    };
    const { jobId } = startExport(t.ctx, { ticketId: t.ticketId, format: 'zip' }, { fs: slowClose });
    await closeCalled; // every byte written and synced: only the close and the rename are left
    await call<Job>(t.router, 'jobs.cancel', { id: jobId });
    release();
    expect(await waitForJob(t, jobId)).toMatchObject({ state: 'cancelled', exportResult: null });
    expect(exportsFolder(t)).toEqual([]);
    expect(t.ctx.audit.list(t.ticketId).some((e) => e.action === 'ticket.exported')).toBe(false);
    expect((await call(t.router, 'evidence.custody', { id: t.pdf.id })).map((e: { event: string }) => e.event)).toEqual(['added']);
  });

  it('a disk that fills up mid-export fails the job as storage_full and removes the partial file', async () => {
    const t = await bigCase();
    const { jobId } = startExport(t.ctx, { ticketId: t.ticketId, format: 'zip' }, { fs: fullDiskFs(5 * 1024 * 1024) });
    const job = await waitForJob(t, jobId);
    expect(job).toMatchObject({ state: 'failed', errorCode: 'storage_full', exportResult: null });
    expect(job.error).toMatch(/disk filled up.*unfinished file removed.*Free some space/);
    expect(exportsFolder(t)).toEqual([]);
    expect(t.logs).toEqual([]); // an expected failure, not an internal error
  });

  it('evidence altered during the job fails it as conflict, with nothing left behind', async () => {
    const t = await buildCase();
    const file = t.ctx.vault.pathOf(t.pdf.sha256);
    fs.chmodSync(file, 0o644);
    const altered = Buffer.from(PDF);
    altered[5] = 0x39;
    fs.writeFileSync(file, altered);
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip' });
    const job = await waitForJob(t, jobId);
    expect(job).toMatchObject({ state: 'failed', errorCode: 'conflict' });
    expect(job.error).toMatch(/Check the vault/);
    expect(exportsFolder(t)).toEqual([]);
  });

  it('lists missing evidence and redaction in the result', async () => {
    const t = await buildCase();
    fs.rmSync(t.ctx.vault.pathOf(t.png.sha256));
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip', redact: true });
    const { exportResult } = await waitForJob(t, jobId);
    expect(exportResult).toMatchObject({
      redacted: true,
      missingEvidence: [{ evidenceId: t.png.id, name: 'screenshot-withdrawal-pending.png', sha256: t.png.sha256, reason: 'missing' }],
    });
  });

  it('says which left-out file is gone and which was changed, so the UI can tell the user', async () => {
    const t = await buildCase();
    fs.rmSync(t.ctx.vault.pathOf(t.png.sha256));
    const changed = t.ctx.vault.pathOf(t.pdf.sha256);
    fs.chmodSync(changed, 0o644);
    fs.appendFileSync(changed, 'appended later');
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip' });
    const { exportResult } = await waitForJob(t, jobId);
    const reasons = Object.fromEntries((exportResult?.missingEvidence ?? []).map((m) => [m.evidenceId, m.reason]));
    expect(reasons).toEqual({ [t.png.id]: 'missing', [t.pdf.id]: 'altered' });
  });
});

describe('export.start (pdf)', () => {
  it('writes the dossier PDF alone', async () => {
    const t = await buildCase();
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'pdf', language: 'zh-CN' });
    const job = await waitForJob(t, jobId);
    expect(job.state, job.error ?? '').toBe('done');
    expect(job.exportResult).toMatchObject({ format: 'pdf', fileName: `casefile-ticket-${t.ticketId}-2024-03-01.pdf` });
    expect(job.progress).toMatchObject({ done: 1, total: 1 });
    const download = await call<DownloadResult>(t.router, 'export.file', { jobId });
    expect(download.contentType).toBe('application/pdf');
    const bytes = await readStream(download.stream);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(bytes)).toBe(job.exportResult!.sha256);
  });
});

describe('export.start and export.file: bad input', () => {
  it('refuses unknown tickets and jobs, and portal mode without limits, storing nothing', async () => {
    const t = await buildCase();
    await callError(t.router, 'export.start', { ticketId: 404, format: 'zip' }, 'not_found');
    const portal = await callError(t.router, 'export.start', { ticketId: t.ticketId, format: 'portal' }, 'invalid_input');
    expect(portal.field).toBe('portal');
    await callError(t.router, 'export.start', { ticketId: t.ticketId, format: 'tar' }, 'invalid_input');
    await callError(t.router, 'export.file', { jobId: 'no-such-job' }, 'not_found');
    const { jobId } = await call(t.router, 'vault.check', {});
    await waitForJob(t, jobId);
    await callError(t.router, 'export.file', { jobId }, 'not_found');
    expect(exportsFolder(t)).toEqual([]);
  });
});
