import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/shared/limits';
import type { AuditEvent, Ticket, TicketSummary } from '../../src/shared/domain';
import { call, callError, cleanup, createPlatform, createTicket, openTestCore } from './helpers';

afterEach(cleanup);

describe('tickets', () => {
  it('creates a ticket with defaults and reads it back', async () => {
    const { router, clock } = openTestCore();
    const platformId = await createPlatform(router, '火币 HTX');
    const { id } = await call(router, 'tickets.create', { platformId, title: 'USDT 提现未到账' });
    const ticket = await call<Ticket>(router, 'tickets.get', { id });
    expect(ticket).toMatchObject({
      id,
      platformId,
      platformName: '火币 HTX',
      title: 'USDT 提现未到账',
      category: 'other',
      status: 'open',
      openedAt: clock.iso(),
      createdAt: clock.iso(),
      updatedAt: clock.iso(),
      platformRefs: [],
      desiredOutcome: null,
      summary: null,
      entryCount: 0,
      lastEntryAt: null,
      amounts: [],
      transactions: [],
    });
  });

  it('keeps every given field, with the opening time in UTC', async () => {
    const { router } = openTestCore();
    const platformId = await createPlatform(router);
    const { id } = await call(router, 'tickets.create', {
      platformId,
      title: '  Withdrawal delayed  ',
      category: 'withdrawal_delayed',
      status: 'waiting_platform',
      platformRefs: ['CASE-123', '工单 456'],
      openedAt: '2024-03-01T10:15:00+08:00',
      desiredOutcome: 'Release my 1,250 USDT',
      summary: '3 月 1 日提现，至今未到账。',
      transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: 'abc123', occurredAt: '2024-03-01T09:00:00+08:00' }],
    });
    const ticket = await call<Ticket>(router, 'tickets.get', { id });
    expect(ticket).toMatchObject({
      title: 'Withdrawal delayed',
      category: 'withdrawal_delayed',
      status: 'waiting_platform',
      platformRefs: ['CASE-123', '工单 456'],
      openedAt: '2024-03-01T02:15:00.000Z',
      desiredOutcome: 'Release my 1,250 USDT',
      summary: '3 月 1 日提现，至今未到账。',
      amounts: [{ asset: 'USDT', amount: '1250.5' }],
    });
    expect(ticket.transactions).toEqual([
      expect.objectContaining({ asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: 'abc123', occurredAt: '2024-03-01T01:00:00.000Z' }),
    ]);
  });

  it('sums amounts per asset exactly, never through floating point', async () => {
    const { router } = openTestCore();
    const { ticketId } = await createTicket(router, {
      transactions: [
        { asset: 'BTC', amount: '0.1' },
        { asset: 'BTC', amount: '0.2' },
        { asset: 'ETH', amount: '123456789.123456789012345678' },
      ],
    });
    await call(router, 'transactions.add', { ticketId, asset: 'ETH', amount: '0.000000000000000001' });
    await call(router, 'transactions.add', { ticketId, asset: 'USDT', amount: '0010' });
    const expected = [
      { asset: 'BTC', amount: '0.3' },
      { asset: 'ETH', amount: '123456789.123456789012345679' },
      { asset: 'USDT', amount: '10' },
    ];
    const [summary] = await call<TicketSummary[]>(router, 'tickets.list');
    expect(summary!.amounts).toEqual(expected);
    expect((await call<Ticket>(router, 'tickets.get', { id: ticketId })).amounts).toEqual(expected);
  });

  it('lists tickets with the most recently active first', async () => {
    const { router, clock } = openTestCore();
    const platformId = await createPlatform(router);
    const a = (await call(router, 'tickets.create', { platformId, title: 'A' })).id;
    clock.advance(60_000);
    const b = (await call(router, 'tickets.create', { platformId, title: 'B' })).id;
    expect((await call<TicketSummary[]>(router, 'tickets.list')).map((t) => t.id)).toEqual([b, a]);
    clock.advance(60_000);
    await call(router, 'log.add', { ticketId: a, author: 'me', text: 'any news?', occurredAt: '2024-02-01T00:00:00Z' });
    const list = await call<TicketSummary[]>(router, 'tickets.list');
    expect(list.map((t) => t.id)).toEqual([a, b]);
    expect(list[0]).toMatchObject({ entryCount: 1, lastEntryAt: '2024-02-01T00:00:00.000Z', updatedAt: clock.iso() });
  });

  it('updates fields, records what changed, and does nothing for an empty update', async () => {
    const { router, clock, ctx } = openTestCore();
    const { ticketId } = await createTicket(router);
    clock.advance(1000);
    const updated = await call<Ticket>(router, 'tickets.update', {
      id: ticketId,
      status: 'escalated',
      summary: 'Escalated to compliance',
      platformRefs: ['REF-1'],
    });
    expect(updated).toMatchObject({ status: 'escalated', summary: 'Escalated to compliance', platformRefs: ['REF-1'], updatedAt: clock.iso() });
    const events = await call<AuditEvent[]>(router, 'audit.list', { ticketId });
    expect(events.at(-1)).toMatchObject({
      action: 'ticket.updated',
      detail: { changes: { status: 'escalated', summary: 'Escalated to compliance', platformRefs: ['REF-1'] }, statusFrom: 'open' },
    });

    const auditCount = ctx.db.prepare('SELECT count(*) FROM audit_events').pluck().get();
    clock.advance(1000);
    const same = await call<Ticket>(router, 'tickets.update', { id: ticketId });
    expect(same.updatedAt).toBe(updated.updatedAt);
    expect(ctx.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(auditCount);

    const cleared = await call<Ticket>(router, 'tickets.update', { id: ticketId, summary: null });
    expect(cleared.summary).toBeNull();
  });

  it('answers not_found for unknown tickets and platforms, storing nothing', async () => {
    const { router, ctx } = openTestCore();
    await callError(router, 'tickets.create', { platformId: 7, title: 'x' }, 'not_found');
    await callError(router, 'tickets.get', { id: 7 }, 'not_found');
    await callError(router, 'tickets.update', { id: 7, title: 'y' }, 'not_found');
    await callError(router, 'transactions.add', { ticketId: 7, asset: 'BTC', amount: '1' }, 'not_found');
    expect(ctx.db.prepare('SELECT (SELECT count(*) FROM tickets) + (SELECT count(*) FROM transactions)').pluck().get()).toBe(0);
    expect(ctx.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(0);
  });

  it.each([
    ['missing title', { title: undefined }, 'title'],
    ['title too long', { title: 't'.repeat(LIMITS.shortText + 1) }, 'title'],
    ['unknown category', { category: 'scam' }, 'category'],
    ['unknown status', { status: 'done' }, 'status'],
    ['opening time without offset', { openedAt: '2024-03-01T10:15:00' }, 'openedAt'],
    ['opening time that is no date', { openedAt: '2024-02-30T10:15:00Z' }, 'openedAt'],
    ['platform id as text', { platformId: '1' }, 'platformId'],
    ['summary too long', { summary: 's'.repeat(LIMITS.longText + 1) }, 'summary'],
    ['too many references', { platformRefs: Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `R${i}`) }, 'platformRefs'],
    ['amount with exponent', { transactions: [{ asset: 'BTC', amount: '1e3' }] }, 'transactions.0.amount'],
    ['negative amount', { transactions: [{ asset: 'BTC', amount: '-1' }] }, 'transactions.0.amount'],
    ['amount as number', { transactions: [{ asset: 'BTC', amount: 0.1 }] }, 'transactions.0.amount'],
    ['amount with comma', { transactions: [{ asset: 'BTC', amount: '1,5' }] }, 'transactions.0.amount'],
    ['missing asset', { transactions: [{ amount: '1' }] }, 'transactions.0.asset'],
  ])('refuses %s with invalid_input naming the field', async (_label, patch, field) => {
    const { router, ctx } = openTestCore();
    const platformId = await createPlatform(router);
    const error = await callError(router, 'tickets.create', { platformId, title: 'T', ...patch }, 'invalid_input');
    expect(error.field).toBe(field);
    expect(ctx.db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(0);
  });

  it('a ticket whose transaction cannot be stored is not half created (one transaction)', async () => {
    const { router, ctx, logs } = openTestCore();
    const platformId = await createPlatform(router);
    const auditBefore = ctx.db.prepare('SELECT count(*) FROM audit_events').pluck().get();
    // Make the second part of the work fail inside the database.
    ctx.db.exec("CREATE TRIGGER test_fail BEFORE INSERT ON transactions BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const error = await callError(
      router,
      'tickets.create',
      { platformId, title: 'T', transactions: [{ asset: 'BTC', amount: '1' }] },
      'internal',
    );
    expect(error.message).not.toContain('simulated failure');
    expect(logs.join('\n')).toContain('simulated failure');
    expect(ctx.db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(0);
    expect(ctx.db.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(auditBefore);
  });
});
