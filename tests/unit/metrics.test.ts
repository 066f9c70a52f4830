/**
 * Response-time figures from the timeline (tickets.metrics) and per platform (platforms.metrics), on a real
 * store with a fake clock. The definitions are in src/main/core/metrics/waits.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformScorecard, TicketMetrics } from '../../src/shared/domain';
import { median } from '../../src/main/core/metrics/waits';
import { call, callError, cleanup, createTicket, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

const at = (minutes: number) => new Date(Date.UTC(2024, 2, 1, 0, 0) + minutes * 60_000).toISOString();

async function log(t: TestCore, ticketId: number, minutes: number, author: string, extra: Record<string, unknown> = {}): Promise<number> {
  return (await call<{ id: number }>(t.router, 'log.add', { ticketId, author, text: `${author} at ${minutes}`, occurredAt: at(minutes), ...extra })).id;
}

const metrics = (t: TestCore, ticketId: number) => call<TicketMetrics>(t.router, 'tickets.metrics', { ticketId });

describe('tickets.metrics', () => {
  it('an empty ticket has no figures yet', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    expect(await metrics(t, ticketId)).toEqual({
      firstResponseSeconds: null,
      medianWaitSeconds: null,
      longestWaitSeconds: null,
      currentWaitSeconds: null,
      waits: [],
      agentsInvolved: 0,
      unansweredMessages: 0,
    });
    await callError(t.router, 'tickets.metrics', { ticketId: 99 }, 'not_found');
  });

  it('measures each wait from my first unanswered message to the platform’s next answer', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'agent', { agentName: 'Welcome bot' }); // the platform writes first: no wait
    const m1 = await log(t, ticketId, 10, 'me', { channel: 'live_chat' });
    await log(t, ticketId, 12, 'me', { channel: 'live_chat' }); // still the same wait
    await log(t, ticketId, 15, 'note'); // my own note: neither starts nor ends a wait
    await log(t, ticketId, 16, 'system');
    const a1 = await log(t, ticketId, 40, 'agent', { agentName: 'Lily' });
    await log(t, ticketId, 41, 'agent', { agentName: 'lily ' }); // same agent, answering twice
    const m2 = await log(t, ticketId, 60, 'me', { channel: 'email' });
    const a3 = await log(t, ticketId, 60 + 24 * 60, 'agent'); // unnamed
    const m3 = await log(t, ticketId, 3000, 'me', { text: '', call: { durationSec: 60 } }); // a call counts as mine
    const a4 = await log(t, ticketId, 3010, 'agent', { agentName: 'Wang' });
    t.clock.set(at(4000));

    const result = await metrics(t, ticketId);
    expect(result.waits).toEqual([
      { fromEntryId: m1, toEntryId: a1, seconds: 30 * 60, channel: 'live_chat' },
      { fromEntryId: m2, toEntryId: a3, seconds: 24 * 3600, channel: 'email' },
      { fromEntryId: m3, toEntryId: a4, seconds: 10 * 60, channel: 'phone' },
    ]);
    expect(result).toMatchObject({
      firstResponseSeconds: 30 * 60,
      medianWaitSeconds: 30 * 60,
      longestWaitSeconds: 24 * 3600,
      currentWaitSeconds: null,
      // Welcome bot, Lily (twice, any case), Wang, and the unnamed ones as one
      agentsInvolved: 4,
      unansweredMessages: 0,
    });
  });

  it('while I wait: the current wait grows with the clock and my unanswered messages are counted', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me');
    await log(t, ticketId, 5, 'agent', { agentName: 'Anna' });
    const waiting = await log(t, ticketId, 100, 'me', { channel: 'social' });
    await log(t, ticketId, 200, 'me');
    await log(t, ticketId, 250, 'note');
    t.clock.set(at(160));
    let result = await metrics(t, ticketId);
    expect(result).toMatchObject({ firstResponseSeconds: 300, medianWaitSeconds: 300, longestWaitSeconds: 300, currentWaitSeconds: 3600, unansweredMessages: 2 });
    expect(result.waits.at(-1)).toEqual({ fromEntryId: waiting, toEntryId: null, seconds: 3600, channel: 'social' });
    t.clock.advance(2 * 3600_000);
    result = await metrics(t, ticketId);
    expect(result.currentWaitSeconds).toBe(3600 + 7200);
    // The platform answers: the wait ends where the answer was logged, whatever the clock says.
    await log(t, ticketId, 400, 'agent');
    result = await metrics(t, ticketId);
    expect(result).toMatchObject({ currentWaitSeconds: null, unansweredMessages: 0, longestWaitSeconds: 300 * 60, medianWaitSeconds: Math.round((300 + 18_000) / 2) });
  });

  it('no answer yet: no first response; a message logged in the future waits 0, not a negative time', async () => {
    const t = openTestCore();
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me');
    t.clock.set(at(-60));
    expect(await metrics(t, ticketId)).toMatchObject({ firstResponseSeconds: null, medianWaitSeconds: null, currentWaitSeconds: 0, unansweredMessages: 1 });
  });

  it('the median of an even number of waits is the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([1, 2])).toBe(2); // 1.5 rounded
  });
});

describe('platforms.metrics', () => {
  it('per platform: tickets, median answer time per channel, official channels; ratings not yet', async () => {
    const t = openTestCore();
    const binance = (
      await call<{ id: number }>(t.router, 'platforms.create', {
        name: 'Binance',
        officialDomains: ['binance.com'],
        channels: [
          { kind: 'live_chat', address: 'https://www.binance.com/chat', verified: true },
          // Marked verified by mistake, but a lookalike: "channels offered" must not count it.
          { kind: 'live_chat', address: 'https://binance-support-help.com/chat', verified: true },
          { kind: 'email', address: 'support@binance.com', verified: true },
          { kind: 'social', address: '@binance_fake_help' },
        ],
      })
    ).id;
    const okx = (await call<{ id: number }>(t.router, 'platforms.create', { name: 'OKX' })).id;
    const a = (await createTicket(t.router, { platformId: binance })).ticketId;
    const b = (await createTicket(t.router, { platformId: binance })).ticketId;
    await log(t, a, 0, 'me', { channel: 'live_chat' });
    await log(t, a, 2, 'agent');
    await log(t, a, 10, 'me', { channel: 'email' });
    await log(t, a, 10 + 60, 'agent');
    await log(t, b, 0, 'me', { channel: 'live_chat' });
    await log(t, b, 10, 'agent');
    await log(t, b, 20, 'me', { channel: 'live_chat' });
    await log(t, b, 26, 'agent');
    await log(t, b, 30, 'me'); // no channel, never answered: not in the figures
    t.clock.set(at(100));

    const cards = await call<PlatformScorecard[]>(t.router, 'platforms.metrics');
    expect(cards).toEqual([
      {
        platformId: binance,
        platformName: 'Binance',
        tickets: 2,
        responseByChannel: [
          { channel: 'email', medianSeconds: 3600, answered: 1 },
          { channel: 'live_chat', medianSeconds: 360, answered: 3 },
        ],
        attitude: null,
        problemSolving: null,
        officialChannels: 2,
      },
      { platformId: okx, platformName: 'OKX', tickets: 0, responseByChannel: [], attitude: null, problemSolving: null, officialChannels: 0 },
    ]);
  });
});
