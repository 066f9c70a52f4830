/**
 * The v5 facts and their writes: a platform's legal entity, registration number, jurisdiction and account
 * UID; a channel's promised response time and verified mark (channels.update); a ticket's fiat value; and
 * the status history every status change appends to, in the same transaction.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent, Entry, Platform, Ticket } from '../../../src/shared/domain';
import { waitingMeIntervals } from '../../../src/main/core/tickets/statusHistory';
import { call, callError, cleanup, count, createTicket, openTestCore } from '../helpers';

afterEach(cleanup);

const auditOf = async (t: ReturnType<typeof openTestCore>, action: string) =>
  (await call<AuditEvent[]>(t.router, 'audit.list')).filter((e) => e.action === action).map((e) => e.detail);

describe('platform facts', () => {
  it('are stored on create, changed and cleared on update (audited), with the jurisdiction as a country code', async () => {
    const t = openTestCore();
    const { id } = await call<{ id: number }>(t.router, 'platforms.create', {
      name: 'Kraken',
      legalEntity: 'Payward Ltd',
      registrationNumber: '09846181',
      jurisdiction: 'gb',
      accountUid: 'AA12 3456',
    });
    expect(await call<Platform>(t.router, 'platforms.get', { id })).toMatchObject({
      legalEntity: 'Payward Ltd',
      registrationNumber: '09846181',
      jurisdiction: 'GB',
      accountUid: 'AA12 3456',
    });
    const updated = await call<Platform>(t.router, 'platforms.update', { id, jurisdiction: 'EU', accountUid: null, registrationNumber: '' });
    expect(updated).toMatchObject({ legalEntity: 'Payward Ltd', registrationNumber: null, jurisdiction: 'EU', accountUid: null });
    expect(await auditOf(t, 'platform.created')).toEqual([
      { name: 'Kraken', legalEntity: 'Payward Ltd', registrationNumber: '09846181', jurisdiction: 'GB', accountUid: 'AA12 3456' },
    ]);
    expect(await auditOf(t, 'platform.updated')).toEqual([{ changes: { jurisdiction: 'EU', accountUid: null, registrationNumber: '' } }]);

    const error = await callError(t.router, 'platforms.update', { id, jurisdiction: 'GBR' }, 'invalid_input');
    expect(error).toMatchObject({ field: 'jurisdiction', message: 'jurisdiction: Use a two-letter country code like CN, HK, GB, US (or EU)' });
    expect((await call<Platform>(t.router, 'platforms.get', { id })).jurisdiction).toBe('EU');
  });
});

describe('channels: promised response time and verified', () => {
  it('channels.add stores the promised hours; channels.update changes or clears them and answers the platform', async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'Kraken' });
    const { id } = await call<{ id: number }>(t.router, 'channels.add', { platformId, kind: 'email', address: 'support@kraken.com', promisedResponseHours: 24 });
    expect((await call<Platform>(t.router, 'platforms.get', { id: platformId })).channels[0]!.promisedResponseHours).toBe(24);

    let platform = await call<Platform>(t.router, 'channels.update', { id, promisedResponseHours: 1.5 });
    expect(platform.id).toBe(platformId);
    expect(platform.channels[0]).toMatchObject({ id, promisedResponseHours: 1.5, verified: false });
    platform = await call<Platform>(t.router, 'channels.update', { id, promisedResponseHours: null, verified: true });
    expect(platform.channels[0]).toMatchObject({ promisedResponseHours: null, verified: true });
    // Nothing changed: no event.
    await call(t.router, 'channels.update', { id, verified: true });

    expect(await auditOf(t, 'channel.added')).toEqual([{ platformId, kind: 'email', address: 'support@kraken.com', verified: false, promisedResponseHours: 24 }]);
    expect(await auditOf(t, 'channel.updated')).toEqual([
      { platformId, kind: 'email', address: 'support@kraken.com', changes: { promisedResponseHours: { from: 24, to: 1.5 } } },
      { platformId, kind: 'email', address: 'support@kraken.com', changes: { promisedResponseHours: { from: 1.5, to: null }, verified: { from: false, to: true } } },
    ]);
  });

  it('refuses hours out of range and unknown channels', async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'Kraken', channels: [{ kind: 'email', address: 'a@kraken.com' }] });
    const id = (await call<Platform>(t.router, 'platforms.get', { id: platformId })).channels[0]!.id;
    expect((await callError(t.router, 'channels.update', { id, promisedResponseHours: 0 }, 'invalid_input')).message).toBe('promisedResponseHours: At least 0.25 hours');
    expect((await callError(t.router, 'channels.update', { id, promisedResponseHours: 3000 }, 'invalid_input')).message).toBe(
      'promisedResponseHours: At most 90 days (2160 hours)',
    );
    await callError(t.router, 'channels.add', { platformId, kind: 'email', address: 'b@kraken.com', promisedResponseHours: -1 }, 'invalid_input');
    await callError(t.router, 'channels.update', { id: 999, verified: true }, 'not_found');
    expect(count(t.ctx, 'channels')).toBe(1);
  });

  it("marking a channel verified makes it official: the platform's messages are scanned again", async () => {
    const t = openTestCore();
    const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', {
      name: 'Binance',
      officialDomains: ['binance.com'],
      channels: [{ kind: 'social', address: 't.me/BinanceSupportDesk' }],
    });
    const { ticketId } = await createTicket(t.router, { platformId });
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'Message us on t.me/BinanceSupportDesk' });
    const flags = async () => (await call<Entry[]>(t.router, 'log.list', { ticketId }))[0]!.flags.map((f) => f.ruleId);
    expect(await flags()).toEqual(['link.unverified']);
    const channelId = (await call<Platform>(t.router, 'platforms.get', { id: platformId })).channels[0]!.id;
    const platform = await call<Platform>(t.router, 'channels.update', { id: channelId, verified: true });
    expect(platform.channels[0]!.state).toBe('official');
    expect(await flags()).toEqual([]);
    await call(t.router, 'channels.update', { id: channelId, verified: false });
    expect(await flags()).toEqual(['link.unverified']);
  });
});

describe("a ticket's fiat value", () => {
  it('takes an amount with its currency, refuses one without the other, and clears both together', async () => {
    const t = openTestCore();
    const { ticketId: id } = await createTicket(t.router);
    expect(await call<Ticket>(t.router, 'tickets.update', { id, fiatAmount: '1250.50', fiatCurrency: 'usd' })).toMatchObject({
      fiatAmount: '1250.50',
      fiatCurrency: 'USD',
    });
    expect(await callError(t.router, 'tickets.update', { id, fiatAmount: null }, 'invalid_input')).toMatchObject({
      field: 'fiatAmount',
      message: 'Give the amount in USD as well (or clear the currency too).',
    });
    expect(await callError(t.router, 'tickets.update', { id, fiatCurrency: null, title: 'renamed' }, 'invalid_input')).toMatchObject({
      field: 'fiatCurrency',
      message: 'Give the currency of the amount, like USD or CNY (or clear the amount too).',
    });
    expect(await callError(t.router, 'tickets.update', { id, fiatCurrency: 'US$' }, 'invalid_input')).toMatchObject({ field: 'fiatCurrency' });
    expect(await callError(t.router, 'tickets.update', { id, fiatAmount: '1,250' }, 'invalid_input')).toMatchObject({ field: 'fiatAmount' });
    // Nothing of a refused update was kept.
    expect(await call<Ticket>(t.router, 'tickets.get', { id })).toMatchObject({ title: 'Withdrawal stuck / 提现卡住', fiatAmount: '1250.50', fiatCurrency: 'USD' });

    const { ticketId: other } = await createTicket(t.router);
    expect(await callError(t.router, 'tickets.update', { id: other, fiatCurrency: 'CNY' }, 'invalid_input')).toMatchObject({ field: 'fiatAmount' });
    expect(await call<Ticket>(t.router, 'tickets.update', { id, fiatAmount: null, fiatCurrency: null })).toMatchObject({ fiatAmount: null, fiatCurrency: null });
    expect((await auditOf(t, 'ticket.updated')).map((d) => (d as { changes: unknown }).changes)).toEqual([
      { fiatAmount: '1250.50', fiatCurrency: 'USD' },
      { fiatAmount: null, fiatCurrency: null },
    ]);
  });
});

describe('status history', () => {
  it('records the first status and every change, in the same transaction as the change', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router, { status: 'waiting_platform' });
    const history = () => t.ctx.db.prepare('SELECT status, at FROM ticket_status_changes WHERE ticket_id = ? ORDER BY id').all(ticketId);
    expect(history()).toEqual([{ status: 'waiting_platform', at: t.clock.iso() }]);
    t.clock.set('2024-03-02T00:00:00Z');
    await call(t.router, 'tickets.update', { id: ticketId, status: 'waiting_me' });
    await call(t.router, 'tickets.update', { id: ticketId, status: 'waiting_me', title: 'same status, new title' });
    t.clock.set('2024-03-04T06:00:00Z');
    await call(t.router, 'tickets.update', { id: ticketId, status: 'escalated' });
    expect(history()).toEqual([
      { status: 'waiting_platform', at: '2024-03-01T02:00:00.000Z' },
      { status: 'waiting_me', at: '2024-03-02T00:00:00.000Z' },
      { status: 'escalated', at: '2024-03-04T06:00:00.000Z' },
    ]);
    // A refused update (bad fiat value) changes no status and writes no history.
    await callError(t.router, 'tickets.update', { id: ticketId, status: 'open', fiatCurrency: 'EUR' }, 'invalid_input');
    expect(history()).toHaveLength(3);
    expect((await call<Ticket>(t.router, 'tickets.get', { id: ticketId })).status).toBe('escalated');

    // waitingMeIntervals: the spell, clipped to the window asked for.
    const ms = (iso: string) => Date.parse(iso);
    expect(waitingMeIntervals(t.ctx, ticketId, ms('2024-03-01T00:00:00Z'), ms('2024-03-10T00:00:00Z'))).toEqual([
      { start: ms('2024-03-02T00:00:00Z'), end: ms('2024-03-04T06:00:00Z') },
    ]);
    expect(waitingMeIntervals(t.ctx, ticketId, ms('2024-03-03T00:00:00Z'), ms('2024-03-03T12:00:00Z'))).toEqual([
      { start: ms('2024-03-03T00:00:00Z'), end: ms('2024-03-03T12:00:00Z') },
    ]);
    expect(waitingMeIntervals(t.ctx, ticketId, ms('2024-03-05T00:00:00Z'), ms('2024-03-10T00:00:00Z'))).toEqual([]);
  });
});
