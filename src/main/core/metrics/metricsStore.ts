/**
 * tickets.metrics and platforms.metrics: the response-time figures of waits.ts, read from the store.
 * Both read only the columns the figures need, in timeline order, through one prepared statement each,
 * plus the answers recorded on escalation steps below the third party, which the clocks count as the
 * platform's answer too (followUp/clocks/clockFacts.ts): the escalations table is read here with plain SQL,
 * like the clocks do, since its store belongs to the escalation module.
 */
import type { ChannelKind, PlatformScorecard, TicketMetrics } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { statement } from '../db/statements';
import { requireTicket } from '../tickets/ticketGuards';
import { listPlatforms } from '../platforms/platformStore';
import { ratingAverages } from '../tickets/ratingStore';
import { findWaits, median, ticketMetricsOf, withStepAnswers, type StepAnswer, type TimelineItem } from './waits';

const TIMELINE_COLUMNS = 'id, author, kind, agent_name AS agentName, channel, occurred_at AS occurredAt';

/** A step answer counts when it has a time; a third party's answer is not the platform's (as in the clocks). */
const STEP_ANSWERS = `SELECT ticket_id AS ticketId, id AS stepId, entry_id AS entryId, answered_at AS answeredAt FROM escalations
  WHERE answered_at IS NOT NULL AND level <> 'third_party' AND entry_id IS NOT NULL`;

function stepAnswersOf(ctx: CoreContext, ticketId: number): StepAnswer[] {
  return statement(ctx.db, `${STEP_ANSWERS} AND ticket_id = ? ORDER BY answered_at, id`).all(ticketId) as StepAnswer[];
}

/** Every ticket's step answers at once (few rows; usually none), so the scorecards add one query, not one per ticket. */
function stepAnswersByTicket(ctx: CoreContext): Map<number, StepAnswer[]> {
  const byTicket = new Map<number, StepAnswer[]>();
  for (const row of statement(ctx.db, `${STEP_ANSWERS} ORDER BY ticket_id, answered_at, id`).iterate() as Iterable<StepAnswer & { ticketId: number }>) {
    const { ticketId, ...answer } = row;
    const list = byTicket.get(ticketId) ?? [];
    list.push(answer);
    byTicket.set(ticketId, list);
  }
  return byTicket;
}

export function ticketMetrics(ctx: CoreContext, ticketId: number): TicketMetrics {
  requireTicket(ctx, ticketId);
  const timeline = statement(ctx.db, `SELECT ${TIMELINE_COLUMNS} FROM entries WHERE ticket_id = ? ORDER BY occurred_at, id`).all(
    ticketId,
  ) as TimelineItem[];
  const answers = stepAnswersOf(ctx, ticketId);
  return ticketMetricsOf(answers.length === 0 ? timeline : [...withStepAnswers(timeline, answers)], ctx.now());
}

/**
 * One scorecard per platform (every platform, by name): how many tickets, the median time to the platform's
 * answer per channel (each ended wait counts once, under the channel of the message that started it;
 * channel null = entries logged without one), and how many channels are confirmed official.
 */
export function platformScorecards(ctx: CoreContext): PlatformScorecard[] {
  const platforms = statement(
    ctx.db,
    `SELECT p.id, p.name,
            (SELECT count(*) FROM tickets t WHERE t.platform_id = p.id) AS tickets
     FROM platforms p ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all() as { id: number; name: string; tickets: number }[];
  // "Channels offered" counts only channels whose state is official: verified by the user AND not a
  // lookalike by the guard's check (a convincing fake site must not raise the platform's score).
  const officialChannels = new Map(
    listPlatforms(ctx).map((p) => [p.id, p.channels.filter((c) => c.state === 'official').length]),
  );

  // Waits per platform and channel, from every ticket's timeline, walked ticket by ticket.
  const waitsByPlatform = new Map<number, Map<ChannelKind | null, number[]>>();
  const tickets = statement(ctx.db, 'SELECT id, platform_id AS platformId FROM tickets ORDER BY id').all() as { id: number; platformId: number }[];
  const timelineOf = statement(ctx.db, `SELECT ${TIMELINE_COLUMNS} FROM entries WHERE ticket_id = ? ORDER BY occurred_at, id`);
  const now = ctx.now();
  const stepAnswers = stepAnswersByTicket(ctx);
  for (const ticket of tickets) {
    const byChannel = waitsByPlatform.get(ticket.platformId) ?? new Map<ChannelKind | null, number[]>();
    waitsByPlatform.set(ticket.platformId, byChannel);
    for (const wait of findWaits(withStepAnswers(timelineOf.iterate(ticket.id) as Iterable<TimelineItem>, stepAnswers.get(ticket.id) ?? []), now)) {
      if (wait.toEntryId === null) continue;
      const list = byChannel.get(wait.channel) ?? [];
      list.push(wait.seconds);
      byChannel.set(wait.channel, list);
    }
  }

  return platforms.map((p) => {
    const ratings = ratingsOf(ctx, p.id);
    return {
      platformId: p.id,
      platformName: p.name,
      tickets: p.tickets,
      responseByChannel: [...(waitsByPlatform.get(p.id) ?? new Map<ChannelKind | null, number[]>())]
        .map(([channel, seconds]) => ({ channel, medianSeconds: median(seconds), answered: seconds.length }))
        .sort((a, b) => (a.channel ?? '~').localeCompare(b.channel ?? '~')),
      attitude: ratings.attitude,
      problemSolving: ratings.problemSolving,
      officialChannels: officialChannels.get(p.id) ?? 0,
    };
  });
}

/** The averages of the user's 1–5 ratings of the platform's tickets (null while none is rated). */
function ratingsOf(ctx: CoreContext, platformId: number): { attitude: number | null; problemSolving: number | null } {
  return ratingAverages(ctx, platformId);
}
