/** tickets.rate / tickets.rating and the platform scorecard's averages, on a real store. */
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEvent, PlatformScorecard } from '../../../src/shared/domain';
import type { TicketRating } from '../../../src/shared/followUp';
import { call, callError, cleanup, count, createPlatform, createTicket, openTestCore, T0 } from '../helpers';

afterEach(cleanup);

describe('tickets.rate and tickets.rating', () => {
  it('is null before a rating; a rating is stored with its lessons, and rating again replaces it (both audited)', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    expect(await call(t.router, 'tickets.rating', { ticketId })).toBeNull();

    const first = await call<TicketRating>(t.router, 'tickets.rate', { ticketId, attitude: 2, problemSolving: 1, lessons: '  Ask for a case number at once.  ' });
    expect(first).toEqual({ ticketId, attitude: 2, problemSolving: 1, lessons: 'Ask for a case number at once.', ratedAt: T0 });
    expect(await call(t.router, 'tickets.rating', { ticketId })).toEqual(first);

    t.clock.advance(60_000);
    const second = await call<TicketRating>(t.router, 'tickets.rate', { ticketId, attitude: 4, problemSolving: 3 });
    expect(second).toEqual({ ticketId, attitude: 4, problemSolving: 3, lessons: null, ratedAt: t.clock.iso() });
    expect(count(t.ctx, 'ticket_ratings')).toBe(1);

    const events = (await call<AuditEvent[]>(t.router, 'audit.list', { ticketId })).filter((e) => e.action === 'ticket.rated');
    expect(events.map((e) => e.detail)).toEqual([
      { attitude: 2, problemSolving: 1, lessons: true },
      { attitude: 4, problemSolving: 3, lessons: false, replaced: { attitude: 2, problemSolving: 1 } },
    ]);
  });

  it('refuses scores outside 1–5 or not whole, and unknown tickets, changing nothing', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    for (const [attitude, problemSolving, field] of [
      [0, 3, 'attitude'],
      [6, 3, 'attitude'],
      [3, 1.5, 'problemSolving'],
      [3, '4', 'problemSolving'],
    ] as const) {
      const error = await callError(t.router, 'tickets.rate', { ticketId, attitude, problemSolving }, 'invalid_input');
      expect(error.field).toBe(field);
    }
    expect((await callError(t.router, 'tickets.rate', { ticketId, attitude: 0, problemSolving: 3 }, 'invalid_input')).message).toBe('attitude: From 1 to 5');
    await callError(t.router, 'tickets.rate', { ticketId: 999, attitude: 3, problemSolving: 3 }, 'not_found');
    await callError(t.router, 'tickets.rating', { ticketId: 999 }, 'not_found');
    expect(count(t.ctx, 'ticket_ratings')).toBe(0);
  });
});

describe('platforms.metrics: attitude and problem solving', () => {
  it("averages the platform's rated tickets to one decimal; unrated platforms stay null", async () => {
    const t = openTestCore();
    const kraken = await createPlatform(t.router, 'Kraken');
    const binance = await createPlatform(t.router, 'Binance');
    const a = await createTicket(t.router, { platformId: kraken });
    const b = await createTicket(t.router, { platformId: kraken });
    const c = await createTicket(t.router, { platformId: kraken });
    await createTicket(t.router, { platformId: binance });
    await call(t.router, 'tickets.rate', { ticketId: a.ticketId, attitude: 4, problemSolving: 1 });
    await call(t.router, 'tickets.rate', { ticketId: b.ticketId, attitude: 5, problemSolving: 2 });
    await call(t.router, 'tickets.rate', { ticketId: c.ticketId, attitude: 5, problemSolving: 2 });
    const cards = await call<PlatformScorecard[]>(t.router, 'platforms.metrics');
    expect(cards.map((card) => [card.platformName, card.attitude, card.problemSolving])).toEqual([
      ['Binance', null, null],
      ['Kraken', 4.7, 1.7],
    ]);
  });
});
