/**
 * search: full text across what a user has written down — entries (text and agent name, call summaries
 * included), tickets (title, summary, desired outcome, reference numbers), transactions (asset, network,
 * txid, addresses, order id) and evidence (file name, description, tags).
 *
 * Index: one FTS5 table per source with the `trigram` tokenizer, kept in step by triggers (schema v3).
 * Trigrams find any substring of 3+ characters, case-insensitively, in any script: 提现申请, "withdrawal",
 * a txid fragment from the middle (8f3c2a). Queries of 1–2 characters (客服, 冻结) are below what a trigram
 * index can answer; they are matched with LIKE over the same columns. We chose LIKE over a second,
 * word-segmented index (Intl.Segmenter) because it finds exactly the substrings the trigram path finds (a
 * segmenter splits 客服经理 differently from how a user searches it), needs no second copy of the index
 * and no app-defined SQL function in triggers (the store stays writable by plain SQLite); the price is a
 * scan for such queries (bench/run.ts: search.latency), which is short at the sizes people keep.
 *
 * Terms (see terms.ts) are AND-ed. Hits are ordered by bm25 (LIKE-only hits score 0), then most recent
 * first; each source answers at most `limit` and the merged list is cut to `limit`. Snippets and highlight
 * offsets are computed here from the stored text (snippet.ts).
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { SearchResult } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { parseStringList } from '../db/json';
import { statement } from '../db/statements';
import { findAll, makeSnippet } from './snippet';
import { ftsQuery, likePattern, parseTerms, type Terms } from './terms';

type SearchInput = ParsedInputOf<'search'>;
export const DEFAULT_LIMIT = 50;

type SourceName = 'entries' | 'tickets' | 'transactions' | 'evidence';

interface Source {
  name: SourceName;
  fts: string;
  table: string;
  /** The content columns the index covers (LIKE runs over the same ones). */
  columns: string[];
  /** The hit's ticket, and its instant for the date filter and recency. */
  ticketId: string;
  occurredAt: string;
}

const SOURCES: Source[] = [
  { name: 'entries', fts: 'search_entries', table: 'entries', columns: ['text', 'agent_name'], ticketId: 'x.ticket_id', occurredAt: 'x.occurred_at' },
  {
    name: 'tickets',
    fts: 'search_tickets',
    table: 'tickets',
    columns: ['title', 'summary', 'desired_outcome', 'platform_refs'],
    ticketId: 'x.id',
    occurredAt: 'x.opened_at',
  },
  {
    name: 'transactions',
    fts: 'search_transactions',
    table: 'transactions',
    columns: ['asset', 'network', 'txid', 'from_address', 'to_address', 'order_id'],
    ticketId: 'x.ticket_id',
    occurredAt: 'x.occurred_at',
  },
  { name: 'evidence', fts: 'search_evidence', table: 'evidence', columns: ['original_name', 'description', 'tags'], ticketId: 'x.ticket_id', occurredAt: 'x.captured_at' },
];

interface Hit {
  source: SourceName;
  id: number;
  ticketId: number;
  occurredAt: string | null;
  score: number;
}

export function search(ctx: CoreContext, input: SearchInput): { results: SearchResult[] } {
  const terms = parseTerms(input.query);
  if (terms.all.length === 0) return { results: [] };
  const limit = input.limit ?? DEFAULT_LIMIT;
  const hits: Hit[] = [];
  for (const source of SOURCES) {
    const query = sourceQuery(source, terms, input, limit);
    if (!query) continue;
    for (const row of statement(ctx.db, query.sql).all(...query.params) as Omit<Hit, 'source'>[]) hits.push({ ...row, source: source.name });
  }
  hits.sort(byRank);
  return { results: hits.slice(0, limit).map((hit) => describe(ctx, hit, terms.all)) };
}

