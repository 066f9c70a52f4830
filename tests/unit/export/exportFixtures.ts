/**
 * Shared by the dossier export tests: a ticket with Chinese and English entries and evidence, reading a
 * ZIP back with yauzl (every entry, names checked as an unpacker would), unpacking it into a temp folder,
 * rewriting a ZIP with one file changed, and polling an export job.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import type { Job } from '../../../src/shared/domain';
import { call, FIXTURE_PNG, makeTempDir, openTestCore, readStream, type TestCore } from '../helpers';

export const PNG = fs.readFileSync(FIXTURE_PNG);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n', 'latin1');
export const ZH = '您好，您的提现申请正在审核中，请耐心等待。';
export const EN = 'I have been waiting 10 days for my USDT withdrawal.';

export interface ZipEntry {
  name: string;
  bytes: Buffer;
  compressed: boolean;
  /** As an unpacker sets them: the entry's time (local wall time) and Unix permissions. */
  mtime: Date;
  mode: number;
}

export async function readZip(buffer: Buffer): Promise<ZipEntry[]> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  const entries: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) {
    const bytes = await readStream(await zip.openReadStreamPromise(entry));
    entries.push({
      name: entry.fileName,
      bytes,
      compressed: entry.compressionMethod !== 0,
      mtime: entry.getLastModDate(),
      mode: (entry.externalFileAttributes >>> 16) & 0o777,
    });
  }
  return entries;
}

export function byName(entries: ZipEntry[]): Map<string, Buffer> {
  return new Map(entries.map((e) => [e.name, e.bytes]));
}

/** Writes the entries into a fresh folder, refusing any name an unpacker must refuse. */
export function unpack(entries: ZipEntry[]): string {
  const dir = makeTempDir('casefile-unzip-');
  for (const entry of entries) {
    expect(path.isAbsolute(entry.name)).toBe(false);
    expect(entry.name.split('/')).not.toContain('..');
    const target = path.join(dir, entry.name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, entry.bytes);
  }
  return dir;
}

/** A new ZIP of these entries (what someone editing a dossier with a zip tool produces). */
export async function writeZip(entries: { name: string; bytes: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(e.bytes, e.name);
  zip.end();
  return readStream(zip.outputStream as unknown as AsyncIterable<Uint8Array>);
}

export async function exportZipBytes(t: TestCore, input: Record<string, unknown>): Promise<Buffer> {
  const result = await call(t.router, 'export.zip', input);
  return readStream(result.stream);
}

/** A ticket with a Chinese and an English entry (and `note`, when given, as a third) and two evidence files. */
export async function buildCase(options: Parameters<typeof openTestCore>[0] = {}, ticket: { title?: string; note?: string } = {}) {
  const t = openTestCore(options);
  const { router } = t;
  const platformId = (await call(router, 'platforms.create', { name: '币安 Binance' })).id;
  const ticketId = (
    await call(router, 'tickets.create', {
      platformId,
      title: ticket.title ?? 'USDT 提现未到账',
      platformRefs: ['CASE-2024-001'],
      transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: 'a1b2c3' }],
    })
  ).id;
  t.clock.advance(60_000);
  const zhEntry = (
    await call(router, 'log.add', { ticketId, author: 'agent', agentName: '客服小王', text: ZH, occurredAt: '2024-03-02T10:00:00+08:00', timeZone: 'Asia/Shanghai' })
  ).id;
  await call(router, 'log.add', { ticketId, author: 'me', text: EN, occurredAt: '2024-03-01T09:00:00Z' });
  if (ticket.note) await call(router, 'log.add', { ticketId, author: 'note', text: ticket.note, occurredAt: '2024-03-03T00:00:00Z' });
  t.clock.advance(60_000);
  const png = await call(router, 'evidence.upload', { ticketId, name: 'screenshot-withdrawal-pending.png', entryId: zhEntry }, PNG);
  const pdf = await call(router, 'evidence.upload', { ticketId, name: '银行 流水.pdf' }, PDF);
  t.clock.advance(60_000);
  return { ...t, ticketId, platformId, zhEntry, png, pdf };
}

/** Polls jobs.get until the job is no longer running. */
export async function waitForJob(t: TestCore, jobId: string): Promise<Job> {
  return t.ctx.jobs.settled(jobId);
}

export function exportsFolder(t: TestCore): string[] {
  const dir = path.join(t.dataDir, 'exports');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
