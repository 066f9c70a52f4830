/**
 * Schema v2 (evidence vault): upgrading a real v1 store that already holds evidence keeps every row,
 * adds the new columns with their defaults, and gives every existing item its 'added' custody event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations, SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { openDatabase, schemaVersion } from '../../src/main/core/db/openDatabase';
import { DATABASE_FILE } from '../../src/main/core/openCore';
import type { CustodyEvent, Evidence } from '../../src/shared/domain';
import { call, callError, cleanup, count, FIXTURE_PNG, makeTempDir, openTestCore } from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);

/** A data folder as Casefile v1 left it: a ticket with two evidence items (one added by paste) and their audit events. */
async function v1DataDir(): Promise<string> {
  const dataDir = path.join(makeTempDir(), 'data');
  fs.mkdirSync(dataDir);
  const db = openDatabase(path.join(dataDir, DATABASE_FILE), { migrations: migrations.slice(0, 1) });
  expect(schemaVersion(db)).toBe(1);
  db.exec(`
    INSERT INTO platforms (name, created_at) VALUES ('Binance', '2024-01-01T00:00:00.000Z');
    INSERT INTO tickets (platform_id, title, category, status, opened_at, created_at, updated_at)
      VALUES (1, '提现未到账', 'withdrawal_delayed', 'open', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
    INSERT INTO entries (ticket_id, kind, author, occurred_at, time_zone, recorded_at, text)
      VALUES (1, 'message', 'agent', '2024-01-02T00:00:00.000Z', 'Asia/Shanghai', '2024-01-02T00:00:00.000Z', '请稍候');
    INSERT INTO evidence (ticket_id, entry_id, sha256, original_name, size, mime_type, extension_mismatch, captured_at, captured_at_source, description, added_at)
      VALUES (1, 1, '${'a'.repeat(64)}', 'shot.png', 1234, 'image/png', 0, '2024-01-02T00:00:00.000Z', 'file_time', '聊天截图', '2024-01-02T01:00:00.000Z'),
             (1, NULL, '${'b'.repeat(64)}', 'mail.eml', 99, 'message/rfc822', 0, '2024-01-03T00:00:00.000Z', 'added', NULL, '2024-01-03T00:00:00.000Z');
    INSERT INTO audit_events (at, action, ticket_id, subject, detail, prev_hash, hash)
      VALUES ('2024-01-02T01:00:00.000Z', 'evidence.added', 1, 'evidence:1', '{"sha256":"${'a'.repeat(64)}","via":"paste"}', '${'0'.repeat(64)}', '${'1'.repeat(64)}');
  `);
  db.close();
  return dataDir;
}

describe('migration v2: evidence vault', () => {
  it('keeps v1 evidence, adds tags/size with defaults, and backfills an "added" custody event per item', async () => {
    const dataDir = await v1DataDir();
    const t = openTestCore({ dataDir });
    expect(schemaVersion(t.ctx.db)).toBe(SCHEMA_VERSION);

    const items = await call<Evidence[]>(t.router, 'evidence.list', { ticketId: 1 });
    expect(items).toEqual([
      expect.objectContaining({ id: 1, entryId: 1, originalName: 'shot.png', size: 1234, description: '聊天截图', capturedAtSource: 'file_time', tags: [], width: null, height: null, hasThumbnail: true }),
      expect.objectContaining({ id: 2, originalName: 'mail.eml', tags: [], width: null, height: null, hasThumbnail: false }),
    ]);
    // The path comes from the v1 audit event when it named one, else "upload" (the only v1 path).
    expect(await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: 1 })).toEqual([
      { at: '2024-01-02T01:00:00.000Z', event: 'added', via: 'paste', sha256: 'a'.repeat(64) },
    ]);
    expect(await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: 2 })).toEqual([
      { at: '2024-01-03T00:00:00.000Z', event: 'added', via: 'upload', sha256: 'b'.repeat(64) },
    ]);
    const detail = t.ctx.db.prepare('SELECT detail FROM evidence_custody ORDER BY id').pluck().all();
    expect(detail).toEqual(['{"backfilled":"schema v2"}', '{"backfilled":"schema v2"}']);
    // The other v1 data is untouched.
    expect(count(t.ctx, 'entries')).toBe(1);
    expect(count(t.ctx, 'audit_events')).toBe(1);
    expect(await call(t.router, 'settings.get')).toEqual({ evidenceMaxBytes: t.ctx.evidenceMaxBytes });
  });

  it('after the upgrade, new items get fresh ids and their own events, and old items can be tagged', async () => {
    const t = openTestCore({ dataDir: await v1DataDir() });
    const added = await call<Evidence>(t.router, 'evidence.upload', { ticketId: 1, name: 'new.png' }, PNG);
    expect(added.id).toBe(3);
    expect(added).toMatchObject({ width: 320, height: 200 });
    expect((await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: 3 })).map((e) => e.via)).toEqual(['upload']);
    expect(await call(t.router, 'evidence.update', { id: 1, tags: ['客服'] })).toMatchObject({ tags: ['客服'] });
    await callError(t.router, 'evidence.custody', { id: 4 }, 'not_found');
  });

  it('an empty v1 store upgrades with no custody rows; the new tables are STRICT', () => {
    const file = path.join(makeTempDir(), 'x.sqlite');
    openDatabase(file, { migrations: migrations.slice(0, 1) }).close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM evidence_custody').pluck().get()).toBe(0);
    const strict = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('evidence_custody', 'settings') ORDER BY name")
      .all();
    expect(strict).toEqual([
      { name: 'evidence_custody', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    db.close();
  });
});

describe('query plans (v2)', () => {
  it('an item’s custody is read through its index, in order, without a sort', () => {
    const db = openDatabase(path.join(makeTempDir(), 'p.sqlite'));
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT at, event, via, sha256 FROM evidence_custody WHERE evidence_id = ? ORDER BY id').all(1) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toContain('USING INDEX evidence_custody_by_item');
    expect(plan).not.toContain('USE TEMP B-TREE');
    db.close();
  });
});
