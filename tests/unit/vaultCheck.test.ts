import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddedEvidence, AuditEvent, CustodyEvent, Job, VaultReport } from '../../src/shared/domain';
import { call, callError, cleanup, count, createTicket, FIXTURE_PNG, listFiles, openTestCore, sha256, type TestCore } from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);
const PDF = Buffer.from('%PDF-1.4 statement', 'latin1');
const MAIL = Buffer.from('From: support@exchange.example\nSubject: Re: withdrawal\n\nPlease wait.', 'utf8');

async function setup() {
  const t = openTestCore();
  const { ticketId, platformId } = await createTicket(t.router);
  const add = (name: string, bytes: Buffer, ticket = ticketId) =>
    call<AddedEvidence>(t.router, 'evidence.upload', { ticketId: ticket, name }, bytes);
  return { ...t, ticketId, platformId, add };
}

async function startCheck(t: TestCore): Promise<string> {
  return (await call<{ jobId: string }>(t.router, 'vault.check')).jobId;
}

/** Polls jobs.get on every turn of the event loop until the job is no longer running. */
async function finish(t: TestCore, jobId: string, seen: Job[] = []): Promise<Job> {
  for (;;) {
    const job = await call<Job>(t.router, 'jobs.get', { id: jobId });
    seen.push(job);
    if (job.state !== 'running') return job;
    await nextTurn();
  }
}

async function check(t: TestCore): Promise<VaultReport> {
  const job = await finish(t, await startCheck(t));
  expect(job.state).toBe('done');
  return job.result!;
}

const vaultFile = (t: TestCore, hash: string) => t.ctx.vault.pathOf(hash);
const custody = (t: TestCore, id: number) => call<CustodyEvent[]>(t.router, 'evidence.custody', { id });

