/**
 * The guard wired into the store and the API (issue 7): agent entries are scanned when logged, edited or
 * imported; flags come back with log.list; tickets count flagged entries; channels carry a state;
 * guard.checkContact and guard.scan answer through the router. Real SQLite files.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactCheckResult, Entry, GuardFlag, Platform, Ticket, TicketSummary } from '../../src/shared/domain';
import { DATABASE_FILE } from '../../src/main/core/openCore';
import { RULES_VERSION } from '../../src/main/core/log/entryFlags';
import { call, callError, cleanup, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

async function binance(t: TestCore, channels: unknown[] = []): Promise<{ platformId: number; ticketId: number }> {
  const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', {
    name: 'Binance',
    officialDomains: ['binance.com'],
    channels,
  });
  const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: '提现卡住' });
  return { platformId, ticketId };
}

const list = (t: TestCore, ticketId: number) => call<Entry[]>(t.router, 'log.list', { ticketId });

function expectBothLanguages(reason: GuardFlag['reason']): void {
  expect(reason.text.en.length).toBeGreaterThan(0);
  expect(reason.text['zh-CN'].length).toBeGreaterThan(0);
  expect(reason.text['zh-CN']).not.toBe(reason.text.en);
}

describe('scanning the log', () => {
  it('an agent asking for the seed phrase is flagged, with the excerpt and the reason in both languages', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    const text = '请提供您的助记词以便解冻账户';
    const { id } = await call<{ id: number }>(t.router, 'log.add', { ticketId, author: 'agent', text });
    const [entry] = await list(t, ticketId);
    expect(entry!.id).toBe(id);
    const seed = entry!.flags.find((f) => f.kind === 'seed_phrase');
    expect(seed).toBeDefined();
    expect(seed!.excerpt).toContain('助记词');
    expect(text.slice(seed!.start, seed!.end)).toBe(seed!.excerpt);
    expectBothLanguages(seed!.reason);
    expect(t.logs).toEqual([]);
  });

  it('a warning that support never asks for the password is not flagged', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'We will never ask for your password.' });
    expect((await list(t, ticketId))[0]!.flags).toEqual([]);
  });

  it('a link to a lookalike of the official domain is a link flag', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'Please verify here: https://binance-support-help.com/login' });
    const flags = (await list(t, ticketId))[0]!.flags;
    const link = flags.find((f) => f.kind === 'link');
    expect(link?.excerpt).toContain('binance-support-help.com');
    expectBothLanguages(link!.reason);
  });

  it("the user's own messages and notes are not scanned", async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    for (const author of ['me', 'note', 'system']) {
      await call(t.router, 'log.add', { ticketId, author, text: '请提供您的助记词以便解冻账户 https://binance-support-help.com' });
    }
    expect((await list(t, ticketId)).map((e) => e.flags)).toEqual([[], [], []]);
    expect((await call<Ticket>(t.router, 'tickets.get', { id: ticketId })).flaggedEntries).toBe(0);
  });

  it('editing the phrase away clears the flags; editing it back brings them again (also on log.edit answer)', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    const { id } = await call<{ id: number }>(t.router, 'log.add', { ticketId, author: 'agent', text: '请提供您的助记词以便解冻账户' });
    const edited = await call<Entry>(t.router, 'log.edit', { id, text: '您的提现正在处理中，请耐心等待。' });
    expect(edited.flags).toEqual([]);
    expect((await list(t, ticketId))[0]!.flags).toEqual([]);
    const again = await call<Entry>(t.router, 'log.edit', { id, text: 'Please send me your seed phrase to unlock the account.' });
    expect(again.flags.map((f) => f.kind)).toContain('seed_phrase');
    expect((await list(t, ticketId))[0]!.flags).toEqual(again.flags);
  });

  it('tickets.get and tickets.list count the flagged entries', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    const { id: other } = await call<{ id: number }>(t.router, 'tickets.create', { platformId: 1, title: 'B' });
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: '请提供您的助记词以便解冻账户' });
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'Install AnyDesk and send me the 2FA code now' });
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: '您好，请问有什么可以帮您？' });
    expect((await call<Ticket>(t.router, 'tickets.get', { id: ticketId })).flaggedEntries).toBe(2);
    const summaries = await call<TicketSummary[]>(t.router, 'tickets.list');
    expect(Object.fromEntries(summaries.map((s) => [s.id, s.flaggedEntries]))).toEqual({ [ticketId]: 2, [other]: 0 });
  });

  it('an imported WhatsApp chat: the agent line with the scam is flagged, mine are not', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    const chat = [
      '3/14/24, 9:02 AM - Alex Chen: My withdrawal is stuck, TXID 0x8f3c2a',
      '3/14/24, 9:15 AM - Binance Support: Hello, we are checking it.',
      '3/14/24, 9:16 AM - Binance Support: 为了解冻您的账户，请先缴纳解冻费 500 USDT，并提供您的助记词',
      '3/14/24, 9:17 AM - Alex Chen: 请提供您的助记词? why?',
      '',
    ].join('\n');
    const result = await call<{ imported: number }>(
      t.router,
      'import.transcript',
      { ticketId, name: 'WhatsApp Chat.txt', me: 'Alex Chen', timeZone: 'UTC', dateOrder: 'mdy' },
      Buffer.from(chat),
    );
    expect(result.imported).toBe(4);
    const entries = await list(t, ticketId);
    expect(entries.map((e) => [e.author, e.flags.length > 0])).toEqual([
      ['me', false],
      ['agent', false],
      ['agent', true],
      ['me', false],
    ]);
    expect(entries[2]!.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['release_fee', 'seed_phrase']));
    expect((await call<Ticket>(t.router, 'tickets.get', { id: ticketId })).flaggedEntries).toBe(1);
  });

  it('entries written before v4 (no scan marker) are scanned when the store opens again', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'hello' });
    // As an older version would have left it: an agent entry with no flags and no scan marker.
    t.ctx.db
      .prepare(
        `INSERT INTO entries (ticket_id, kind, author, occurred_at, time_zone, recorded_at, text)
         VALUES (?, 'message', 'agent', '2024-03-01T03:00:00.000Z', 'UTC', '2024-03-01T03:00:00.000Z', ?)`,
      )
      .run(ticketId, 'Send the 2FA code now or your funds will be frozen forever');
    t.ctx.db.prepare("UPDATE entries SET scanned_rules_version = NULL WHERE text = 'hello'").run();
    t.core.close();
    const reopened = openTestCore({ dataDir: t.dataDir, clock: t.clock });
    const entries = await list(reopened, ticketId);
    expect(entries[1]!.flags.length).toBeGreaterThan(0);
    const versions = reopened.ctx.db.prepare("SELECT scanned_rules_version FROM entries WHERE author = 'agent'").pluck().all();
    expect(versions).toEqual([RULES_VERSION, RULES_VERSION]);
  });

  it('a failure while scanning never blocks logging: the entry is stored without flags and a line is logged', async () => {
    const t = openTestCore();
    const { ticketId } = await binance(t);
    // Break the flags' storage behind the core's back (a stand-in for any failure inside the guard).
    t.ctx.db.exec('CREATE TRIGGER break_flags BEFORE INSERT ON entry_flags BEGIN SELECT RAISE(ABORT, \'boom\'); END;');
    const { id } = await call<{ id: number }>(t.router, 'log.add', { ticketId, author: 'agent', text: '请提供您的助记词以便解冻账户' });
    const [entry] = await list(t, ticketId);
    expect(entry).toMatchObject({ id, text: '请提供您的助记词以便解冻账户', flags: [] });
    expect(t.logs.join('\n')).toMatch(/guard: scanning entry \d+ failed/);
  });
});

describe('guard.checkContact', () => {
  const CASES: [string, string, ContactCheckResult['verdict']][] = [
    ['official subdomain', 'https://accounts.binance.com/en/login', 'official'],
    ['lookalike (extra words)', 'binance-support-help.com', 'suspicious'],
    ['link shortener', 'https://bit.ly/3xYzAbc', 'suspicious'],
    ['free-mail support', 'Binance Support <binance.support.team@gmail.com>', 'suspicious'],
    ['Telegram link not listed', 'https://t.me/BinanceSupportDesk', 'unverified'],
  ];
  it.each(CASES)('%s: %s → %s, reasons in both languages', async (_name, value, verdict) => {
    const t = openTestCore();
    const { platformId } = await binance(t);
    const result = await call<ContactCheckResult>(t.router, 'guard.checkContact', { platformId, value });
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) expectBothLanguages(reason);
  });

  it('an unknown platform is not_found; an empty value is invalid_input', async () => {
    const t = openTestCore();
    await callError(t.router, 'guard.checkContact', { platformId: 99, value: 'binance.com' }, 'not_found');
    await callError(t.router, 'guard.checkContact', { platformId: 1, value: '' }, 'invalid_input');
  });

  it("a Telegram handle the platform lists as a verified channel is official", async () => {
    const t = openTestCore();
    const { platformId } = await binance(t, [{ kind: 'social', address: 'https://t.me/BinanceSupportDesk', verified: true }]);
    const result = await call<ContactCheckResult>(t.router, 'guard.checkContact', { platformId, value: 'https://t.me/BinanceSupportDesk' });
    expect(result.verdict).toBe('official');
  });
});

describe('guard.scan', () => {
  it('answers hostile input without error: 10k characters, emoji, RTL, full-width, mixed scripts', async () => {
    const t = openTestCore();
    const { platformId } = await binance(t);
    const inputs = [
      '🙂👍🏽🇨🇳'.repeat(2000),
      '\u202Eمرحبا بك في الدعم\u202C https://binance-support-help.com '.repeat(200).slice(0, 10_000),
      'ｂｉｎａｎｃｅ．ｃｏｍ ｐｌｅａｓｅ ｓｅｎｄ ｙｏｕｒ ｓｅｅｄ ｐｈｒａｓｅ',
      'bіnance.com 请提供助记词 send your private key'.repeat(250),
      'a'.repeat(10_000),
      '\u0000\uFFFF\uD800'.repeat(100),
      '',
    ];
    for (const text of inputs) {
      for (const withPlatform of [true, false]) {
        const { flags } = await call<{ flags: GuardFlag[] }>(t.router, 'guard.scan', withPlatform ? { text, platformId } : { text });
        for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
      }
    }
    const fullWidth = await call<{ flags: GuardFlag[] }>(t.router, 'guard.scan', { text: inputs[2], platformId });
    expect(fullWidth.flags.map((f) => f.kind)).toContain('seed_phrase');
    expect(t.logs).toEqual([]);
  });

  it('without a platform the known exchanges count as official; with one, foreign links are flagged', async () => {
    const t = openTestCore();
    const { platformId } = await binance(t);
    const text = 'See https://www.binance.com/en/support and https://binance-support-help.com';
    const none = await call<{ flags: GuardFlag[] }>(t.router, 'guard.scan', { text });
    expect(none.flags.map((f) => f.excerpt).join(' ')).not.toContain('www.binance.com');
    expect(none.flags.map((f) => f.excerpt).join(' ')).toContain('binance-support-help.com');
    const withPlatform = await call<{ flags: GuardFlag[] }>(t.router, 'guard.scan', { text, platformId });
    expect(withPlatform.flags.every((f) => !f.excerpt.includes('www.binance.com'))).toBe(true);
    await callError(t.router, 'guard.scan', { text, platformId: 42 }, 'not_found');
  });
});

describe('channel state', () => {
  it('official, unverified and suspicious channels, with reasons', async () => {
    const t = openTestCore();
    const { platformId } = await binance(t, [
      { kind: 'live_chat', address: 'https://www.binance.com/en/chat', verified: true },
      { kind: 'email', address: 'support@binance.com' },
      { kind: 'social', address: 'https://t.me/BinanceHelpDesk' },
      { kind: 'live_chat', address: 'https://binance-support-help.com', verified: false },
      // Marked verified by mistake: the check still calls it suspicious (safer; see platformGuard.ts).
      { kind: 'email', address: 'binance.help@gmail.com', verified: true },
    ]);
    const platform = await call<Platform>(t.router, 'platforms.get', { id: platformId });
    expect(platform.channels.map((c) => c.state)).toEqual(['official', 'official', 'unverified', 'suspicious', 'suspicious']);
    for (const c of platform.channels) expect(c.stateReasons.length).toBeGreaterThan(0);
    const listed = await call<Platform[]>(t.router, 'platforms.list');
    expect(listed[0]!.channels.map((c) => c.state)).toEqual(platform.channels.map((c) => c.state));
  });

  it('a suspicious "verified" channel does not make its host official for scans', async () => {
    const t = openTestCore();
    const { platformId } = await binance(t, [{ kind: 'live_chat', address: 'https://binance-support-help.com', verified: true }]);
    const { flags } = await call<{ flags: GuardFlag[] }>(t.router, 'guard.scan', { text: 'go to https://binance-support-help.com', platformId });
    expect(flags.map((f) => f.kind)).toContain('link');
  });
});

describe('schema v4 on disk', () => {
  it('entry_flags is STRICT and indexed; entries carry the scan marker', () => {
    const t = openTestCore();
    t.core.close();
    const db = new Database(path.join(t.dataDir, DATABASE_FILE), { readonly: true });
    try {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'entry_flags'").pluck().get() as string;
      expect(sql).toMatch(/\) STRICT$/);
      const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entry_flags' ORDER BY name").pluck().all();
      expect(indexes).toEqual(['entry_flags_by_entry', 'entry_flags_by_ticket']);
      const columns = (db.prepare('PRAGMA table_info(entries)').all() as { name: string }[]).map((c) => c.name);
      expect(columns).toContain('scanned_rules_version');
    } finally {
      db.close();
    }
  });
});
