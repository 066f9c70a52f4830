/**
 * Benchmarks of the conversation log (imported by run.ts; see README.md):
 *   import.transcript      messages/s importing a generated 100,000-message WhatsApp export through
 *                          router.call('import.transcript'), beside raw better-sqlite3 INSERTs of the same
 *                          rows in one transaction into the same schema (search triggers included);
 *   import.transcript.rss  peak resident-memory growth during that import, beside the export's size;
 *   search.latency.*       median and p95 ms of router.call('search') over BENCH_SEARCH_ENTRIES (default
 *                          1,000,000) generated entries of mixed Chinese and English, for 200 queries of four
 *                          kinds, beside a plain FTS5 MATCH on the same index (a plain LIKE scan for the
 *                          2-character queries, which a trigram index cannot answer).
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { DATABASE_FILE, openCore, type Core } from '../src/main/core/openCore';
import { parseTranscript } from '../src/main/core/import';
import type { ImportResult, SearchResult } from '../src/shared/domain';

export interface BenchTools {
  root: string;
  progress(message: string): void;
  emit(figure: {
    figure: string;
    unit: string;
    casefile: number;
    baseline: number;
    baselineName: string;
    better: 'higher' | 'lower';
    extra?: Record<string, unknown>;
  }): void;
  rssWatch(): { stop(): number };
  rawConnection(file: string): Database;
}

const IMPORT_MESSAGES = Number(process.env.BENCH_IMPORT_MESSAGES ?? 100_000);
const SEARCH_ENTRIES = Number(process.env.BENCH_SEARCH_ENTRIES ?? 1_000_000);
const SEARCH_QUERIES = 200;
const MB = 1024 * 1024;

async function call<T>(core: Core, method: string, input: unknown, options = {}): Promise<T> {
  const result = await core.router.call(method, input, options);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function newTicket(core: Core, title = '提现延迟 withdrawal delayed'): Promise<number> {
  const { id: platformId } = await call<{ id: number }>(core, 'platforms.create', { name: 'Bench Exchange' });
  return (await call<{ id: number }>(core, 'tickets.create', { platformId, title })).id;
}

/** A deterministic pseudo-random sequence, so every run searches the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const ZH =
  '您好请提供订单号我们正在处理您的提现申请账户被冻结客服经理已经升级工单预计小时内到账感谢耐心等待资金安全风控审核需要身份验证充值未到账交易哈希网络地址链上拥堵手续费退款投诉监管';
const EN = ['withdrawal', 'pending', 'account', 'frozen', 'please', 'provide', 'order', 'number', 'support', 'ticket', 'escalated', 'hours', 'deposit', 'network', 'address', 'verification', 'compliance', 'review', 'refund', 'thank', 'you', 'waiting', 'agent', 'manager', 'blockchain', 'confirmations'];
const HEX = '0123456789abcdef';

function corpus(seed: number) {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const zh = (words: number) => {
    let s = '';
    for (let i = 0; i < words; i++) {
      const at = Math.floor(rnd() * (ZH.length - 5));
      s += ZH.slice(at, at + 2 + Math.floor(rnd() * 3));
    }
    return s;
  };
  const en = (words: number) => Array.from({ length: words }, () => pick(EN)).join(' ');
  const hex = (length: number) => Array.from({ length }, () => HEX[Math.floor(rnd() * 16)]).join('');
  /** One message: Chinese, English, both, or a txid quoted in a sentence. */
  const text = (i: number) => {
    switch (i % 4) {
      case 0:
        return `${zh(6)}。`;
      case 1:
        return `${en(12)}.`;
      case 2:
        return `${zh(3)}，${en(5)}`;
      default:
        return `${en(4)} txid 0x${hex(64)} ${zh(2)}`;
    }
  };
  return { rnd, pick, zh, en, hex, text };
}

// (a) Importing a long WhatsApp export ------------------------------------------------------------------------

