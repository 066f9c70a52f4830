import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddedEvidence, AuditEvent, CustodyEvent, Evidence } from '../../src/shared/domain';
import { storeEvidence } from '../../src/main/core/evidence/addEvidence';
import { call, callError, cleanup, count, createTicket, FIXTURE_PNG, listFiles, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);
const PDF = Buffer.from('%PDF-1.4 statement', 'latin1');

async function setup() {
  const t = openTestCore();
  const { ticketId, platformId } = await createTicket(t.router);
  const add = (name: string, bytes: Buffer, ticket = ticketId) =>
    call<AddedEvidence>(t.router, 'evidence.upload', { ticketId: ticket, name }, bytes);
  return { ...t, ticketId, platformId, add };
}

const auditOf = async (t: TestCore, action: string) =>
  (await call<AuditEvent[]>(t.router, 'audit.list')).filter((e) => e.action === action);

describe('evidence.update', () => {
  it('sets the description and tags (trimmed, one per spelling regardless of case), and records the change', async () => {
    const t = await setup();
    const item = await t.add('shot.png', PNG);
    t.clock.advance(60_000);
    const updated = await call<Evidence>(t.router, 'evidence.update', {
      id: item.id,
      description: '客服承诺 48 小时内到账',
      tags: ['  withdrawal ', 'KYC', 'kyc', '提现', 'two   words', '提现'],
    });
    expect(updated).toMatchObject({ description: '客服承诺 48 小时内到账', tags: ['withdrawal', 'KYC', '提现', 'two words'] });
    expect(await call(t.router, 'evidence.get', { id: item.id })).toEqual(updated);
    const [event] = await auditOf(t, 'evidence.updated');
    expect(event).toMatchObject({
      ticketId: t.ticketId,
      subject: `evidence:${item.id}`,
      at: t.clock.iso(),
      detail: { changes: { description: '客服承诺 48 小时内到账', tags: ['withdrawal', 'KYC', '提现', 'two words'] } },
    });
    // The file and what was read from it do not change.
    const { description: _d, tags: _t, ...rest } = updated;
    const { description: _d0, tags: _t0, duplicate: _dup, ...restBefore } = item;
    expect(rest).toEqual(restBefore);
  });

  it('null clears the description; an update that changes nothing records nothing', async () => {
    const t = await setup();
    const item = await t.add('shot.png', PNG);
    await call(t.router, 'evidence.update', { id: item.id, description: 'x', tags: ['a'] });
    expect(await call(t.router, 'evidence.update', { id: item.id, description: null })).toMatchObject({ description: null, tags: ['a'] });
    const before = t.ctx.audit.list().length;
    await call(t.router, 'evidence.update', { id: item.id, description: null, tags: ['A'] }); // same tag, other case
    await call(t.router, 'evidence.update', { id: item.id });
    expect(t.ctx.audit.list().length).toBe(before + 1);
    expect((await call<Evidence>(t.router, 'evidence.get', { id: item.id })).tags).toEqual(['A']);
  });

  it('ties the item to an entry of its own ticket, unties it with null, refuses another ticket’s entry', async () => {
    const t = await setup();
    const { ticketId: other } = await createTicket(t.router, { platformId: t.platformId });
    const item = await t.add('shot.png', PNG);
    const { id: entryId } = await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', text: '请提供截图' });
    const { id: foreignEntry } = await call(t.router, 'log.add', { ticketId: other, author: 'me', text: 'other' });
    expect(await call(t.router, 'evidence.update', { id: item.id, entryId })).toMatchObject({ entryId });
    const error = await callError(t.router, 'evidence.update', { id: item.id, entryId: foreignEntry }, 'invalid_input');
    expect(error.field).toBe('entryId');
    await callError(t.router, 'evidence.update', { id: item.id, entryId: 9999 }, 'not_found');
    expect(await call(t.router, 'evidence.get', { id: item.id })).toMatchObject({ entryId });
    expect(await call(t.router, 'evidence.update', { id: item.id, entryId: null })).toMatchObject({ entryId: null });
    expect((await auditOf(t, 'evidence.updated')).map((e) => e.detail.changes)).toEqual([{ entryId }, { entryId: null }]);
  });

  it('refuses unknown items, empty tags and too many tags', async () => {
    const t = await setup();
    const item = await t.add('shot.png', PNG);
    await callError(t.router, 'evidence.update', { id: 999, description: 'x' }, 'not_found');
    expect((await callError(t.router, 'evidence.update', { id: item.id, tags: ['  '] }, 'invalid_input')).field).toBe('tags.0');
    await callError(t.router, 'evidence.update', { id: item.id, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'invalid_input');
  });
});

describe('evidence.delete', () => {
  it('removes the item and its vault file, and the audit trail keeps what existed', async () => {
    const t = await setup();
    const item = await t.add('银行流水.pdf', PDF);
    const file = t.ctx.vault.pathOf(item.sha256);
    t.clock.advance(3_600_000);
    expect(await call(t.router, 'evidence.delete', { id: item.id })).toEqual({ removedFile: true });
    expect(fs.existsSync(file)).toBe(false);
    await callError(t.router, 'evidence.get', { id: item.id }, 'not_found');
    expect(await call(t.router, 'evidence.list', { ticketId: t.ticketId })).toEqual([]);
    const [removed] = await auditOf(t, 'evidence.removed');
    expect(removed).toMatchObject({
      at: t.clock.iso(),
      ticketId: t.ticketId,
      subject: `evidence:${item.id}`,
      detail: { name: '银行流水.pdf', sha256: item.sha256, size: PDF.length, ticketId: t.ticketId, addedAt: item.addedAt, removedAt: t.clock.iso() },
    });
    expect(t.ctx.audit.firstBrokenEvent()).toBeNull();
    await callError(t.router, 'evidence.delete', { id: item.id }, 'not_found');
  });

  it('keeps the file while another item (on another ticket) uses the same bytes', async () => {
    const t = await setup();
    const { ticketId: other } = await createTicket(t.router, { platformId: t.platformId });
    const a = await t.add('a.png', PNG);
    const b = await t.add('b.png', PNG, other);
    await call(t.router, 'evidence.thumbnail', { id: a.id });
    const thumb = path.join(t.dataDir, 'thumbnails', `${a.sha256}.webp`);
    expect(await call(t.router, 'evidence.delete', { id: a.id })).toEqual({ removedFile: false });
    expect(fs.readFileSync(t.ctx.vault.pathOf(b.sha256)).equals(PNG)).toBe(true);
    expect(fs.existsSync(thumb)).toBe(true);
    expect(await call(t.router, 'evidence.delete', { id: b.id })).toEqual({ removedFile: true });
    expect(listFiles(path.join(t.dataDir, 'evidence')).filter((f) => !f.startsWith('.incoming'))).toEqual([]);
    expect(fs.existsSync(thumb)).toBe(false);
  });

  it('custody of a removed item stays readable, ends in "removed", and its id is never given to a new item', async () => {
    const t = await setup();
    const first = await t.add('a.png', PNG);
    const last = await t.add('b.pdf', PDF);
    t.clock.advance(1000);
    await call(t.router, 'evidence.delete', { id: last.id });
    const custody = await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: last.id });
    expect(custody.map((e) => [e.event, e.sha256])).toEqual([
      ['added', last.sha256],
      ['removed', last.sha256],
    ]);
    // SQLite would reuse the highest rowid once its row is gone; the vault must not.
    const next = await t.add('c.pdf', Buffer.from('%PDF-1.4 another'));
    expect(next.id).toBeGreaterThan(last.id);
    expect((await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: next.id })).map((e) => e.event)).toEqual(['added']);
    expect(first.id).toBeLessThan(last.id);
    await callError(t.router, 'evidence.custody', { id: 999 }, 'not_found');
  });

  it('never removes a file an add in progress is about to name (the same bytes, added while deleting)', async () => {
    const t = await setup();
    const { ticketId: other } = await createTicket(t.router, { platformId: t.platformId });
    const old = await t.add('old.pdf', PDF);
    let deleted: unknown;
    // The second add has stored its bytes (found the existing file) and not yet written its row when the delete runs.
    const added = await storeEvidence(t.ctx, { ticketId: other, name: 'again.pdf', via: 'upload' }, [PDF] as unknown as AsyncIterable<Uint8Array>, {
      verifySource: async () => {
        deleted = await call(t.router, 'evidence.delete', { id: old.id });
      },
    });
    expect(deleted).toEqual({ removedFile: false });
    expect(fs.readFileSync(t.ctx.vault.pathOf(added.sha256)).equals(PDF)).toBe(true);
    // Once the add is committed the hold is gone: deleting it removes the file.
    expect(await call(t.router, 'evidence.delete', { id: added.id })).toEqual({ removedFile: true });
  });

  it('the delete is one transaction: if the audit event cannot be written, the item and file stay', async () => {
    const t = await setup();
    const item = await t.add('a.pdf', PDF);
    t.ctx.db.exec("CREATE TRIGGER test_fail BEFORE INSERT ON audit_events WHEN NEW.action = 'evidence.removed' BEGIN SELECT RAISE(ABORT, 'simulated'); END");
    await callError(t.router, 'evidence.delete', { id: item.id }, 'internal');
    expect(await call(t.router, 'evidence.get', { id: item.id })).toMatchObject({ id: item.id });
    expect(fs.existsSync(t.ctx.vault.pathOf(item.sha256))).toBe(true);
    expect(count(t.ctx, 'evidence_custody')).toBe(1);
  });
});
