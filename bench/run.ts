/**
 * npm run bench: Casefile's figures, each beside a baseline that does the same work with the bare tool.
 * Prints one JSON line per figure on stdout (progress goes to stderr). See bench/README.md.
 *
 *   log.append       entries/s through router.call('log.add')  vs raw better-sqlite3 INSERTs
 *   log.list         ms to read a 100k-entry timeline          vs raw SELECT … ORDER BY
 *   evidence.upload  MB/s of a 2 GB file into the vault         vs `sha256sum` on the same file
 *   evidence.upload.rss  peak RSS growth above idle during it  vs the file's size (reading it whole)
 *   vault.check      MB/s re-hashing that vault file (a job)   vs `sha256sum` on the vault file
 *   vault.check.rss  peak RSS growth above idle during it      vs the file's size
 *   import.transcript     messages/s importing a 100k-message WhatsApp export  vs raw INSERT of the same rows
 *   import.transcript.rss peak RSS growth during that import                   vs the export's size
 *   search.latency.median / .p95  ms per search over 1M zh/en entries          vs a plain FTS5 MATCH (LIKE for 1–2 chars)
 *   export.zip       s to export 500 evidence files (1 GB) as the dossier ZIP     vs `zip -0 -q` of the same files
 *   export.zip.rss   peak RSS growth during it                                  vs the evidence's size
 *   export.pdf       s for the PDF of a 1,000-message ticket with 100 screenshots vs pdfkit writing the same text, no images
 *   export.pdf.rss   peak RSS growth during it                                  vs the finished PDF's size
 *
 * BENCH_ONLY=import,search runs some parts only (log, evidence, import, search, export).
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE, openCore, type Core } from '../src/main/core/openCore';
import type { Job } from '../src/shared/domain';
import { importBenchmark, searchBenchmark } from './conversationLog';
import { exportPdfBenchmark, exportZipBenchmark } from './exportDossier';

const APPEND_ENTRIES = Number(process.env.BENCH_APPEND_ENTRIES ?? 5_000);
const TIMELINE_ENTRIES = Number(process.env.BENCH_TIMELINE_ENTRIES ?? 100_000);
const TIMELINE_RUNS = 5;
/** The evidence file's size: 2 GB by default, the "large recording" case. */
const EVIDENCE_MB = Number(process.env.CASEFILE_BENCH_EVIDENCE_MB ?? process.env.BENCH_UPLOAD_MB ?? 2048);
const MB = 1024 * 1024;

const root = mkdtempSync(join(tmpdir(), 'casefile-bench-'));
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

interface FigureInput {
  figure: string;
  unit: string;
  casefile: number;
  baseline: number;
  baselineName: string;
  better: 'higher' | 'lower';
  /** Context printed after the numbers (sizes, what the figure includes). */
  extra?: Record<string, unknown>;
}

