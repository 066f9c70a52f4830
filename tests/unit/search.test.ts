/**
 * search on a real store: Chinese of every length, English in any case, txid fragments, filters, edits,
 * hostile input, and the plan (the trigram index answers 3+ character queries).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/shared/domain';
import { entriesPlan } from '../../src/main/core/search/search';
import { findAll, makeSnippet } from '../../src/main/core/search/snippet';
import { ftsQuery, likePattern, parseTerms } from '../../src/main/core/search/terms';
import { call, cleanup, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

const TXID = '0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b7d9e2c4a6b8d0f1e3c5a7b9d2e4f6a8b';
const ADDRESS = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';

let t: TestCore;
let ids: {
  binance: number;
  okx: number;
  withdrawal: number;
  frozen: number;
  greeting: number;
  escalate: number;
  frozenReply: number;
  callEntry: number;
  screenshot: number;
};

async function add(ticketId: number, input: Record<string, unknown>): Promise<number> {
  return (await call<{ id: number }>(t.router, 'log.add', { ticketId, ...input })).id;
}

beforeEach(async () => {
  t = openTestCore();
  const binance = (await call<{ id: number }>(t.router, 'platforms.create', { name: 'Binance' })).id;
  const okx = (await call<{ id: number }>(t.router, 'platforms.create', { name: 'OKX' })).id;
  const withdrawal = (
    await call<{ id: number }>(t.router, 'tickets.create', {
      platformId: binance,
      title: 'USDT 提现未到账',
      category: 'withdrawal_delayed',
      platformRefs: ['CS-2024-0301-77'],
      summary: 'Withdrawal of 2,500 USDT pending since March 11',
      transactions: [{ asset: 'USDT', amount: '2500', network: 'TRC20', txid: TXID, toAddress: ADDRESS, orderId: 'WD-20240311-55821' }],
    })
  ).id;
  const frozen = (await call<{ id: number }>(t.router, 'tickets.create', { platformId: okx, title: '账户被冻结', status: 'escalated' })).id;
  const greeting = await add(withdrawal, { author: 'agent', agentName: '客服 Anna', channel: 'live_chat', text: '您好，很高兴为您服务。请提供您的充值网络和地址。', occurredAt: '2024-03-01T10:00:00+08:00' });
  const escalate = await add(withdrawal, { author: 'me', channel: 'email', text: 'Can you ESCALATE this please? It has been 33 hours.', occurredAt: '2024-03-02T10:00:00Z' });
  const frozenReply = await add(frozen, { author: 'agent', agentName: 'Lily', channel: 'live_chat', text: '您的账户因风控已被冻结，请提交身份证明。', occurredAt: '2024-05-02T10:20:45Z' });
  const callEntry = await add(frozen, { author: 'me', text: '', call: { durationSec: 420, number: '+86 400 000 0000' }, agentName: 'Hotline Wang', occurredAt: '2024-05-03T09:00:00Z' });
  const upload = await call<{ id: number }>(t.router, 'evidence.upload', { ticketId: withdrawal, name: '提现记录.png', description: 'Screenshot of the pending withdrawal page' }, Buffer.from('%PDF-1.4 not really'));
  ids = { binance, okx, withdrawal, frozen, greeting, escalate, frozenReply, callEntry, screenshot: upload.id };
});

const find = async (query: string, filters: Record<string, unknown> = {}) =>
  (await call<{ results: SearchResult[] }>(t.router, 'search', { query, ...filters })).results;
const where = (results: SearchResult[]) => results.map((r) => [r.kind, r.entryId ?? r.evidenceId ?? r.ticketId]);
const highlighted = (r: SearchResult) => r.highlights.map(([a, b]) => r.snippet.slice(a, b));

describe('finding', () => {
  it('Chinese of one, two and three or more characters', async () => {
    expect(where(await find('冻'))).toEqual([
      ['entry', ids.frozenReply],
      ['ticket', ids.frozen],
    ]);
    expect(where(await find('冻结'))).toEqual([
      ['entry', ids.frozenReply],
      ['ticket', ids.frozen],
    ]);
    expect(where(await find('客服'))).toEqual([['entry', ids.greeting]]); // the agent's name
    const three = await find('很高兴');
    expect(where(three)).toEqual([['entry', ids.greeting]]);
    expect(three[0]).toMatchObject({ ticketId: ids.withdrawal, ticketTitle: 'USDT 提现未到账', platformName: 'Binance', occurredAt: '2024-03-01T02:00:00.000Z' });
    expect(highlighted(three[0]!)).toEqual(['很高兴']);
    expect(where(await find('提交身份证明'))).toEqual([['entry', ids.frozenReply]]);
    expect(await find('冻结了吗')).toEqual([]);
  });

  it('English in any case, with every occurrence highlighted in the snippet', async () => {
    const [hit] = await find('escalate');
    expect(hit).toMatchObject({ kind: 'entry', entryId: ids.escalate, snippet: 'Can you ESCALATE this please? It has been 33 hours.' });
    expect(hit!.highlights).toEqual([[8, 16]]);
    expect(where(await find('ESCALATE'))).toEqual(where(await find('Escalate')));
    const both = await find('HOURS it');
    expect(where(both)).toEqual([['entry', ids.escalate]]);
    expect(highlighted(both[0]!)).toEqual(['It', 'hours']);
  });

  it('txids, addresses and reference numbers by a 6-character fragment from the middle', async () => {
    const fragment = TXID.slice(30, 36);
    const [tx] = await find(fragment.toUpperCase());
    expect(tx).toMatchObject({ kind: 'ticket', ticketId: ids.withdrawal, entryId: null });
    expect(highlighted(tx!)).toEqual([fragment]);
    expect(where(await find(ADDRESS.slice(10, 16)))).toEqual([['ticket', ids.withdrawal]]);
    expect(where(await find('0311-558'))).toEqual([['ticket', ids.withdrawal]]); // order id
    const [ref] = await find('0301-77');
    expect(ref).toMatchObject({ kind: 'ticket', snippet: 'CS-2024-0301-77' });
  });

  it('evidence by its name and description; call entries by their agent', async () => {
    expect(where(await find('pending withdrawal page'))).toEqual([['evidence', ids.screenshot]]);
    expect(where(await find('提现记录'))).toEqual([['evidence', ids.screenshot]]);
    const [callHit] = await find('hotline');
    expect(callHit).toMatchObject({ kind: 'entry', entryId: ids.callEntry, snippet: 'Hotline Wang' });
  });

  it('all words must match; a ticket title matches as well as its entries', async () => {
    expect(where(await find('USDT 未到账'))).toEqual([['ticket', ids.withdrawal]]);
    expect(await find('escalate 冻结')).toEqual([]);
  });

  it('finds what an edit wrote, and no longer what it replaced', async () => {
    await call(t.router, 'log.edit', { id: ids.escalate, text: 'Please forward this to compliance.' });
    expect(await find('escalate')).toEqual([]);
    expect(where(await find('compliance'))).toEqual([['entry', ids.escalate]]);
    await call(t.router, 'tickets.update', { id: ids.frozen, title: 'Account locked', summary: null });
    expect(where(await find('locked'))).toEqual([['ticket', ids.frozen]]);
    expect(where(await find('账户被冻结'))).toEqual([]);
    await call(t.router, 'evidence.update', { id: ids.screenshot, description: '截图', tags: ['KYC'] });
    expect(where(await find('kyc'))).toEqual([['evidence', ids.screenshot]]);
    await call(t.router, 'evidence.delete', { id: ids.screenshot });
    expect(await find('kyc')).toEqual([]);
  });

  it('ranks by relevance, then the most recent first, and honours limit', async () => {
    for (let i = 0; i < 5; i++) await add(ids.withdrawal, { author: 'me', text: `follow-up ${i} 跟进`, occurredAt: `2024-04-0${i + 1}T00:00:00Z` });
    const results = await find('跟进');
    expect(results.map((r) => r.snippet)).toEqual(['follow-up 4 跟进', 'follow-up 3 跟进', 'follow-up 2 跟进', 'follow-up 1 跟进', 'follow-up 0 跟进']);
    expect(await find('follow-up', { limit: 2 })).toHaveLength(2);
    await add(ids.withdrawal, { author: 'me', text: 'follow-up follow-up follow-up', occurredAt: '2020-01-01T00:00:00Z' });
    expect((await find('follow-up'))[0]!.snippet).toBe('follow-up follow-up follow-up');
  });
});

describe('filters', () => {
  it('platform, status, channel, author and date range', async () => {
    expect(where(await find('您', { platformId: ids.okx }))).toEqual([['entry', ids.frozenReply]]);
    expect(where(await find('您', { platformId: ids.binance }))).toEqual([['entry', ids.greeting]]);
    expect(where(await find('您', { status: 'escalated' }))).toEqual([['entry', ids.frozenReply]]);
    expect(where(await find('USDT', { status: 'escalated' }))).toEqual([]);
    expect(where(await find('please', { channel: 'email' }))).toEqual([['entry', ids.escalate]]);
    expect(await find('please', { channel: 'live_chat' })).toEqual([]);
    expect(where(await find('您', { author: 'agent', from: '2024-05-01T00:00:00+08:00' }))).toEqual([['entry', ids.frozenReply]]);
    expect(where(await find('您', { to: '2024-03-01T10:00:00+08:00' }))).toEqual([['entry', ids.greeting]]);
    expect(await find('您', { author: 'me' })).toEqual([]);
    // Channel and author describe entries: a ticket title alone is not a hit then.
    expect(await find('未到账', { author: 'me' })).toEqual([]);
  });
});

describe('whatever the user types', () => {
  it('never raises: FTS5 syntax, LIKE wildcards, quotes, emoji and 500 characters are plain text', async () => {
    const queries = ['"', '""', '*', 'OR', 'AND', 'NOT', '(((', ')))', 'NEAR(', 'NEAR(a b', '-', '-escalate', '^esc', 'col:val', '{a b}', '%', '_', '\\', "'", '🙂', '👍🏽', 'a'.repeat(500), '冻'.repeat(500), '" OR 1=1 --', '\u0000', '\u202Eabc'];
    for (const query of queries) {
      const result = await t.router.call('search', { query });
      expect(result.ok, `${JSON.stringify(query)}: ${JSON.stringify(result)}`).toBe(true);
    }
    expect(await find('%')).toEqual([]); // a literal percent sign, not "anything"
    expect(await find('_')).toEqual([]);
    expect(await find('   ')).toEqual([]);
  });

  it('finds text that contains the special characters themselves', async () => {
    const id = await add(ids.frozen, { author: 'me', text: 'Rate was 100% "guaranteed" (they said) a_b *OR* NEAR(x)' });
    for (const query of ['100%', '"guaranteed"', '(they', 'a_b', '*OR*', 'NEAR(x)', '%']) {
      expect(where(await find(query)), query).toEqual([['entry', id]]);
    }
  });
});

describe('the query plan', () => {
  it('3+ characters go through the trigram index; 1–2 characters scan with LIKE', () => {
    expect(entriesPlan(t.ctx, { query: 'withdrawal' })).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
    expect(entriesPlan(t.ctx, { query: '很高兴 客' })).toMatch(/search_entries VIRTUAL TABLE INDEX/);
    expect(entriesPlan(t.ctx, { query: '客服' })).not.toMatch(/VIRTUAL TABLE/);
  });
});

describe('terms and snippets', () => {
  it('quotes every term for FTS5 and escapes LIKE wildcards', () => {
    expect(parseTerms(' Withdrawal  冻结 withdrawal\t"x" ')).toEqual({ all: ['Withdrawal', '冻结', '"x"'], long: ['Withdrawal', '"x"'], short: ['冻结'] });
    expect(ftsQuery(['a"b"c', 'NEAR('])).toBe('"a""b""c" AND "NEAR("');
    expect(likePattern('5%_\\')).toBe('%5\\%\\_\\\\%');
    // Emoji are counted as characters, not UTF-16 units: 🙂🙂 is a 2-character (LIKE) term.
    expect(parseTerms('🙂🙂').short).toEqual(['🙂🙂']);
  });

  it('cuts ~120 characters around the first hit, with offsets into the snippet for every occurrence', () => {
    const text = `${'前言'.repeat(100)} the KEY point is the key ${'尾'.repeat(200)}`;
    const { snippet, highlights } = makeSnippet(text, ['key']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(122);
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['KEY', 'key']);
    expect(makeSnippet('short text', ['zzz'])).toEqual({ snippet: 'short text', highlights: [] });
  });

  it('maps offsets back exactly when lower-casing changes lengths, and merges overlaps', () => {
    expect(findAll('İstanbul İi', ['i'])).toEqual([
      [0, 1],
      [9, 11],
    ]);
    expect(findAll('aaaa', ['aa', 'aaa'])).toEqual([[0, 4]]);
    const emoji = makeSnippet('ok 🙂 ok', ['🙂']);
    expect(emoji.snippet.slice(...emoji.highlights[0]!)).toBe('🙂');
  });
});