function whatsAppExport(messages: number): Buffer {
  const { text } = corpus(7);
  const lines: string[] = [];
  let day = Date.UTC(2023, 0, 1);
  for (let i = 0; i < messages; i++) {
    if (i % 500 === 499) day += 86_400_000;
    const d = new Date(day);
    const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`;
    const sender = i % 3 === 0 ? 'Kraken Support' : 'Alex Chen';
    lines.push(`${date}, ${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} ${i % 2 ? 'PM' : 'AM'} - ${sender}: ${i} ${text(i)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export async function importBenchmark(tools: BenchTools): Promise<void> {
  const { progress, emit } = tools;
  progress(`import.transcript: generating a ${IMPORT_MESSAGES}-message WhatsApp export (setup)…`);
  const bytes = whatsAppExport(IMPORT_MESSAGES);

  const core = openCore({ dataDir: join(tools.root, 'import'), appVersion: 'bench', shell: 'web', log: progress });
  const ticketId = await newTicket(core);
  progress('import.transcript: through the router…');
  const watch = tools.rssWatch();
  const start = performance.now();
  const result = await call<ImportResult>(
    core,
    'import.transcript',
    { ticketId, name: 'WhatsApp Chat with Kraken.txt', me: 'Alex Chen', timeZone: 'Asia/Shanghai' },
    { body: Readable.from([bytes]) },
  );
  const seconds = (performance.now() - start) / 1000;
  const rss = watch.stop();
  if (result.imported !== IMPORT_MESSAGES) throw new Error(`imported ${result.imported} of ${IMPORT_MESSAGES}`);
  core.close();

  progress('import.transcript: the same rows by raw INSERT in one transaction…');
  const parsed = await parseTranscript(bytes, 'chat.txt', { timeZone: 'Asia/Shanghai' }); // setup, not measured
  const base = openCore({ dataDir: join(tools.root, 'import-baseline'), appVersion: 'bench', shell: 'web', log: progress });
  const baseTicket = await newTicket(base);
  base.close();
  const db = tools.rawConnection(join(tools.root, 'import-baseline', DATABASE_FILE));
  const insert = db.prepare(
    `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, import_key, source)
     VALUES (?, 'message', ?, ?, 'social', ?, 'Asia/Shanghai', ?, ?, ?, 'import:whatsapp')`,
  );
  const baseStart = performance.now();
  db.transaction(() => {
    const now = new Date().toISOString();
    for (const m of parsed.messages) {
      const me = m.sender === 'Alex Chen';
      insert.run(baseTicket, me ? 'me' : 'agent', me ? null : m.sender, m.occurredAt, now, m.text, m.key);
    }
  }).immediate();
  const baseSeconds = (performance.now() - baseStart) / 1000;
  db.close();

  emit({
    figure: 'import.transcript',
    unit: 'messages/s',
    casefile: IMPORT_MESSAGES / seconds,
    baseline: IMPORT_MESSAGES / baseSeconds,
    baselineName: 'raw better-sqlite3 INSERT of the same parsed rows in one transaction (same schema, search triggers included)',
    better: 'higher',
    extra: {
      messages: IMPORT_MESSAGES,
      exportMB: Math.round((bytes.length / MB) * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      note: 'Casefile also reads the upload, decodes and parses it, maps senders, looks up earlier imports and chains one audit event',
    },
  });
  emit({
    figure: 'import.transcript.rss',
    unit: 'MB',
    casefile: rss,
    baseline: bytes.length / MB,
    baselineName: "the export's size",
    better: 'lower',
    extra: { note: 'peak resident memory above the level before the call: the export, its decoded text and every parsed message are held at once' },
  });
}

// (b) Search latency over a large store -------------------------------------------------------------------------

type QueryKind = 'zh2' | 'zh4' | 'en' | 'hex';

export async function searchBenchmark(tools: BenchTools): Promise<void> {
  const { progress, emit } = tools;
  const dataDir = join(tools.root, 'search');
  const core = openCore({ dataDir, appVersion: 'bench', shell: 'web', log: progress });
  const tickets: number[] = [];
  for (let i = 0; i < 20; i++) tickets.push(await newTicket(core, `Case ${i} 提现 ${i}`));
  progress(`search: inserting ${SEARCH_ENTRIES} entries with the search triggers (setup, not measured)…`);
  const { text } = corpus(11);
  const insert = core.ctx.db.prepare(
    `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, source)
     VALUES (?, 'message', ?, ?, 'live_chat', ?, 'UTC', ?, ?, 'typed')`,
  );
  const buildStart = performance.now();
  const t0 = Date.UTC(2022, 0, 1);
  const txids: string[] = []; // some of the txids written, for the hex-fragment queries
  core.ctx.db.transaction(() => {
    for (let i = 0; i < SEARCH_ENTRIES; i++) {
      const at = new Date(t0 + i * 30_000).toISOString();
      const body = text(i);
      if (i % 3988 === 3) txids.push(/0x([0-9a-f]{64})/.exec(body)![1]!);
      insert.run(tickets[i % tickets.length], i % 2 ? 'agent' : 'me', i % 2 ? `Agent ${i % 97}` : null, at, at, body);
    }
  })();
  const buildSeconds = (performance.now() - buildStart) / 1000;
  progress(`search: built in ${buildSeconds.toFixed(0)} s; running ${SEARCH_QUERIES} queries…`);

  const q = corpus(23);
  const queries: { kind: QueryKind; query: string }[] = [];
  const kinds: QueryKind[] = ['zh2', 'zh4', 'en', 'hex'];
  for (let i = 0; i < SEARCH_QUERIES; i++) {
    const kind = kinds[i % 4]!;
    const at = Math.floor(q.rnd() * (ZH.length - 4));
    // hex: 6 characters from the middle of a txid that is in the store (as a user pastes a fragment).
    const txid = q.pick(txids);
    const middle = 10 + Math.floor(q.rnd() * 40);
    const query = kind === 'zh2' ? ZH.slice(at, at + 2) : kind === 'zh4' ? ZH.slice(at, at + 4) : kind === 'en' ? q.pick(EN) : txid.slice(middle, middle + 6);
    queries.push({ kind, query });
  }
  const ftsBaseline = core.ctx.db.prepare('SELECT rowid FROM search_entries WHERE search_entries MATCH ? ORDER BY rank LIMIT 50');
  const likeBaseline = core.ctx.db.prepare("SELECT id FROM entries WHERE text LIKE ? ESCAPE '\\' ORDER BY occurred_at DESC LIMIT 50");
  const baselineOf = (kind: QueryKind, query: string) =>
    kind === 'zh2' ? likeBaseline.all(`%${query}%`) : ftsBaseline.all(`"${query.replace(/"/g, '""')}"`);

  // One untimed pass warms the page cache for both, so neither pays for the first disk reads alone.
  for (const { kind, query } of queries.slice(0, 8)) {
    await call(core, 'search', { query });
    baselineOf(kind, query);
  }
  const timings: Record<QueryKind, { casefile: number[]; baseline: number[]; hits: number }> = {
    zh2: { casefile: [], baseline: [], hits: 0 },
    zh4: { casefile: [], baseline: [], hits: 0 },
    en: { casefile: [], baseline: [], hits: 0 },
    hex: { casefile: [], baseline: [], hits: 0 },
  };
  for (const { kind, query } of queries) {
    let start = performance.now();
    const { results } = await call<{ results: SearchResult[] }>(core, 'search', { query });
    timings[kind].casefile.push(performance.now() - start);
    timings[kind].hits += results.length;
    start = performance.now();
    baselineOf(kind, query);
    timings[kind].baseline.push(performance.now() - start);
  }
  core.close();

  const quantile = (xs: number[], p: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  const all = (which: 'casefile' | 'baseline') => kinds.flatMap((k) => timings[k][which]);
  const byKind = Object.fromEntries(
    kinds.map((k) => [
      k,
      {
        medianMs: round(quantile(timings[k].casefile, 0.5)),
        p95Ms: round(quantile(timings[k].casefile, 0.95)),
        baselineMedianMs: round(quantile(timings[k].baseline, 0.5)),
        baselineP95Ms: round(quantile(timings[k].baseline, 0.95)),
        avgResults: round(timings[k].hits / timings[k].casefile.length),
      },
    ]),
  );
  const baselineName =
    'plain FTS5 MATCH on the same trigram index (SELECT rowid … ORDER BY rank LIMIT 50); for 2-character queries, which trigrams cannot match, a plain LIKE scan of entries.text (ORDER BY occurred_at DESC LIMIT 50)';
  const extra = {
    entries: SEARCH_ENTRIES,
    queries: SEARCH_QUERIES,
    buildSeconds: Math.round(buildSeconds),
    byKind,
    note: 'Casefile searches entries, tickets, transactions and evidence, ranks by bm25 then recency, joins ticket and platform, and builds snippets with highlights',
  };
  for (const [figure, p] of [
    ['search.latency.median', 0.5],
    ['search.latency.p95', 0.95],
  ] as const) {
    emit({ figure, unit: 'ms', casefile: quantile(all('casefile'), p), baseline: quantile(all('baseline'), p), baselineName, better: 'lower', extra });
  }
}
