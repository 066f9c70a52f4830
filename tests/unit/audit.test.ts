import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../src/main/core/audit/auditTrail';
import type { AuditEvent } from '../../src/shared/domain';
import { call, callError, cleanup, count, FIXTURE_PNG, openTestCore } from './helpers';

afterEach(cleanup);

/** A ticket with one of every kind of change on it. */
async function busyStore() {
  const t = openTestCore();
  const { router, clock } = t;
  const platformId = (await call(router, 'platforms.create', { name: 'OKX', channels: [{ kind: 'email', address: 'support@okx.com' }] })).id;
  clock.advance(1000);
  await call(router, 'channels.add', { platformId, kind: 'live_chat', address: 'https://okx.com/support' });
  const ticketId = (await call(router, 'tickets.create', { platformId, title: '冻结', transactions: [{ asset: 'BTC', amount: '0.5' }] })).id;
  clock.advance(1000);
  await call(router, 'transactions.add', { ticketId, asset: 'BTC', amount: '0.25' });
  const entryId = (await call(router, 'log.add', { ticketId, author: 'me', text: '请解冻' })).id;
  clock.advance(1000);
  await call(router, 'log.edit', { id: entryId, text: '请尽快解冻账户' });
  await call(router, 'tickets.update', { id: ticketId, status: 'escalated' });
  await call(router, 'evidence.upload', { ticketId, name: 'shot.png' }, fs.readFileSync(FIXTURE_PNG));
  return { ...t, platformId, ticketId, entryId };
}

describe('the audit trail', () => {
  it('records every change, in order, with its time', async () => {
    const { router, ticketId, platformId, entryId } = await busyStore();
    const all = await call<AuditEvent[]>(router, 'audit.list');
    expect(all.map((e) => [e.action, e.subject])).toEqual([
      ['platform.created', `platform:${platformId}`],
      ['channel.added', expect.stringMatching(/^channel:\d+$/)],
      ['channel.added', expect.stringMatching(/^channel:\d+$/)],
      ['ticket.created', `ticket:${ticketId}`],
      ['transaction.added', expect.stringMatching(/^transaction:\d+$/)],
      ['transaction.added', expect.stringMatching(/^transaction:\d+$/)],
      ['entry.added', `entry:${entryId}`],
      ['entry.edited', `entry:${entryId}`],
      ['ticket.updated', `ticket:${ticketId}`],
      ['evidence.added', expect.stringMatching(/^evidence:\d+$/)],
    ]);
    expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort());
    expect(all.find((e) => e.action === 'entry.edited')!.detail).toMatchObject({ revision: 2 });

    const forTicket = await call<AuditEvent[]>(router, 'audit.list', { ticketId });
    expect(forTicket.map((e) => e.action)).toEqual([
      'ticket.created',
      'transaction.added',
      'transaction.added',
      'entry.added',
      'entry.edited',
      'ticket.updated',
      'evidence.added',
    ]);
    await callError(router, 'audit.list', { ticketId: 999 }, 'not_found');
  });

  it('chains each event to the one before; an intact chain has no broken event', async () => {
    const { router, ctx } = await busyStore();
    const rows = ctx.db.prepare('SELECT id, prev_hash, hash FROM audit_events ORDER BY id').all() as {
      id: number;
      prev_hash: string;
      hash: string;
    }[];
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(ctx.audit.firstBrokenEvent()).toBeNull();
    expect(ctx.audit.fingerprint()).toBe(rows.at(-1)!.hash);

    const before = ctx.audit.fingerprint();
    await call(router, 'log.add', { ticketId: 1, author: 'agent', text: 'new' });
    expect(ctx.audit.fingerprint()).not.toBe(before);
    expect(ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('an empty trail has the genesis fingerprint', () => {
    const { ctx } = openTestCore();
    expect(ctx.audit.fingerprint()).toBe(GENESIS_HASH);
    expect(ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('the database refuses to change or delete audit events', async () => {
    const { ctx } = await busyStore();
    expect(() => ctx.db.prepare("UPDATE audit_events SET detail = '{}'").run()).toThrow(/audit trail cannot be changed/);
    expect(() => ctx.db.prepare('DELETE FROM audit_events').run()).toThrow(/audit trail cannot be changed/);
  });

  it('detects an altered event, even when its own hash is left alone', async () => {
    const { ctx } = await busyStore();
    const target = ctx.db.prepare("SELECT id FROM audit_events WHERE action = 'transaction.added' ORDER BY id DESC LIMIT 1").pluck().get() as number;
    ctx.db.exec('DROP TRIGGER audit_append_only_update');
    ctx.db.prepare(`UPDATE audit_events SET detail = json_set(detail, '$.amount', '250') WHERE id = ?`).run(target);
    expect(ctx.audit.firstBrokenEvent()).toBe(target);
  });

  it('detects a removed event', async () => {
    const { ctx } = await busyStore();
    const ids = ctx.db.prepare('SELECT id FROM audit_events ORDER BY id').pluck().all() as number[];
    ctx.db.exec('DROP TRIGGER audit_append_only_delete');
    ctx.db.prepare('DELETE FROM audit_events WHERE id = ?').run(ids[3]);
    expect(ctx.audit.firstBrokenEvent()).toBe(ids[4]);
  });

  it('a change that fails leaves no audit event behind', async () => {
    const { router, ctx, ticketId } = await busyStore();
    const before = count(ctx, 'audit_events');
    ctx.db.exec("CREATE TRIGGER test_fail AFTER UPDATE ON tickets BEGIN SELECT RAISE(ABORT, 'simulated'); END");
    await callError(router, 'log.add', { ticketId, author: 'me', text: 'x' }, 'internal');
    expect(count(ctx, 'audit_events')).toBe(before);
    expect(count(ctx, 'entries')).toBe(1);
    expect(ctx.audit.firstBrokenEvent()).toBeNull();
  });
});
