/**
 * Portal mode with the real PDF renderer and real images: the result holds at most maxFiles files of at
 * most maxFileMb each, JPEG or PDF only, plus PORTAL-README.txt; large screenshots are re-encoded to fit;
 * a long ticket under a small limit is split into labelled PDF parts; a video is listed as left out.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../../src/main/core/api/router';
import type { Job } from '../../../src/shared/domain';
import { call, cleanup, makeTempDir, openTestCore, readStream } from '../helpers';
import { buildCase, readZip, type ZipEntry } from './exportFixtures';

afterEach(cleanup);

const MB = 1024 * 1024;
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\0\0isomavc1', 'latin1'), Buffer.alloc(300_000, 3)]);

/** A 2880×1800 screenshot: flat UI with a noisy photo area, about 8 MB as PNG. */
async function bigScreenshot(seed: number): Promise<Buffer> {
  const width = 2880;
  const height = 1800;
  const raw = Buffer.alloc(width * height * 3, 0xf4);
  let x = seed * 7919 + 1;
  for (let y = 200; y < 1400; y++) {
    for (let i = 300 * 3; i < 2400 * 3; i++) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
      raw[y * width * 3 + i] = x >> 23;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 6 }).toBuffer();
}

async function portalExport(t: { router: Parameters<typeof call>[0]; ctx: { jobs: { settled(id: string): Promise<Job> } } }, ticketId: number, maxFiles: number, maxFileMb: number) {
  const { jobId } = await call(t.router, 'export.start', { ticketId, format: 'portal', portal: { maxFiles, maxFileMb } });
  const job = await t.ctx.jobs.settled(jobId);
  expect(job.state, job.error ?? '').toBe('done');
  const download = await call<DownloadResult>(t.router, 'export.file', { jobId });
  expect(download.fileName).toMatch(/-portal\.zip$/);
  return { job, entries: await readZip(await readStream(download.stream)) };
}

function uploadable(entries: ZipEntry[]): ZipEntry[] {
  return entries.filter((e) => e.name !== 'PORTAL-README.txt');
}

function expectFits(entries: ZipEntry[], maxFiles: number, maxBytes: number): void {
  const files = uploadable(entries);
  expect(files.length).toBeLessThanOrEqual(maxFiles);
  for (const file of files) {
    expect(file.bytes.length, file.name).toBeLessThanOrEqual(maxBytes);
    const jpeg = file.bytes[0] === 0xff && file.bytes[1] === 0xd8 && file.bytes[2] === 0xff;
    const pdf = file.bytes.subarray(0, 5).toString('latin1') === '%PDF-';
    expect(jpeg || pdf, `${file.name} is JPEG or PDF`).toBe(true);
    expect(file.name).toMatch(jpeg ? /\.jpe?g$/ : /\.pdf$/);
  }
}

