import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../src/main/core/db/openDatabase';
import { migrations, SCHEMA_VERSION, type Migration } from '../../src/main/core/db/migrations';
import { NewerDatabaseError } from '../../src/main/core/errors';
import { DATABASE_FILE, openCore } from '../../src/main/core/openCore';
import { cleanup, makeTempDir } from './helpers';

afterEach(cleanup);

const opened: Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function open(file: string, options?: Parameters<typeof openDatabase>[1]): Database {
  const db = openDatabase(file, options);
  opened.push(db);
  return db;
}

function tempDb(): string {
  return path.join(makeTempDir(), 'test.sqlite');
}

/** Ordinary and virtual (FTS5) tables; not the shadow tables FTS5 keeps its index in. */
function tableNames(db: Database): string[] {
  return db
    .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
}

describe('opening a fresh store', () => {
  it('migrates to the current schema version', () => {
    const db = open(tempDb());
    expect(SCHEMA_VERSION).toBe(migrations.length);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(
      [
        'audit_events',
        'channels',
        'entries',
        'entry_flags',
        'entry_revisions',
        'escalations',
        'evidence',
        'evidence_custody',
        'letter_templates',
        'platform_import_prefs',
        'platforms',
        'playbook_dismissals',
        'reminders',
        'search_entries',
        'search_evidence',
        'search_tickets',
        'search_transactions',
        'settings',
        'ticket_ratings',
        'ticket_status_changes',
        'tickets',
        'transactions',
        'user_venues',
      ].sort(),
    );
  });

  it('sets the durable pragmas: WAL, foreign keys on, synchronous FULL', () => {
    const db = open(tempDb());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('makes every table STRICT', () => {
    const db = open(tempDb());
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const table of tables) expect(table, table.name).toEqual({ name: table.name, strict: 1 });
    // And STRICT really bites: text in an INTEGER column is refused.
    expect(() =>
      db
        .prepare("INSERT INTO audit_events (at, action, ticket_id, subject, detail, prev_hash, hash) VALUES ('a', 'b', 'not a number', 's', '{}', 'p', 'h')")
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column audit_events.ticket_id/);
  });

  it('refuses rows that point at nothing (foreign keys are enforced)', () => {
    const db = open(tempDb());
    expect(() =>
      db
        .prepare("INSERT INTO tickets (platform_id, title, category, status, opened_at, created_at, updated_at) VALUES (999, 't', 'other', 'open', 'a', 'a', 'a')")
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });
});

describe('re-opening', () => {
  it('runs no migration twice', () => {
    const file = tempDb();
    let runs = 0;
    const counted: Migration[] = [
      (db) => {
        runs++;
        db.exec('CREATE TABLE a (x INTEGER) STRICT');
      },
    ];
    open(file, { migrations: counted }).close();
    open(file, { migrations: counted }).close();
    open(file, { migrations: counted }).close();
    expect(runs).toBe(1);
  });

  it('re-opens the real schema without error and keeps the data', () => {
    const file = tempDb();
    const first = open(file);
    first.prepare("INSERT INTO platforms (name, created_at) VALUES ('OKX', '2024-01-01T00:00:00.000Z')").run();
    first.close();
    const second = open(file);
    expect(schemaVersion(second)).toBe(SCHEMA_VERSION);
    expect(second.prepare('SELECT name FROM platforms').pluck().all()).toEqual(['OKX']);
  });
});

describe('upgrading', () => {
  it('runs the pending migrations of an older store, then records the new version', () => {
    const file = tempDb();
    const v1: Migration = (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT');
    const v2: Migration = (db) => db.exec('CREATE TABLE b (x INTEGER) STRICT');
    const v3: Migration = (db) => db.exec('ALTER TABLE b ADD COLUMN y TEXT');
    open(file, { migrations: [v1] }).close();
    const db = open(file, { migrations: [v1, v2, v3] });
    expect(schemaVersion(db)).toBe(3);
    expect(tableNames(db)).toEqual(['a', 'b']);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('b')).toEqual(['x', 'y']);
  });

  it('an empty store (version 0) is upgraded by the real migrations', () => {
    const file = tempDb();
    open(file, { migrations: migrations.slice(0, 0) }).close();
    const raw = new BetterSqlite3(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    raw.close();
    expect(schemaVersion(open(file))).toBe(SCHEMA_VERSION);
  });

  it('runs all pending migrations in one transaction: a failure leaves the old version and no half schema', () => {
    const file = tempDb();
    const v1: Migration = (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT');
    const v2: Migration = (db) => db.exec('CREATE TABLE b (x INTEGER) STRICT');
    const v3: Migration = () => {
      throw new Error('migration 3 failed');
    };
    open(file, { migrations: [v1] }).close();

    expect(() => open(file, { migrations: [v1, v2, v3] })).toThrow('migration 3 failed');

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(raw)).toEqual(['a']);
    raw.close();
    // Once the faulty migration is fixed the upgrade goes through.
    const db = open(file, { migrations: [v1, v2] });
    expect(schemaVersion(db)).toBe(2);
    expect(tableNames(db)).toEqual(['a', 'b']);
  });
});

describe('a store written by a newer Casefile', () => {
  function expectRefusedUntouched(file: string): void {
    const before = fs.readFileSync(file);
    const siblingsBefore = fs.readdirSync(path.dirname(file)).sort();
    let error: unknown;
    try {
      open(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect(error).toMatchObject({ found: SCHEMA_VERSION + 5, supported: SCHEMA_VERSION });
    expect((error as Error).message).toMatch(/newer version of Casefile/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(siblingsBefore);
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    raw.close();
  }

  it('is refused with NewerDatabaseError and left unchanged (WAL store)', () => {
    const file = tempDb();
    const db = open(file);
    db.prepare("INSERT INTO platforms (name, created_at) VALUES ('Kraken', 'x')").run();
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    expectRefusedUntouched(file);
  });

  it('is refused with NewerDatabaseError and left unchanged (rollback-journal store)', () => {
    const file = tempDb();
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE future (x INTEGER) STRICT');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expectRefusedUntouched(file);
  });

  it('is refused by openCore too, so no shell starts on it', () => {
    const dataDir = makeTempDir();
    const raw = new BetterSqlite3(path.join(dataDir, DATABASE_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openCore({ dataDir, appVersion: '0.0.0-test', shell: 'web' })).toThrow(NewerDatabaseError);
  });
});

describe('query plans', () => {
  it('the timeline query reads the entries_timeline index and needs no sort', () => {
    const db = open(tempDb());
    const plan = (
      db.prepare('EXPLAIN QUERY PLAN SELECT * FROM entries WHERE ticket_id = ? ORDER BY occurred_at, id').all(1) as {
        detail: string;
      }[]
    )
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('USING INDEX entries_timeline');
    expect(plan).not.toContain('USE TEMP B-TREE');
  });

  it('the evidence list and the audit list of a ticket use their indexes', () => {
    const db = open(tempDb());
    const planOf = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join('\n');
    const evidence = planOf('SELECT * FROM evidence WHERE ticket_id = ? ORDER BY added_at, id');
    expect(evidence).toContain('USING INDEX evidence_by_ticket');
    expect(evidence).not.toContain('USE TEMP B-TREE');
    const audit = planOf('SELECT * FROM audit_events WHERE ticket_id = ? ORDER BY id');
    expect(audit).toContain('USING INDEX audit_by_ticket');
    expect(audit).not.toContain('USE TEMP B-TREE');
    // log.list's one extra query: a ticket's guard flags, grouped by entry, without a sort.
    const flags = planOf('SELECT entry_id, kind, rule_id, excerpt, start, "end", reason FROM entry_flags WHERE ticket_id = ? ORDER BY entry_id, id');
    expect(flags).toContain('USING INDEX entry_flags_by_ticket');
    expect(flags).not.toContain('USE TEMP B-TREE');
  });
});
