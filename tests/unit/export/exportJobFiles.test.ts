/**
 * Where finished exports live: a real full disk (a 1 MB tmpfs mounted on <dataDir>/exports, where the
 * machine allows mounting: root on Linux) leaves nothing behind; a finished job's file goes when the job
 * is forgotten or cancelled as it finished; files older than a day are swept at start.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepOldExports, STALE_EXPORT_MS } from '../../../src/main/core/export/exportFiles';
import { createJobRegistry, KEEP_FINISHED_JOBS } from '../../../src/main/core/jobs/jobRegistry';
import type { ExportResult } from '../../../src/shared/dossier';
import { call, cleanup, makeTempDir, openTestCore } from '../helpers';
import { buildCase, exportsFolder, waitForJob } from './exportFixtures';

afterEach(cleanup);

function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = makeTempDir('casefile-mount-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (mounted) spawnSync('umount', [probe]);
  return mounted;
}

describe('a disk that really fills up', () => {
  it.skipIf(!canMountTmpfs())('stops the export as storage_full and leaves the (tiny) exports disk empty', async () => {
    const t = await buildCase();
    for (let i = 0; i < 2; i++) {
      await call(t.router, 'evidence.upload', { ticketId: t.ticketId, name: `video-${i}.bin` }, Buffer.alloc(1024 * 1024, i + 7));
    }
    const exports = path.join(t.dataDir, 'exports');
    fs.mkdirSync(exports, { recursive: true });
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', exports]).status).toBe(0);
    try {
      const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip' });
      const job = await waitForJob(t, jobId);
      expect(job).toMatchObject({ state: 'failed', errorCode: 'storage_full' });
      expect(fs.readdirSync(exports)).toEqual([]);
    } finally {
      spawnSync('umount', [exports]);
    }
  });
});

describe('finished export files', () => {
  const result = (fileName: string): ExportResult => ({ format: 'zip', fileName, size: 1, sha256: 'x', missingEvidence: [], leftOut: [], redacted: false });

  it('a finished job forgotten by the registry has its file discarded; so has a result that arrives after a cancel', async () => {
    const registry = createJobRegistry(() => new Date(), () => undefined);
    const discarded: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i <= KEEP_FINISHED_JOBS; i++) {
      const job = registry.start('export', async () => result(`f${i}.zip`), { discard: (r, id) => discarded.push(`${id}:${r.fileName}`) });
      ids.push(job.id);
      await registry.settled(job.id);
    }
    expect(discarded).toEqual([`${ids[0]}:f0.zip`]);

    let finish!: () => void;
    const late = registry.start('export', () => new Promise<ExportResult>((resolve) => (finish = () => resolve(result('late.zip')))), {
      discard: (r) => discarded.push(r.fileName),
    });
    await Promise.resolve();
    registry.cancel(late.id);
    finish();
    expect((await registry.settled(late.id)).state).toBe('cancelled');
    expect(discarded).toContain('late.zip');
  });

  it('at start, exports (finished or partial) older than a day are removed, newer ones kept', async () => {
    const t = openTestCore();
    const dir = path.join(t.dataDir, 'exports');
    fs.mkdirSync(dir, { recursive: true });
    const old = Date.now() - STALE_EXPORT_MS - 60_000;
    for (const name of ['old-a.zip', '.partial-old']) {
      fs.writeFileSync(path.join(dir, name), 'x');
      fs.utimesSync(path.join(dir, name), old / 1000, old / 1000);
    }
    fs.writeFileSync(path.join(dir, 'fresh.zip'), 'x');
    expect(await sweepOldExports(t.ctx)).toBe(2);
    expect(exportsFolder(t)).toEqual(['fresh.zip']);
  });
});