describe('vault.check', () => {
  it('on an intact vault: nothing missing, altered or orphaned; every item verified', async () => {
    const t = await setup();
    const items = [await t.add('a.png', PNG), await t.add('b.pdf', PDF)];
    t.clock.advance(1000);
    const report = await check(t);
    expect(report).toEqual({ checkedFiles: 2, checkedBytes: PNG.length + PDF.length, missing: [], altered: [], orphans: [] });
    for (const item of items) {
      expect((await custody(t, item.id)).at(-1)).toEqual({ at: t.clock.iso(), event: 'verified', via: 'vault.check', sha256: item.sha256 });
    }
    const audit = await call<AuditEvent[]>(t.router, 'audit.list');
    expect(audit.at(-1)).toMatchObject({ action: 'vault.checked', detail: { checkedFiles: 2, verified: 2, altered: 0, missing: 0, orphans: 0 } });
  });

  it('finds an altered file (listing every item using it), a missing one, and a stray file', async () => {
    const t = await setup();
    const { ticketId: other } = await createTicket(t.router, { platformId: t.platformId });
    const shared = await t.add('a.png', PNG);
    const sharedElsewhere = await t.add('same.png', PNG, other);
    const gone = await t.add('b.pdf', PDF);
    const fine = await t.add('mail.eml', MAIL);

    const file = vaultFile(t, shared.sha256);
    fs.chmodSync(file, 0o644);
    const altered = Buffer.from(PNG);
    altered.writeUInt8(altered.readUInt8(altered.length - 20) ^ 0xff, altered.length - 20);
    fs.writeFileSync(file, altered);
    fs.rmSync(vaultFile(t, gone.sha256));
    const stray = path.join(t.ctx.vault.root, 'ab', 'not-a-hash.txt');
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'dropped here by hand');

    const report = await check(t);
    expect(report.altered).toEqual([
      { evidenceId: shared.id, ticketId: t.ticketId, name: 'a.png', sha256: shared.sha256, actualSha256: sha256(altered) },
      { evidenceId: sharedElsewhere.id, ticketId: other, name: 'same.png', sha256: shared.sha256, actualSha256: sha256(altered) },
    ]);
    expect(report.missing).toEqual([{ evidenceId: gone.id, ticketId: t.ticketId, name: 'b.pdf', sha256: gone.sha256 }]);
    expect(report.orphans).toEqual([{ path: 'ab/not-a-hash.txt', size: 20 }]);
    expect(report.checkedFiles).toBe(2);

    expect((await custody(t, shared.id)).at(-1)).toMatchObject({ event: 'altered', sha256: sha256(altered) });
    expect((await custody(t, gone.id)).at(-1)).toMatchObject({ event: 'missing', sha256: gone.sha256 });
    expect((await custody(t, fine.id)).at(-1)).toMatchObject({ event: 'verified' });
    const ticketAudit = await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId });
    expect(ticketAudit.filter((e) => e.action === 'evidence.altered' || e.action === 'evidence.missing').map((e) => e.subject)).toEqual([
      `evidence:${shared.id}`,
      `evidence:${gone.id}`,
    ]);
  });

  it('reports files no item refers to and stale upload temp files as orphans; fresh temp files are left alone', async () => {
    const t = await setup();
    const kept = await t.add('a.png', PNG);
    const removed = await t.add('b.pdf', PDF);
    // A file whose row is gone (a crash between rename and commit looks the same).
    const orphanPath = vaultFile(t, removed.sha256);
    t.ctx.db.prepare('DELETE FROM evidence WHERE id = ?').run(removed.id);
    const incoming = path.join(t.ctx.vault.root, '.incoming');
    fs.writeFileSync(path.join(incoming, 'stale-upload'), Buffer.alloc(10));
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(path.join(incoming, 'stale-upload'), twoHoursAgo, twoHoursAgo);
    fs.writeFileSync(path.join(incoming, 'live-upload'), Buffer.alloc(10));

    const report = await check(t);
    expect(report.orphans).toEqual([
      { path: '.incoming/stale-upload', size: 10 },
      { path: `${removed.sha256.slice(0, 2)}/${removed.sha256.slice(2)}`, size: PDF.length },
    ]);
    expect(report.missing).toEqual([]);
    expect(fs.existsSync(orphanPath)).toBe(true); // a check only reports
    expect((await custody(t, kept.id)).at(-1)).toMatchObject({ event: 'verified' });
  });

  it('one check at a time: asking again while it runs gives the same job', async () => {
    const t = await setup();
    await t.add('a.png', PNG);
    const first = await startCheck(t);
    expect(await startCheck(t)).toBe(first);
    await finish(t, first);
    expect(await startCheck(t)).not.toBe(first);
  });

  it('jobs.get and jobs.cancel answer not_found for unknown ids', async () => {
    const t = await setup();
    await callError(t.router, 'jobs.get', { id: 'nope' }, 'not_found');
    await callError(t.router, 'jobs.cancel', { id: 'nope' }, 'not_found');
  });

  it('keeps the last 20 finished jobs', async () => {
    const t = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) {
      ids.push(await startCheck(t));
      await finish(t, ids.at(-1)!);
    }
    await callError(t.router, 'jobs.get', { id: ids[0] }, 'not_found');
    await callError(t.router, 'jobs.get', { id: ids[1] }, 'not_found');
    expect(await call(t.router, 'jobs.get', { id: ids[2] })).toMatchObject({ state: 'done' });
  });
});

