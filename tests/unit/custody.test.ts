import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../src/main/core/api/router';
import type { AddedEvidence, AuditEvent, CustodyEvent, Job } from '../../src/shared/domain';
import { call, cleanup, createTicket, FIXTURE_PNG, openTestCore, sha256, type TestCore } from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);
const PDF = Buffer.from('%PDF-1.4\n% statement of account: 1250.5 USDT\n%%EOF\n', 'latin1');

async function setup() {
  const t = openTestCore();
  const { ticketId } = await createTicket(t.router);
  const add = (name: string, bytes: Buffer, extra: Record<string, unknown> = {}) =>
    call<AddedEvidence>(t.router, 'evidence.upload', { ticketId, name, ...extra }, bytes);
  return { ...t, ticketId, add };
}

const custody = (t: TestCore, id: number) => call<CustodyEvent[]>(t.router, 'evidence.custody', { id });

/** Reads a download to its end; returns the bytes received and the error that ended it, if any. */
async function drain(stream: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; error: unknown }> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return { bytes: Buffer.concat(chunks), error: null };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), error };
  }
}

/** Overwrites a (read-only) vault file in place, as a disk error or another program might. */
function tamper(t: TestCore, hash: string, bytes: Buffer): void {
  const file = t.ctx.vault.pathOf(hash);
  fs.chmodSync(file, 0o644);
  fs.writeFileSync(file, bytes);
}

describe('custody: how each item arrived', () => {
  it('records "added" with the path it came by and its hash, at the time it was added', async () => {
    const t = await setup();
    const uploaded = await t.add('a.png', PNG);
    t.clock.advance(1000);
    const dropped = await t.add('b.pdf', PDF, { via: 'drop' });
    const pasted = await t.add('c.txt', Buffer.from('pasted text'), { via: 'paste' });
    expect(await custody(t, uploaded.id)).toEqual([{ at: uploaded.addedAt, event: 'added', via: 'upload', sha256: sha256(PNG) }]);
    expect(await custody(t, dropped.id)).toEqual([{ at: dropped.addedAt, event: 'added', via: 'drop', sha256: sha256(PDF) }]);
    expect((await custody(t, pasted.id))[0]).toMatchObject({ via: 'paste' });
    // The audit trail says the same, hash-chained.
    const added = t.ctx.audit.list().filter((e) => e.action === 'evidence.added');
    expect(added.map((e) => e.detail.via)).toEqual(['upload', 'drop', 'paste']);
  });

  it('a duplicate adds no event: the item arrived once', async () => {
    const t = await setup();
    const item = await t.add('a.png', PNG);
    await t.add('again.png', PNG, { via: 'paste' });
    expect((await custody(t, item.id)).map((e) => e.event)).toEqual(['added']);
  });

  it('the custody table is append-only', async () => {
    const t = await setup();
    await t.add('a.png', PNG);
    expect(() => t.ctx.db.exec("UPDATE evidence_custody SET sha256 = 'x'")).toThrow(/cannot be changed/);
    expect(() => t.ctx.db.exec('DELETE FROM evidence_custody')).toThrow(/cannot be changed/);
  });
});

