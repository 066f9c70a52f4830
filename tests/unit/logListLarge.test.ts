/**
 * A ticket with 50,000 entries: log.list answers all of them in timeline order with one indexed query on a
 * statement prepared once (no per-entry queries, no re-preparing). Times are printed, not asserted: speed
 * is measured by `npm run bench`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/shared/domain';
import { call, cleanup, createTicket, openTestCore } from './helpers';

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
      ['agentName', 'author', 'call', 'channel', 'id', 'kind', 'occurredAt', 'recordedAt', 'revisedAt', 'revision', 'text', 'ticketId', 'timeZone'].sort(),
    );
    console.info(`log.list: ${N} entries in ${ms.toFixed(0)} ms`);
  });
});