describe('portal mode', () => {
  it('4 files of 4 MB: the dossier PDF, large screenshots re-encoded as JPEG, the evidence PDF; the video is left out', async () => {
    const t = await buildCase();
    const shots = [await bigScreenshot(1), await bigScreenshot(2)];
    expect(shots.every((s) => s.length > 4 * MB)).toBe(true);
    for (const [i, shot] of shots.entries()) await call(t.router, 'evidence.upload', { ticketId: t.ticketId, name: `提现截图 ${i + 1}.png` }, shot);
    await call(t.router, 'evidence.upload', { ticketId: t.ticketId, name: 'screen-recording.mp4' }, MP4);

    const { job, entries } = await portalExport(t, t.ticketId, 4, 4);
    expectFits(entries, 4, 4 * MB);
    const names = uploadable(entries).map((e) => e.name);
    expect(names[0]).toBe('01_dossier.pdf');
    // 1 dossier + fixture PNG + bank PDF + 2 large screenshots = 5 candidates for 4 slots.
    expect(names).toHaveLength(4);
    expect(names.slice(1)).toEqual(['02_screenshot-withdrawal-pending.jpg', '03_银行_流水.pdf', '04_提现截图_1.jpg']);
    const reencoded = await sharp(entries.find((e) => e.name === '04_提现截图_1.jpg')!.bytes).metadata();
    expect(reencoded.format).toBe('jpeg');
    expect(reencoded.width).toBeGreaterThanOrEqual(1200); // still legible, not a thumbnail

    const leftOut = job.exportResult!.leftOut;
    expect(leftOut.map((l) => l.name)).toEqual(['提现截图 2.png', 'screen-recording.mp4']);
    expect(leftOut[0]!.reason).toMatch(/^No file left/);
    expect(leftOut[1]!.reason).toMatch(/only JPEG and PDF.*表单只接受 JPEG 和 PDF/);

    const readme = entries.find((e) => e.name === 'PORTAL-README.txt')!.bytes.toString('utf8');
    expect(readme).toContain('at most 4 files of 4.00 MB each');
    expect(readme).toContain('screen-recording.mp4');
    expect(readme).toContain('re-encoded as JPEG');
    expect(readme).toContain('需上传的文件');
  }, 60_000);

  it('with redact, the portal README and the result say so, and the README shows no identifier', async () => {
    const t = await buildCase();
    await call(t.router, 'tickets.update', { id: t.ticketId, title: 'Withdrawal of wang.xiaoming@example.com stuck' });
    const { jobId } = await call(t.router, 'export.start', { ticketId: t.ticketId, format: 'portal', redact: true, portal: { maxFiles: 4, maxFileMb: 4 } });
    const job = await t.ctx.jobs.settled(jobId);
    expect(job.exportResult).toMatchObject({ format: 'portal', redacted: true, leftOut: [] });
    const entries = await readZip(await readStream((await call<DownloadResult>(t.router, 'export.file', { jobId })).stream));
    expectFits(entries, 4, 4 * MB);
    const readme = entries.find((e) => e.name === 'PORTAL-README.txt')!.bytes.toString('utf8');
    expect(readme).not.toContain('wang.xiaoming@example.com');
    expect(readme).toContain('Personal identifiers are masked');
  }, 60_000);

  it('0.5 MB: a long ticket is split into labelled PDF parts, each within the limit', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'OKX' })).id;
    const { id: ticketId } = await call(t.router, 'tickets.create', { platformId, title: '长工单 long ticket' });
    // 160 entries, each in 30 Chinese characters no other entry uses: the embedded font grows with every
    // distinct character, so the whole transcript is far above 0.5 MB while any few dozen entries fit.
    const insert = t.ctx.db.prepare(
      "INSERT INTO entries (ticket_id, kind, author, occurred_at, time_zone, recorded_at, text) VALUES (?, 'message', ?, ?, 'Asia/Shanghai', ?, ?)",
    );
    for (let i = 0; i < 160; i++) {
      const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
      const text = `#${i} ` + Array.from({ length: 30 }, (_, k) => String.fromCodePoint(0x4e00 + i * 30 + k)).join('');
      insert.run(ticketId, i % 2 ? 'agent' : 'me', at, at, text);
    }
    const { job, entries } = await portalExport(t, ticketId, 10, 0.5);
    expectFits(entries, 10, 0.5 * MB);
    const parts = uploadable(entries);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.map((p) => p.name)).toEqual(parts.map((_, i) => `${String(i + 1).padStart(2, '0')}_dossier_part${i + 1}.pdf`));
    expect(job.exportResult!.leftOut).toEqual([]);

    // Every part says which it is, and together they hold every entry, in order.
    const dir = makeTempDir();
    let all = '';
    for (const [i, part] of parts.entries()) {
      const file = path.join(dir, part.name);
      fs.writeFileSync(file, part.bytes);
      const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain(`Part ${i + 1} of ${parts.length}`);
      all += text;
    }
    const positions = Array.from({ length: 160 }, (_, i) => all.indexOf(String.fromCodePoint(0x4e00 + i * 30 + 29)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    const readme = entries.find((e) => e.name === 'PORTAL-README.txt')!.bytes.toString('utf8');
    expect(readme).toContain(`Part 1 of ${parts.length}`);
  }, 120_000);
});