/** One JSON line: the figure, its baseline beside it, and ratio = casefile ÷ baseline. */
function emit({ extra, ...figure }: FigureInput): void {
  const round = (n: number) => Math.round(n * 100) / 100;
  const line = {
    figure: figure.figure,
    unit: figure.unit,
    casefile: round(figure.casefile),
    baseline: round(figure.baseline),
    baselineName: figure.baselineName,
    ratio: round(figure.casefile / figure.baseline),
    better: figure.better,
    ...extra,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function open(name: string): Core {
  return openCore({ dataDir: join(root, name), appVersion: 'bench', shell: 'web', log: progress });
}

async function call<T>(core: Core, method: string, input: unknown, options = {}): Promise<T> {
  const result = await core.router.call(method, input, options);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function newTicket(core: Core): Promise<number> {
  const { id: platformId } = await call<{ id: number }>(core, 'platforms.create', { name: 'Bench Exchange' });
  const { id } = await call<{ id: number }>(core, 'tickets.create', { platformId, title: '提现延迟 withdrawal delayed' });
  return id;
}

/** The same pragmas openDatabase sets, on a bare connection. */
function rawConnection(file: string): Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

const sampleText = (i: number) =>
  `#${i} 您好，您的提现申请正在审核中，请耐心等待 24-48 小时。Your withdrawal is under review, please wait 24-48 hours.`;

const ENTRY_COLUMNS =
  'ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, call_duration_sec, call_number';

// (a) Appending entries -------------------------------------------------------------------------------------
async function logAppend(): Promise<void> {
  progress(`log.append: ${APPEND_ENTRIES} entries through the router…`);
  const core = open('append');
  const ticketId = await newTicket(core);
  const start = performance.now();
  for (let i = 0; i < APPEND_ENTRIES; i++) {
    await call(core, 'log.add', { ticketId, author: i % 2 ? 'agent' : 'me', text: sampleText(i), channel: 'live_chat' });
  }
  const casefileSec = (performance.now() - start) / 1000;
  core.close();

  progress('log.append: the same rows by raw INSERT, one transaction each…');
  const base = open('append-baseline'); // the same schema and indexes, made by the app
  const baseTicket = await newTicket(base);
  base.close();
  const db = rawConnection(join(root, 'append-baseline', DATABASE_FILE));
  const insert = db.prepare(`INSERT INTO entries (${ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const one = db.transaction((i: number) => {
    const now = new Date().toISOString();
    insert.run(baseTicket, 'message', i % 2 ? 'agent' : 'me', null, 'live_chat', now, 'UTC', now, sampleText(i), null, null);
  });
  const baseStart = performance.now();
  for (let i = 0; i < APPEND_ENTRIES; i++) one.immediate(i);
  const baselineSec = (performance.now() - baseStart) / 1000;
  db.close();

  emit({
    figure: 'log.append',
    unit: 'entries/s',
    casefile: APPEND_ENTRIES / casefileSec,
    baseline: APPEND_ENTRIES / baselineSec,
    baselineName: 'raw better-sqlite3 INSERT of the same rows in one transaction per row (same schema and pragmas)',
    better: 'higher',
    extra: {
      entries: APPEND_ENTRIES,
      note: 'log.add also validates, checks the ticket, touches it and chains an audit event, in the same transaction',
    },
  });
}

// (b) Reading a long timeline -------------------------------------------------------------------------------
async function logList(): Promise<void> {
  progress(`log.list: building a ${TIMELINE_ENTRIES}-entry ticket (setup, not measured)…`);
  const core = open('timeline');
  const ticketId = await newTicket(core);
  const insert = core.ctx.db.prepare(`INSERT INTO entries (${ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const t0 = Date.UTC(2024, 0, 1);
  core.ctx.db.transaction(() => {
    for (let i = 0; i < TIMELINE_ENTRIES; i++) {
      // Not in insertion order, so ORDER BY has real work: every 7th entry was logged later about earlier.
      const at = new Date(t0 + (i % 7 === 0 ? i - 5000 : i) * 60_000).toISOString();
      insert.run(ticketId, 'message', i % 2 ? 'agent' : 'me', i % 2 ? 'Agent 007' : null, 'live_chat', at, 'Asia/Shanghai', at, sampleText(i), null, null);
    }
  })();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = async (fn: () => unknown): Promise<number[]> => {
    await fn(); // warm the page cache and statement cache
    const runs: number[] = [];
    for (let r = 0; r < TIMELINE_RUNS; r++) {
      const start = performance.now();
      await fn();
      runs.push(performance.now() - start);
    }
    return runs;
  };

  progress('log.list: router…');
  let count = 0;
  const casefileRuns = await time(async () => {
    count = (await call<unknown[]>(core, 'log.list', { ticketId })).length;
  });
  if (count !== TIMELINE_ENTRIES) throw new Error(`log.list returned ${count} entries`);
  core.close();

  progress('log.list: raw SELECT…');
  const db = rawConnection(join(root, 'timeline', DATABASE_FILE));
  const select = db.prepare('SELECT * FROM entries WHERE ticket_id = ? ORDER BY occurred_at, id');
  const baselineRuns = await time(() => select.all(ticketId));
  db.close();

  emit({
    figure: 'log.list',
    unit: 'ms',
    casefile: median(casefileRuns),
    baseline: median(baselineRuns),
    baselineName: 'raw better-sqlite3 SELECT * of the same rows with the same ORDER BY (median of 5)',
    better: 'lower',
    extra: { entries: TIMELINE_ENTRIES },
  });
}

// (c) Uploading a large evidence file, then checking the vault -----------------------------------------------

/** Samples the process's resident memory every 10 ms: peak growth above the level when it started. */
function rssWatch(): { stop(): number } {
  global.gc?.();
  const idle = process.memoryUsage.rss();
  let peak = idle;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return (peak - idle) / MB;
    },
  };
}

/** MB/s of `sha256sum file` (or node:crypto where coreutils are missing); checks it agrees with `expected`. */
async function sha256sumRate(file: string, bytes: number, expected: string): Promise<{ rate: number; name: string }> {
  const start = performance.now();
  const sum = spawnSync('sha256sum', [file], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (sum.status === 0 && !sum.error) {
    if (!sum.stdout.startsWith(expected)) throw new Error(`hash ${expected} differs from sha256sum ${sum.stdout.slice(0, 64)}`);
    return { rate: bytes / MB / seconds, name: 'sha256sum of the same file (spawnSync, file in the page cache)' };
  }
  // No coreutils: hash it in-process instead, so the figure still has a baseline.
  const hash = createHash('sha256');
  const altStart = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: MB })) hash.update(chunk as Buffer);
  return {
    rate: bytes / MB / ((performance.now() - altStart) / 1000),
    name: 'node:crypto SHA-256 of the same file (sha256sum not available)',
  };
}

/** MB/s of reading and hashing the file in this process (node:crypto, 1 MiB reads): the hashing part alone. */
async function nodeHashRate(file: string, bytes: number): Promise<number> {
  const hash = createHash('sha256');
  const start = performance.now();
  for await (const chunk of createReadStream(file, { highWaterMark: MB })) hash.update(chunk as Buffer);
  hash.digest();
  return bytes / MB / ((performance.now() - start) / 1000);
}

async function evidenceUploadAndCheck(): Promise<void> {
  progress(`evidence.upload: writing a ${EVIDENCE_MB} MB file (setup)…`);
  const file = join(root, 'recording.bin');
  const fd = openSync(file, 'w');
  const block = randomBytes(MB);
  for (let i = 0; i < EVIDENCE_MB; i++) {
    block.writeUInt32LE(i, 0); // every MB differs
    writeSync(fd, block);
  }
  closeSync(fd);
  const bytes = EVIDENCE_MB * MB;

  const core = open('upload');
  const ticketId = await newTicket(core);

  progress('evidence.upload: through the router into the vault…');
  let watch = rssWatch();
  const start = performance.now();
  const stored = await call<{ sha256: string; size: number }>(
    core,
    'evidence.upload',
    { ticketId, name: 'recording.bin' },
    { body: createReadStream(file, { highWaterMark: MB }) },
  );
  const uploadSec = (performance.now() - start) / 1000;
  const uploadRss = watch.stop();
  if (stored.size !== bytes) throw new Error(`stored ${stored.size} bytes, expected ${bytes}`);

  progress('evidence.upload: sha256sum on the same file…');
  const source = await sha256sumRate(file, bytes, stored.sha256);
  const sourceNode = await nodeHashRate(file, bytes);
  emit({
    figure: 'evidence.upload',
    unit: 'MB/s',
    casefile: bytes / MB / uploadSec,
    baseline: source.rate,
    baselineName: source.name,
    better: 'higher',
    extra: {
      fileMB: EVIDENCE_MB,
      nodeCryptoReadHashMBs: Math.round(sourceNode),
      note: 'the vault hashes, writes a temp copy, fsyncs it and renames it; sha256sum only reads and hashes',
    },
  });
  emit({
    figure: 'evidence.upload.rss',
    unit: 'MB',
    casefile: uploadRss,
    baseline: bytes / MB,
    baselineName: 'the file size: what reading the whole file into memory would add',
    better: 'lower',
    extra: { note: 'peak resident memory above the level just before the upload (target: well under 200 MB)' },
  });

  progress('vault.check: re-hashing the vault as a background job…');
  rmSync(file); // only the vault copy is read from here on
  watch = rssWatch();
  const checkStart = performance.now();
  const { jobId } = await call<{ jobId: string }>(core, 'vault.check', {});
  let job: Job;
  for (;;) {
    job = await call<Job>(core, 'jobs.get', { id: jobId });
    if (job.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const checkSec = (performance.now() - checkStart) / 1000;
  const checkRss = watch.stop();
  if (job.state !== 'done' || job.result?.checkedBytes !== bytes || job.result.altered.length > 0) {
    throw new Error(`vault.check ended ${job.state}: ${JSON.stringify(job.result ?? job.error).slice(0, 300)}`);
  }
  const vaultFile = core.ctx.vault.pathOf(stored.sha256);
  progress('vault.check: sha256sum on the vault file…');
  const vault = await sha256sumRate(vaultFile, bytes, stored.sha256);
  const vaultNode = await nodeHashRate(vaultFile, bytes);
  core.close();
  emit({
    figure: 'vault.check',
    unit: 'MB/s',
    casefile: bytes / MB / checkSec,
    baseline: vault.rate,
    baselineName: vault.name,
    better: 'higher',
    extra: {
      fileMB: EVIDENCE_MB,
      nodeCryptoReadHashMBs: Math.round(vaultNode),
      note: 'includes polling jobs.get every 20 ms and recording the custody events',
    },
  });
  emit({
    figure: 'vault.check.rss',
    unit: 'MB',
    casefile: checkRss,
    baseline: bytes / MB,
    baselineName: 'the file size: what reading the whole file into memory would add',
    better: 'lower',
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  try {
    const only = process.env.BENCH_ONLY?.split(',');
    const runs = (part: string) => !only || only.includes(part);
    if (runs('log')) {
      await logAppend();
      await logList();
    }
    if (runs('evidence')) await evidenceUploadAndCheck();
    const tools = { root, progress, emit, rssWatch, rawConnection };
    if (runs('import')) await importBenchmark(tools);
    if (runs('search')) await searchBenchmark(tools);
    if (runs('export')) {
      await exportZipBenchmark(tools);
      await exportPdfBenchmark(tools);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  progress(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
