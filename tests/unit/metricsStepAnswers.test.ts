/**
 * An answer recorded on an escalation step below the third party is the platform's answer for the metrics,
 * exactly as for the clocks (followUp/clocks/clockFacts.ts): tickets.metrics, platforms.metrics and the
 * letters' "still without a reply" must agree with the clocks about whether the platform replied.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformScorecard, TicketMetrics } from '../../src/shared/domain';
import type { RenderedLetter, TicketClocks } from '../../src/shared/followUp';
import { findWaits, withStepAnswers, type TimelineItem } from '../../src/main/core/metrics/waits';
import { call, cleanup, createTicket, openTestCore, type TestCore } from './helpers';

afterEach(cleanup);

const at = (minutes: number) => new Date(Date.UTC(2024, 2, 1, 0, 0) + minutes * 60_000).toISOString();

async function log(t: TestCore, ticketId: number, minutes: number, author: string, extra: Record<string, unknown> = {}): Promise<number> {
  return (await call<{ id: number }>(t.router, 'log.add', { ticketId, author, text: `${author} at ${minutes}`, occurredAt: at(minutes), ...extra })).id;
}

/** A step taken at `stepAt`, answered at `answeredAt` (minutes); returns the step's id and its timeline entry. */
async function answeredStep(t: TestCore, ticketId: number, level: string, stepAt: number, answeredAt: number): Promise<{ id: number; entryId: number }> {
  const extra = level === 'third_party' ? { venueKind: 'regulator' } : {};
  const { id } = await call<{ id: number }>(t.router, 'escalations.add', { ticketId, level, at: at(stepAt), channel: 'email', ...extra });
  await call(t.router, 'escalations.update', { id, answer: 'We are looking into it.', answeredAt: at(answeredAt) });
  const steps = await call<{ id: number; entryId: number | null }[]>(t.router, 'escalations.list', { ticketId });
  return { id, entryId: steps.find((s) => s.id === id)!.entryId! };
}

const metrics = (t: TestCore, ticketId: number) => call<TicketMetrics>(t.router, 'tickets.metrics', { ticketId });

describe('tickets.metrics counts an answer recorded on an escalation step', () => {
  it('a supervisor’s answer typed into the step ends the wait at answered_at, as in the clocks', async () => {
    const t = openTestCore();
    t.clock.set(at(10_000));
    const { ticketId } = await createTicket(t.router);
    const mine = await log(t, ticketId, 0, 'me', { channel: 'email' });
    const step = await answeredStep(t, ticketId, 'senior', 30, 90);

    const result = await metrics(t, ticketId);
    expect(result.waits).toEqual([{ fromEntryId: mine, toEntryId: step.entryId, toStepId: step.id, seconds: 90 * 60, channel: 'email' }]);
    expect(result).toMatchObject({ firstResponseSeconds: 90 * 60, currentWaitSeconds: null, unansweredMessages: 0, agentsInvolved: 0 });

    // The clocks agree: no "awaiting reply" clock is running.
    const clocks = await call<TicketClocks>(t.router, 'tickets.clocks', { ticketId });
    expect(clocks.clocks.filter((c) => c.kind === 'awaiting_reply')).toEqual([]);
  });

  it('my message at the very instant of the answer counts as answered; a later one waits', async () => {
    const t = openTestCore();
    t.clock.set(at(600));
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me');
    await answeredStep(t, ticketId, 'management', 10, 100);
    await log(t, ticketId, 100, 'me');
    expect(await metrics(t, ticketId)).toMatchObject({ currentWaitSeconds: null, unansweredMessages: 0, longestWaitSeconds: 100 * 60 });
    const later = await log(t, ticketId, 200, 'me');
    const result = await metrics(t, ticketId);
    expect(result).toMatchObject({ currentWaitSeconds: 400 * 60, unansweredMessages: 1 });
    expect(result.waits.at(-1)).toEqual({ fromEntryId: later, toEntryId: null, seconds: 400 * 60, channel: null });
  });

  it('a third party’s answer is not the platform’s, and a step without answered_at ends nothing', async () => {
    const t = openTestCore();
    t.clock.set(at(600));
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me');
    await answeredStep(t, ticketId, 'third_party', 10, 100);
    await call(t.router, 'escalations.add', { ticketId, level: 'senior', at: at(20), channel: 'email' });
    expect(await metrics(t, ticketId)).toMatchObject({ currentWaitSeconds: 600 * 60, unansweredMessages: 1, longestWaitSeconds: null });
  });

  it('letters say "still without a reply: 0" once the step’s answer is recorded', async () => {
    const t = openTestCore();
    t.clock.set(at(3000));
    const { ticketId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me', { channel: 'email' });
    const render = async () =>
      (await call<RenderedLetter>(t.router, 'letters.render', { ticketId, templateId: 'builtin:follow_up:en' })).text;
    expect(await render()).toContain('still without a reply: 1');
    await answeredStep(t, ticketId, 'senior', 60, 120);
    expect(await render()).toContain('still without a reply: 0');
  });
});

describe('platforms.metrics counts it too', () => {
  it('the step’s answer is a measured answer under the channel of my message', async () => {
    const t = openTestCore();
    t.clock.set(at(600));
    const { ticketId, platformId } = await createTicket(t.router);
    await log(t, ticketId, 0, 'me', { channel: 'live_chat' });
    await answeredStep(t, ticketId, 'senior', 5, 20);
    const card = (await call<PlatformScorecard[]>(t.router, 'platforms.metrics')).find((c) => c.platformId === platformId)!;
    expect(card.responseByChannel).toEqual([{ channel: 'live_chat', medianSeconds: 20 * 60, answered: 1 }]);
  });
});

describe('withStepAnswers', () => {
  const item = (id: number, author: TimelineItem['author'], minutes: number): TimelineItem => ({
    id,
    author,
    kind: 'message',
    agentName: null,
    channel: null,
    occurredAt: at(minutes),
  });

  it('slots each answer in at its instant, after the entries of that same instant; none: the same timeline', () => {
    const timeline = [item(1, 'me', 0), item(2, 'me', 10), item(3, 'agent', 50)];
    expect(withStepAnswers(timeline, [])).toBe(timeline);
    const merged = [...withStepAnswers(timeline, [{ stepId: 7, entryId: 9, answeredAt: at(10) }, { stepId: 8, entryId: 9, answeredAt: at(99) }])];
    expect(merged.map((e) => e.stepId ?? `e${e.id}`)).toEqual(['e1', 'e2', 7, 'e3', 8]);
    expect(findWaits(merged, new Date(at(100)))).toEqual([{ fromEntryId: 1, toEntryId: 9, toStepId: 7, seconds: 600, channel: null }]);
  });
});
