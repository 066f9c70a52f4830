/**
 * Benchmarks of the complaint dossier (imported by run.ts; see README.md):
 *   export.zip       seconds to export a ticket with BENCH_EXPORT_FILES (500) evidence files totalling
 *                    BENCH_EXPORT_MB (1,024) MB as the dossier ZIP, through export.start (the UI's way:
 *                    PDF, transcripts, every file hashed as it streams, written, fsynced, renamed), polled
 *                    with jobs.get; beside `zip -0 -q` of the same files (store only, no hashing, no fsync);
 *   export.zip.rss   peak resident-memory growth during that export, beside the evidence's size;
 *   export.pdf       seconds for the dossier PDF of a BENCH_PDF_MESSAGES (1,000)-message ticket with
 *                    BENCH_PDF_SCREENSHOTS (100) screenshots, through export.pdf; beside pdfkit writing the
 *                    same messages with the same embedded font and no images;
 *   export.pdf.rss   peak resident-memory growth during that PDF, beside the finished PDF's size.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { openCore, type Core } from '../src/main/core/openCore';
import { fontBytes } from '../src/main/core/export/pdf/fonts';
import type { DownloadResult } from '../src/main/core/api/router';
import type { Job } from '../src/shared/domain';
import type { BenchTools } from './conversationLog';

const EXPORT_FILES = Number(process.env.BENCH_EXPORT_FILES ?? 500);
const EXPORT_MB = Number(process.env.BENCH_EXPORT_MB ?? 1024);
const PDF_MESSAGES = Number(process.env.BENCH_PDF_MESSAGES ?? 1000);
const PDF_SCREENSHOTS = Number(process.env.BENCH_PDF_SCREENSHOTS ?? 100);
const MB = 1024 * 1024;

async function call<T>(core: Core, method: string, input: unknown, options = {}): Promise<T> {
  const result = await core.router.call(method, input, options);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function newTicket(core: Core, title: string): Promise<number> {
  const { id: platformId } = await call<{ id: number }>(core, 'platforms.create', { name: 'Bench Exchange' });
  return (await call<{ id: number }>(core, 'tickets.create', { platformId, title })).id;
}

const message = (i: number) =>
  `#${i} 您好，您的提现申请正在审核中，请耐心等待 24-48 小时。Your withdrawal is under review, please wait 24-48 hours. 订单号 ${100000 + i}`;

// (a) The dossier ZIP of 1 GB of evidence ---------------------------------------------------------------------
export async function exportZipBenchmark({ root, progress, emit, rssWatch }: BenchTools): Promise<void> {
  const source = join(root, 'export-source');
  mkdirSync(source, { recursive: true });
  progress(`export.zip: writing ${EXPORT_FILES} files, ${EXPORT_MB} MB in all (setup)…`);
  const size = Math.floor((EXPORT_MB * MB) / EXPORT_FILES);
  const names: string[] = [];
  const block = randomBytes(size);
  for (let i = 0; i < EXPORT_FILES; i++) {
    block.writeUInt32LE(i, 0); // every file differs, so the vault keeps 500 files
    const name = `recording-${String(i).padStart(3, '0')}.bin`;
    writeFileSync(join(source, name), block);
    names.push(name);
  }
  const bytes = size * EXPORT_FILES;

  const core = openCore({ dataDir: join(root, 'export-zip'), appVersion: 'bench', shell: 'web', log: progress });
  const ticketId = await newTicket(core, '提现延迟 1 GB evidence');
  progress('export.zip: adding them as evidence (setup)…');
  for (const name of names) {
    await call(core, 'evidence.upload', { ticketId, name }, { body: createReadStream(join(source, name), { highWaterMark: MB }) });
  }

  progress('export.zip: export.start (zip) through the router…');
  const watch = rssWatch();
  const start = performance.now();
  const { jobId } = await call<{ jobId: string }>(core, 'export.start', { ticketId, format: 'zip' });
  let job: Job;
  for (;;) {
    job = await call<Job>(core, 'jobs.get', { id: jobId });
    if (job.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const casefileSec = (performance.now() - start) / 1000;
  const rss = watch.stop();
  if (job.state !== 'done' || !job.exportResult) throw new Error(`export ended ${job.state}: ${job.error}`);
  const zipBytes = job.exportResult.size;
  core.close();

  progress('export.zip: zip -0 -q of the same files…');
  const baselineZip = join(root, 'baseline.zip');
  const zipStart = performance.now();
  const zip = spawnSync('zip', ['-0', '-q', baselineZip, ...names], { cwd: source });
  const baselineSec = (performance.now() - zipStart) / 1000;
  if (zip.error || zip.status !== 0) {
    progress('export.zip: `zip` is not installed (apt-get install zip); no baseline for this figure');
  } else {
    emit({
      figure: 'export.zip',
      unit: 's',
      casefile: casefileSec,
      baseline: baselineSec,
      baselineName: 'zip -0 -q of the same files (store only: no hashing, no fsync)',
      better: 'lower',
      extra: {
        files: EXPORT_FILES,
        evidenceMB: Math.round(bytes / MB),
        zipMB: Math.round(zipBytes / MB),
        baselineZipMB: Math.round((await stat(baselineZip)).size / MB),
        casefileMBs: Math.round(bytes / MB / casefileSec),
        note: 'Casefile also renders the PDF and transcripts, re-hashes every file as it streams, records custody, fsyncs and renames',
      },
    });
  }
  emit({
    figure: 'export.zip.rss',
    unit: 'MB',
    casefile: rss,
    baseline: bytes / MB,
    baselineName: 'the evidence size: what holding the archive in memory would add',
    better: 'lower',
    extra: { note: 'peak resident memory above the level just before export.start' },
  });
  rmSync(source, { recursive: true, force: true });
  rmSync(baselineZip, { force: true });
  rmSync(join(root, 'export-zip'), { recursive: true, force: true });
}

// (b) The dossier PDF of a long ticket with screenshots ----------------------------------------------------

/** A 1440×900 "screenshot": flat UI, a header bar, some text-like stripes; a few hundred KB as PNG. */
async function screenshot(i: number): Promise<Buffer> {
  const width = 1440;
  const height = 900;
  const raw = Buffer.alloc(width * height * 3, 0xf6);
  for (let y = 0; y < 70; y++) raw.fill(0x22 + (i % 50), y * width * 3, (y + 1) * width * 3);
  let x = i * 7919 + 1;
  for (let line = 0; line < 30; line++) {
    const y0 = 120 + line * 25;
    for (let y = y0; y < y0 + 12; y++) {
      for (let px = 80; px < 1360; px++) {
        x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
        if (x % 3 === 0) raw.fill(0x30, (y * width + px) * 3, (y * width + px) * 3 + 3);
      }
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

export async function exportPdfBenchmark({ root, progress, emit, rssWatch }: BenchTools): Promise<void> {
  progress(`export.pdf: a ${PDF_MESSAGES}-message ticket with ${PDF_SCREENSHOTS} screenshots (setup)…`);
  const core = openCore({ dataDir: join(root, 'export-pdf'), appVersion: 'bench', shell: 'web', log: progress });
  const ticketId = await newTicket(core, '提现延迟 long ticket');
  const entryIds: number[] = [];
  for (let i = 0; i < PDF_MESSAGES; i++) {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString();
    const { id } = await call<{ id: number }>(core, 'log.add', { ticketId, author: i % 2 ? 'agent' : 'me', text: message(i), occurredAt: at, channel: 'live_chat' });
    entryIds.push(id);
  }
  let screenshotBytes = 0;
  for (let i = 0; i < PDF_SCREENSHOTS; i++) {
    const png = await screenshot(i);
    screenshotBytes += png.length;
    const entryId = entryIds[Math.floor((i * PDF_MESSAGES) / PDF_SCREENSHOTS)];
    await call(core, 'evidence.upload', { ticketId, name: `screenshot-${i}.png`, entryId }, { body: Readable.from([png]) });
  }

  // The baseline first, so its font and text are already in memory when Casefile's run is measured.
  progress('export.pdf: pdfkit, the same messages with the same font, no images…');
  let watch = rssWatch();
  const baseStart = performance.now();
  const baselineBytes = await pdfkitTextOnly();
  const baselineSec = (performance.now() - baseStart) / 1000;
  const baselineRss = watch.stop();

  progress('export.pdf: through the router…');
  watch = rssWatch();
  const start = performance.now();
  const download = await call<DownloadResult>(core, 'export.pdf', { ticketId, language: 'both' });
  let pdfBytes = 0;
  for await (const chunk of download.stream) pdfBytes += (chunk as Buffer).length;
  const casefileSec = (performance.now() - start) / 1000;
  const rss = watch.stop();
  core.close();

  emit({
    figure: 'export.pdf',
    unit: 's',
    casefile: casefileSec,
    baseline: baselineSec,
    baselineName: 'pdfkit writing the same messages in the same embedded Noto Sans SC, no images, no layout beyond flowing text',
    better: 'lower',
    extra: {
      messages: PDF_MESSAGES,
      screenshots: PDF_SCREENSHOTS,
      screenshotsMB: Math.round(screenshotBytes / MB),
      pdfMB: Math.round((pdfBytes / MB) * 10) / 10,
      baselinePdfMB: Math.round((baselineBytes / MB) * 10) / 10,
      note: 'Casefile also hashes and re-encodes every screenshot, lays out the cover, timeline, indexes and declaration, in both languages',
    },
  });
  emit({
    figure: 'export.pdf.rss',
    unit: 'MB',
    casefile: rss,
    baseline: pdfBytes / MB,
    baselineName: 'the finished PDF’s size: the renderer hands the PDF over as one buffer, so this much is unavoidable',
    better: 'lower',
    extra: { pdfkitTextOnlyRssMB: Math.round(baselineRss), note: 'peak resident memory above the level just before export.pdf, after the setup' },
  });
  rmSync(join(root, 'export-pdf'), { recursive: true, force: true });
}

async function pdfkitTextOnly(): Promise<number> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  doc.registerFont('sc', fontBytes('regular'));
  doc.font('sc').fontSize(9.5);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let i = 0; i < PDF_MESSAGES; i++) {
    const at = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString();
    doc.text(`${at}  ${i % 2 ? 'Agent / 客服' : 'Me / 我'}`, { continued: false });
    doc.text(message(i));
    doc.moveDown(0.5);
  }
  doc.end();
  await done;
  return chunks.reduce((sum, c) => sum + c.length, 0);
}
