/**
 * Schema v3 (conversation log): upgrading a real v2 store keeps every row, and what was written before the
 * upgrade is searchable right after it (the migration builds the indexes from the existing rows).
 */
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations, SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { openDatabase, schemaVersion } from '../../src/main/core/db/openDatabase';
import { DATABASE_FILE } from '../../src/main/core/openCore';
import type { Entry, SearchResult } from '../../src/shared/domain';
import { call, cleanup, count, makeTempDir, openTestCore } from './helpers';

afterEach(cleanup);

const T = '2024-01-02T00:00:00.000Z';

/** A data folder as Casefile v2 left it: a ticket with references, a transaction, entries (one edited) and evidence. */
function v2DataDir(): string {
  const dataDir = path.join(makeTempDir(), 'data');
  fs.mkdirSync(dataDir);
  const db = openDatabase(path.join(dataDir, DATABASE_FILE), { migrations: migrations.slice(0, 2) });
  expect(schemaVersion(db)).toBe(2);
  db.exec(`
    INSERT INTO platforms (name, created_at) VALUES ('Binance', '${T}');
    INSERT INTO tickets (platform_id, title, category, status, platform_refs, opened_at, summary, created_at, updated_at)
      VALUES (1, '提现未到账', 'withdrawal_delayed', 'open', '["CS-2024-0301-77"]', '${T}', 'Withdrawal pending since March', '${T}', '${T}');
    INSERT INTO transactions (ticket_id, asset, amount, txid, created_at)
      VALUES (1, 'USDT', '2500', '0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b', '${T}');
    INSERT INTO entries (ticket_id, kind, author, agent_name, occurred_at, time_zone, recorded_at, text)
      VALUES (1, 'message', 'agent', '客服 Anna', '2024-01-02T01:00:00.000Z', 'Asia/Shanghai', '${T}', '您的账户已被冻结'),
             (1, 'message', 'me', NULL, '2024-01-02T02:00:00.000Z', 'UTC', '${T}', 'Please ESCALATE this');
    INSERT INTO evidence (ticket_id, entry_id, sha256, original_name, size, mime_type, extension_mismatch, captured_at, captured_at_source, description, tags, added_at)
      VALUES (1, 1, '${'a'.repeat(64)}', 'shot.png', 1234, 'image/png', 0, '${T}', 'file_time', '冻结通知截图', '["KYC"]', '${T}');
  `);
  db.close();
  return dataDir;
}

const find = async (t: ReturnType<typeof openTestCore>, query: string) =>
  (await call<{ results: SearchResult[] }>(t.router, 'search', { query })).results.map((r) => [r.kind, r.entryId ?? r.evidenceId ?? r.ticketId]);

describe('migration v3: conversation log', () => {
  it('keeps v2 data and makes it searchable at once: entries, agent names, tickets, references, txids, evidence', async () => {
    const t = openTestCore({ dataDir: v2DataDir() });
    expect(schemaVersion(t.ctx.db)).toBe(SCHEMA_VERSION);
    expect(count(t.ctx, 'entries')).toBe(2);
    expect((await call<Entry[]>(t.router, 'log.list', { ticketId: 1 })).map((e) => e.text)).toEqual(['您的账户已被冻结', 'Please ESCALATE this']);
    expect(t.ctx.db.prepare('SELECT import_key, source FROM entries').all()).toEqual([
      { import_key: null, source: null },
      { import_key: null, source: null },
    ]);

    expect(await find(t, '账户已被')).toEqual([['entry', 1]]);
    expect(await find(t, '冻结')).toEqual([
      ['entry', 1],
      ['evidence', 1],
    ]);
    expect(await find(t, 'escalate')).toEqual([['entry', 2]]);
    expect(await find(t, 'anna')).toEqual([['entry', 1]]);
    expect(await find(t, '0301-77')).toEqual([['ticket', 1]]);
    expect(await find(t, 'march')).toEqual([['ticket', 1]]);
    expect(await find(t, '9b7e1d')).toEqual([['ticket', 1]]);
    expect(await find(t, 'kyc')).toEqual([['evidence', 1]]);
  });

  it('an entry written before the upgrade, edited after it, is found by its new text only', async () => {
    const t = openTestCore({ dataDir: v2DataDir() });
    await call(t.router, 'log.edit', { id: 2, text: 'Please forward to compliance' });
    expect(await find(t, 'escalate')).toEqual([]);
    expect(await find(t, 'compliance')).toEqual([['entry', 2]]);
    // The index agrees with its content table (FTS5's own consistency check).
    for (const table of ['search_entries', 'search_tickets', 'search_transactions', 'search_evidence']) {
      expect(() => t.ctx.db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
    }
  });

  it('an import key is unique per ticket; typed entries (no key) are not limited', () => {
    const t = openTestCore({ dataDir: v2DataDir() });
    const insert = t.ctx.db.prepare(
      `INSERT INTO entries (ticket_id, kind, author, occurred_at, time_zone, recorded_at, text, import_key, source)
       VALUES (1, 'message', 'me', '${T}', 'UTC', '${T}', 'x', ?, ?)`,
    );
    insert.run('whatsapp:abc', 'import:whatsapp');
    expect(() => insert.run('whatsapp:abc', 'import:whatsapp')).toThrow(/UNIQUE constraint failed/);
    insert.run(null, 'typed');
    insert.run(null, 'typed');
    expect(() => insert.run(null, 'pasted')).toThrow(/CHECK constraint failed/);
    const strict = t.ctx.db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'platform_import_prefs'").pluck().get();
    expect(strict).toBe(1);
  });

  it('an empty v2 store upgrades with empty indexes', () => {
    const file = path.join(makeTempDir(), 'x.sqlite');
    openDatabase(file, { migrations: migrations.slice(0, 2) }).close();
    const db = openDatabase(file);
    expect(db.prepare("SELECT count(*) FROM search_entries WHERE search_entries MATCH '\"abc\"'").pluck().get()).toBe(0);
    db.close();
  });
});