describe('custody: exports', () => {
  it('records "exported" for each item with the hash actually streamed and the export’s file name', async () => {
    const t = await setup();
    const png = await t.add('a.png', PNG);
    const pdf = await t.add('b.pdf', PDF);
    t.clock.advance(60_000);
    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    // Nothing is recorded before the bytes have gone out.
    expect((await custody(t, png.id)).map((e) => e.event)).toEqual(['added']);
    const { error } = await drain(result.stream);
    expect(error).toBeNull();
    for (const item of [png, pdf]) {
      expect((await custody(t, item.id)).at(-1)).toEqual({ at: t.clock.iso(), event: 'exported', via: result.fileName, sha256: item.sha256 });
    }
    expect(t.ctx.audit.list().filter((e) => e.action === 'ticket.exported')).toHaveLength(1);
  });

  it('an altered vault file fails the export, is never shipped whole, and is recorded as altered', async () => {
    const t = await setup();
    const good = await t.add('a.png', PNG);
    const item = await t.add('statement.pdf', PDF);
    const altered = Buffer.from(PDF.toString('latin1').replace('1250.5', '9999.9'), 'latin1');
    expect(altered.length).toBe(PDF.length);
    tamper(t, item.sha256, altered);

    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    const { bytes, error } = await drain(result.stream);
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('no longer matches') });
    expect(bytes.includes(Buffer.from('9999.9'))).toBe(false); // the held-back last chunk never left
    expect(bytes.includes(Buffer.from('manifest.json'))).toBe(false); // no central directory: not a valid archive

    expect((await custody(t, item.id)).at(-1)).toMatchObject({ event: 'altered', via: result.fileName, sha256: sha256(altered) });
    // Its file streamed before the failure, but the export delivered no dossier: nothing claims it was exported.
    expect((await custody(t, good.id)).map((e) => e.event)).toEqual(['added']);
    expect(t.ctx.audit.list().some((e) => e.action === 'ticket.exported')).toBe(false);
    const audit = await call<AuditEvent[]>(t.router, 'audit.list', { ticketId: t.ticketId });
    expect(audit.at(-1)).toMatchObject({ action: 'evidence.altered', detail: { sha256: item.sha256, actualSha256: sha256(altered), during: 'export' } });
    expect(t.logs).toEqual([]);
  });

  it('a download abandoned half-way records no "exported" event, though some files had streamed', async () => {
    const t = await setup();
    const first = await t.add('a.bin', Buffer.alloc(3 * 1024 * 1024, 1));
    await t.add('b.bin', Buffer.alloc(3 * 1024 * 1024, 2));
    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    let read = 0;
    for await (const chunk of result.stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      if (read > 4.5 * 1024 * 1024) break; // the first file is through and checked; the browser goes away
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBeGreaterThan(3 * 1024 * 1024);
    expect((await custody(t, first.id)).map((e) => e.event)).toEqual(['added']);
    expect(t.ctx.audit.list().some((e) => e.action === 'ticket.exported')).toBe(false);
  });

  it('a cancelled export job records no "exported" event for the files it had already written', async () => {
    const t = await setup();
    const items = [await t.add('a.bin', Buffer.alloc(3 * 1024 * 1024, 1)), await t.add('b.bin', Buffer.alloc(3 * 1024 * 1024, 2))];
    // The second file is held back until the job is cancelled: the first has streamed and passed its check.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const openRead = t.ctx.vault.openRead.bind(t.ctx.vault);
    t.ctx.vault.openRead = (hash, options) => {
      const stream = openRead(hash, options);
      if (hash === items[1]!.sha256) {
        stream.pause();
        void held.then(() => stream.resume());
      }
      return stream;
    };
    const { jobId } = await call<{ jobId: string }>(t.router, 'export.start', { ticketId: t.ticketId, format: 'zip' });
    for (let i = 0; i < 500 && (await call<Job>(t.router, 'jobs.get', { id: jobId })).progress.bytesDone < 3 * 1024 * 1024; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await call(t.router, 'jobs.cancel', { id: jobId });
    release();
    expect(await t.ctx.jobs.settled(jobId)).toMatchObject({ state: 'cancelled' });
    for (const item of items) expect((await custody(t, item.id)).map((e) => e.event), item.originalName).toEqual(['added']);
    expect(t.ctx.audit.list().some((e) => e.action === 'ticket.exported')).toBe(false);
  });

  it('a file missing from the vault when the export starts is left out, listed as missing, and recorded as missing', async () => {
    const t = await setup();
    const item = await t.add('statement.pdf', PDF);
    fs.rmSync(t.ctx.vault.pathOf(item.sha256));
    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    const { error } = await drain(result.stream);
    expect(error).toBeNull(); // the dossier still goes out, saying what is missing (tests/unit/export/zipMissing.test.ts)
    expect((await custody(t, item.id)).at(-1)).toMatchObject({ event: 'missing', sha256: item.sha256, via: result.fileName });
  });

  it('a file that grew is left out too and recorded as altered, with the hash it has now', async () => {
    const t = await setup();
    const item = await t.add('statement.pdf', PDF);
    const grown = Buffer.concat([PDF, Buffer.from('appended')]);
    tamper(t, item.sha256, grown);
    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    const { error, bytes } = await drain(result.stream);
    expect(error).toBeNull();
    expect(bytes.includes(grown)).toBe(false);
    expect((await custody(t, item.id)).at(-1)).toMatchObject({ event: 'altered', sha256: sha256(grown) });
  });

  it('a second export after the file is restored goes through', async () => {
    const t = await setup();
    const item = await t.add('statement.pdf', PDF);
    tamper(t, item.sha256, Buffer.alloc(PDF.length, 0x20));
    expect((await drain((await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId })).stream)).error).not.toBeNull();
    tamper(t, item.sha256, PDF);
    const { error, bytes } = await drain((await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId })).stream);
    expect(error).toBeNull();
    expect(bytes.includes(PDF)).toBe(true);
    expect((await custody(t, item.id)).map((e) => e.event)).toEqual(['added', 'altered', 'exported']);
  });
});