describe('a long check: progress, responsiveness, cancellation', () => {
  /** 24 files of 2 MiB: long enough to watch and to stop halfway. */
  async function bigVault() {
    const t = await setup();
    for (let i = 0; i < 24; i++) {
      const bytes = Buffer.alloc(2 * 1024 * 1024, i);
      bytes.write(`file ${i}`);
      await t.add(`recording-${i}.bin`, bytes);
    }
    return t;
  }

  it('reports progress that only grows, to exactly the totals, while other calls are answered', async () => {
    const t = await bigVault();
    const jobId = await startCheck(t);
    const seen: Job[] = [];
    let answeredMeanwhile = 0;
    for (;;) {
      const job = await call<Job>(t.router, 'jobs.get', { id: jobId });
      seen.push(job);
      if (job.state !== 'running') break;
      await call(t.router, 'tickets.list');
      answeredMeanwhile++;
      await nextTurn();
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', finishedAt: expect.any(String), error: null });
    expect(last.progress).toEqual({ done: 24, total: 24, bytesDone: 48 * 1024 * 1024, bytesTotal: 48 * 1024 * 1024 });
    expect(answeredMeanwhile).toBeGreaterThan(24); // at least one answer per file: the check yields
    const distinct = new Set(seen.map((j) => j.progress.bytesDone));
    expect(distinct.size).toBeGreaterThan(10);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.progress.done).toBeGreaterThanOrEqual(seen[i - 1]!.progress.done);
      expect(seen[i]!.progress.bytesDone).toBeGreaterThanOrEqual(seen[i - 1]!.progress.bytesDone);
    }
  });

  it('cancelling stops it promptly: state cancelled, no result, and nothing recorded', async () => {
    const t = await bigVault();
    const custodyBefore = count(t.ctx, 'evidence_custody');
    const auditBefore = count(t.ctx, 'audit_events');
    const jobId = await startCheck(t);
    let job = await call<Job>(t.router, 'jobs.get', { id: jobId });
    while (job.progress.bytesDone === 0) {
      await nextTurn();
      job = await call<Job>(t.router, 'jobs.get', { id: jobId });
    }
    expect(job.state).toBe('running');
    const cancelled = await call<Job>(t.router, 'jobs.cancel', { id: jobId });
    expect(cancelled).toMatchObject({ state: 'cancelled', result: null, finishedAt: expect.any(String) });
    expect(cancelled.progress.bytesDone).toBeLessThan(cancelled.progress.bytesTotal);

    const settled = await t.ctx.jobs.settled(jobId);
    expect(settled).toMatchObject({ state: 'cancelled', result: null });
    expect(settled.progress).toEqual(cancelled.progress); // no work after the cancel was counted
    expect(count(t.ctx, 'evidence_custody')).toBe(custodyBefore);
    expect(count(t.ctx, 'audit_events')).toBe(auditBefore);
    // Cancelling again changes nothing; a new check can start.
    expect(await call(t.router, 'jobs.cancel', { id: jobId })).toEqual(settled);
    expect(await startCheck(t)).not.toBe(jobId);
    // removeOrphans needs a finished check: a cancelled one does not count.
    await callError(t.router, 'vault.removeOrphans', undefined, 'conflict');
  });
});

describe('vault.removeOrphans', () => {
  it('removes only the orphans of the last check that are still unreferenced, and records it', async () => {
    const t = await setup();
    const kept = await t.add('a.png', PNG);
    const stray = path.join(t.ctx.vault.root, 'stray.bin');
    fs.writeFileSync(stray, Buffer.alloc(123, 1));
    // A file that is an orphan at check time but is added again before the removal.
    const readded = await t.add('b.pdf', PDF);
    t.ctx.db.prepare('DELETE FROM evidence WHERE id = ?').run(readded.id);

    await callError(t.router, 'vault.removeOrphans', undefined, 'conflict'); // no check yet
    const report = await check(t);
    expect(report.orphans.map((o) => o.path).sort()).toEqual(
      [`${readded.sha256.slice(0, 2)}/${readded.sha256.slice(2)}`, 'stray.bin'].sort(),
    );
    await t.add('b again.pdf', PDF);

    expect(await call(t.router, 'vault.removeOrphans')).toEqual({ removed: 1, bytes: 123 });
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.readFileSync(vaultFile(t, readded.sha256)).equals(PDF)).toBe(true);
    expect(fs.readFileSync(vaultFile(t, kept.sha256)).equals(PNG)).toBe(true);
    const audit = await call<AuditEvent[]>(t.router, 'audit.list');
    expect(audit.at(-1)).toMatchObject({ action: 'vault.orphansRemoved', detail: { removed: 1, bytes: 123, files: ['stray.bin'] } });
    // Again: nothing left to remove, nothing recorded.
    expect(await call(t.router, 'vault.removeOrphans')).toEqual({ removed: 0, bytes: 0 });
    expect((await call<AuditEvent[]>(t.router, 'audit.list')).length).toBe(audit.length);
    expect(listFiles(t.ctx.vault.root).filter((f) => !f.startsWith('.incoming'))).toHaveLength(2);
  });
});
