/**
 * A ticket with 50,000 entries: log.list answers all of them in timeline order with one indexed query on a
 * statement prepared once (no per-entry queries, no re-preparing). Times are printed, not asserted: speed
 * is measured by `npm run bench`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/shared/domain';
import { rescanMissingFlags } from '../../src/main/core/log/entryFlags';
import { call, cleanup, createTicket, openTestCore, T0 } from './helpers';

afterEach(cleanup);

const N = 50_000;

describe('log.list on a long timeline', () => {
  it('lists 50,000 entries in order, with the same shape, preparing nothing on a repeat call', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const insert = t.ctx.db.prepare(
      `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text)
       VALUES (?, 'message', ?, ?, 'live_chat', ?, 'UTC', ?, ?)`,
    );
    const t0 = Date.UTC(2024, 0, 1);
    t.ctx.db.transaction(() => {
      for (let i = 0; i < N; i++) {
        // Logged out of order: every 7th entry is about an earlier moment.
        const at = new Date(t0 + (i % 7 === 0 ? i - 5000 : i) * 60_000).toISOString();
        insert.run(ticketId, i % 2 ? 'agent' : 'me', i % 2 ? 'Lily' : null, at, at, `message ${i} 您好`);
      }
    })();

    await call(t.router, 'log.list', { ticketId }); // warm: statements prepared here
    const prepare = vi.spyOn(t.ctx.db, 'prepare');
    const started = performance.now();
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId });
    const ms = performance.now() - started;
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();

    expect(entries).toHaveLength(N);
    for (let i = 1; i < N; i++) {
      const [a, b] = [entries[i - 1]!, entries[i]!];
      if (a.occurredAt > b.occurredAt || (a.occurredAt === b.occurredAt && a.id > b.id)) throw new Error(`out of order at ${i}`);
    }
    expect(Object.keys(entries[0]!).sort()).toEqual(
      ['agentName', 'author', 'call', 'channel', 'flags', 'id', 'kind', 'occurredAt', 'recordedAt', 'revisedAt', 'revision', 'text', 'ticketId', 'timeZone'].sort(),
    );
    console.info(`log.list: ${N} entries in ${ms.toFixed(0)} ms`);
  });

  it('with 3,000 flagged entries: flags come with one extra query, attached to the right entries', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const insert = t.ctx.db.prepare(
      `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, scanned_rules_version)
       VALUES (?, 'message', ?, ?, 'live_chat', ?, 'UTC', ?, ?, 1)`,
    );
    const flag = t.ctx.db.prepare(
      `INSERT INTO entry_flags (entry_id, ticket_id, kind, rule_id, excerpt, start, "end", reason)
       VALUES (?, ?, 'seed_phrase', 'seed_phrase.request', '提供您的助记词', 1, 8, '{"code":"rule_hit","params":{"ruleId":"seed_phrase.request","kind":"seed_phrase"}}')`,
    );
    const t0 = Date.UTC(2024, 0, 1);
    t.ctx.db.transaction(() => {
      for (let i = 0; i < N; i++) {
        const at = new Date(t0 + i * 60_000).toISOString();
        const { lastInsertRowid } = insert.run(ticketId, i % 2 ? 'agent' : 'me', i % 2 ? 'Lily' : null, at, at, `message ${i} 请提供您的助记词`);
        if (i % 2 === 1 && i % 16 === 1) flag.run(lastInsertRowid, ticketId);
      }
    })();

    await call(t.router, 'log.list', { ticketId }); // warm
    const prepare = vi.spyOn(t.ctx.db, 'prepare');
    const started = performance.now();
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId });
    const ms = performance.now() - started;
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();

    const flagged = entries.filter((e) => e.flags.length > 0);
    expect(flagged).toHaveLength(3125);
    expect(flagged.every((e) => e.author === 'agent' && e.flags[0]!.reason.text.en.length > 0)).toBe(true);
    expect(entries.filter((e) => e.flags.length === 0)).toHaveLength(N - 3125);
    const summary = await call<{ flaggedEntries: number }>(t.router, 'tickets.get', { id: ticketId });
    expect(summary.flaggedEntries).toBe(3125);
    console.info(`log.list: ${N} entries, ${flagged.length} flagged, in ${ms.toFixed(0)} ms`);
  });

  it('the start-up rescan of 4,000 unscanned agent entries', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    const insert = t.ctx.db.prepare(
      `INSERT INTO entries (ticket_id, kind, author, channel, occurred_at, time_zone, recorded_at, text)
       VALUES (?, 'message', 'agent', 'live_chat', ?, 'UTC', ?, ?)`,
    );
    const texts = ['您好，您的提现正在处理中。', 'Please provide your seed phrase to unfreeze the account', 'Thank you for waiting, the team is checking.', '请下载向日葵远程协助'];
    t.ctx.db.transaction(() => {
      for (let i = 0; i < 4000; i++) insert.run(ticketId, T0, T0, `${texts[i % 4]} #${i}`);
    })();
    const started = performance.now();
    const { scanned } = rescanMissingFlags(t.ctx);
    const ms = performance.now() - started;
    expect(scanned).toBe(4000);
    expect(rescanMissingFlags(t.ctx).scanned).toBe(0);
    const entries = await call<Entry[]>(t.router, 'log.list', { ticketId });
    expect(entries.filter((e) => e.flags.length > 0)).toHaveLength(2000);
    console.info(`rescanMissingFlags: 4000 agent entries in ${ms.toFixed(0)} ms`);
  });
});