/** EXPLAIN QUERY PLAN of the entries query for this input (tests check which index answers it). */
export function entriesPlan(ctx: CoreContext, input: SearchInput): string {
  const query = sourceQuery(SOURCES[0]!, parseTerms(input.query), input, input.limit ?? DEFAULT_LIMIT);
  if (!query) return '';
  const rows = ctx.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

const KIND_ORDER: Record<SourceName, number> = { entries: 0, evidence: 1, tickets: 2, transactions: 3 };

/** bm25 first (lower is better), then the most recent, then a stable order. */
function byRank(a: Hit, b: Hit): number {
  if (a.score !== b.score) return a.score - b.score;
  if (a.occurredAt !== b.occurredAt) {
    if (a.occurredAt === null) return 1;
    if (b.occurredAt === null) return -1;
    return a.occurredAt < b.occurredAt ? 1 : -1;
  }
  return KIND_ORDER[a.source] - KIND_ORDER[b.source] || b.id - a.id;
}

/**
 * The SQL for one source, or null when the filters rule the source out (channel and author describe
 * entries: with either, only entries and the evidence tied to a matching entry can be hits).
 */
function sourceQuery(source: Source, terms: Terms, input: SearchInput, limit: number): { sql: string; params: unknown[] } | null {
  const byEntry = input.channel !== undefined || input.author !== undefined;
  if (byEntry && (source.name === 'tickets' || source.name === 'transactions')) return null;

  const params: unknown[] = [];
  const where: string[] = [];
  let from = `${source.table} x`;
  let score = '0.0';
  if (terms.long.length > 0) {
    from = `${source.fts} JOIN ${source.table} x ON x.id = ${source.fts}.rowid`;
    score = `bm25(${source.fts})`;
    where.push(`${source.fts} MATCH ?`);
    params.push(ftsQuery(terms.long));
  }
  for (const term of terms.short) {
    where.push(`(${source.columns.map((c) => `x.${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`);
    for (let i = 0; i < source.columns.length; i++) params.push(likePattern(term));
  }

  if (input.platformId !== undefined || input.status !== undefined) {
    if (source.name !== 'tickets') from += ` JOIN tickets t ON t.id = ${source.ticketId}`;
    const t = source.name === 'tickets' ? 'x' : 't';
    if (input.platformId !== undefined) {
      where.push(`${t}.platform_id = ?`);
      params.push(input.platformId);
    }
    if (input.status !== undefined) {
      where.push(`${t}.status = ?`);
      params.push(input.status);
    }
  }
  if (byEntry) {
    const e = source.name === 'entries' ? 'x' : 'en';
    if (source.name === 'evidence') from += ' JOIN entries en ON en.id = x.entry_id';
    if (input.channel !== undefined) {
      where.push(`${e}.channel = ?`);
      params.push(input.channel);
    }
    if (input.author !== undefined) {
      where.push(`${e}.author = ?`);
      params.push(input.author);
    }
  }
  if (input.from !== undefined) {
    where.push(`${source.occurredAt} >= ?`);
    params.push(new Date(input.from).toISOString());
  }
  if (input.to !== undefined) {
    where.push(`${source.occurredAt} <= ?`);
    params.push(new Date(input.to).toISOString());
  }
  params.push(limit);
  const sql = `SELECT x.id AS id, ${source.ticketId} AS ticketId, ${source.occurredAt} AS occurredAt, ${score} AS score
    FROM ${from}
    WHERE ${where.join(' AND ')}
    ORDER BY score, occurredAt DESC, x.id DESC
    LIMIT ?`;
  return { sql, params };
}

// ---- turning hits into results -------------------------------------------------------------------------

function describe(ctx: CoreContext, hit: Hit, terms: string[]): SearchResult {
  const ticket = statement(
    ctx.db,
    'SELECT t.title, p.name AS platformName FROM tickets t JOIN platforms p ON p.id = t.platform_id WHERE t.id = ?',
  ).get(hit.ticketId) as { title: string; platformName: string };
  const base = {
    ticketId: hit.ticketId,
    ticketTitle: ticket.title,
    platformName: ticket.platformName,
    occurredAt: hit.occurredAt,
  };
  switch (hit.source) {
    case 'entries': {
      const row = statement(ctx.db, 'SELECT text, agent_name FROM entries WHERE id = ?').get(hit.id) as { text: string; agent_name: string | null };
      // Hit in the agent's name only (or a call without a summary yet): show the name first.
      const text = !row.agent_name || findAll(row.text, terms).length > 0 ? row.text : row.text ? `${row.agent_name}: ${row.text}` : row.agent_name;
      return { ...base, kind: 'entry', entryId: hit.id, evidenceId: null, ...makeSnippet(text, terms) };
    }
    case 'evidence': {
      const row = statement(ctx.db, 'SELECT original_name, description, tags FROM evidence WHERE id = ?').get(hit.id) as {
        original_name: string;
        description: string | null;
        tags: string;
      };
      const tags = parseStringList(row.tags);
      const text = [row.original_name, row.description, tags.length > 0 ? `#${tags.join(' #')}` : null].filter(Boolean).join(' — ');
      return { ...base, kind: 'evidence', entryId: null, evidenceId: hit.id, ...makeSnippet(text, terms) };
    }
    case 'tickets': {
      const row = statement(ctx.db, 'SELECT title, summary, desired_outcome, platform_refs FROM tickets WHERE id = ?').get(hit.id) as {
        title: string;
        summary: string | null;
        desired_outcome: string | null;
        platform_refs: string;
      };
      const fields = [row.title, row.summary, row.desired_outcome, parseStringList(row.platform_refs).join(', ')].filter((f): f is string => !!f);
      const text = fields.find((f) => findAll(f, terms).length > 0) ?? row.title;
      return { ...base, kind: 'ticket', entryId: null, evidenceId: null, ...makeSnippet(text, terms) };
    }
    case 'transactions': {
      const row = statement(
        ctx.db,
        'SELECT asset, amount, network, txid, from_address, to_address, order_id FROM transactions WHERE id = ?',
      ).get(hit.id) as Record<'asset' | 'amount', string> & Record<'network' | 'txid' | 'from_address' | 'to_address' | 'order_id', string | null>;
      const text = [
        `${row.amount} ${row.asset}`,
        row.network,
        row.txid && `txid ${row.txid}`,
        row.from_address && `from ${row.from_address}`,
        row.to_address && `to ${row.to_address}`,
        row.order_id && `order ${row.order_id}`,
      ]
        .filter(Boolean)
        .join(' · ');
      return { ...base, kind: 'ticket', entryId: null, evidenceId: null, ...makeSnippet(text, terms) };
    }
  }
}
