/**
 * How long the platform kept the user waiting, computed from the timeline alone (pure: no database).
 *
 * Definitions, over a ticket's entries in timeline order (occurredAt, then insertion order):
 * - A wait STARTS at my entry (author 'me', kind 'message' or 'call') when no wait is open. My further
 *   messages while I wait do not restart it: a wait is measured from my first unanswered message.
 * - A wait ENDS at the platform's next answer: the next entry with author 'agent' (any kind), or an answer
 *   recorded on an escalation step below the third party (at its answered_at, after any entry of that same
 *   instant) — the same rule as the clocks (followUp/clocks/clockFacts.ts), so letters, the dossier and the
 *   clocks never disagree about whether the platform replied. Notes and system lines neither start nor end
 *   a wait. Answers while no wait is open (the platform writing first, or twice in a row) end nothing.
 * - firstResponseSeconds: from my first entry to the first agent entry after it (= the first wait, when it
 *   has ended). Measured from my first message rather than the ticket's openedAt: openedAt is when the user
 *   says the problem began, not when support was asked.
 * - medianWaitSeconds, longestWaitSeconds: over the ended waits (median of an even count: the mean of the
 *   two middle ones, rounded to whole seconds).
 * - currentWaitSeconds: when the last wait is still open, from its start to `now` (never negative).
 * - agentsInvolved: distinct agent names (trimmed, ignoring case) on agent entries; agent entries without a
 *   name count as one more agent, however many there are. Step answers name no agent and add none.
 * - unansweredMessages: my entries (message or call) with no answer anywhere after them — those at
 *   the end of the timeline after the platform's last answer.
 * A wait's channel is the channel of the message that started it.
 */
import type { Author, ChannelKind, EntryKind, TicketMetrics, Wait } from '../../../shared/domain';

export interface TimelineItem {
  id: number;
  author: Author;
  kind: EntryKind;
  agentName: string | null;
  channel: ChannelKind | null;
  /** UTC ISO instant. */
  occurredAt: string;
  /**
   * Set only on the answer recorded on an escalation step (not an entry): that step's id. Its `id` is then
   * the entry that records the step on the timeline, so a wait it ends still points at something to show.
   */
  stepId?: number;
}

/** An answer recorded on an escalation step below the third party. */
export interface StepAnswer {
  stepId: number;
  /** The timeline entry recording the step. */
  entryId: number;
  /** UTC ISO instant. */
  answeredAt: string;
}

const isMine = (e: TimelineItem) => e.author === 'me' && (e.kind === 'message' || e.kind === 'call');
const isAnswer = (e: TimelineItem) => e.author === 'agent' || e.stepId !== undefined;
const seconds = (from: string, to: string | Date) => Math.round(((typeof to === 'string' ? Date.parse(to) : to.getTime()) - Date.parse(from)) / 1000);

/** Ended and open waits, in order; the caller passes the timeline sorted (see the module comment). */
export function findWaits(timeline: Iterable<TimelineItem>, now: Date): Wait[] {
  const waits: Wait[] = [];
  let open: TimelineItem | null = null;
  for (const entry of timeline) {
    if (isMine(entry)) {
      open ??= entry;
    } else if (isAnswer(entry) && open) {
      const wait: Wait = { fromEntryId: open.id, toEntryId: entry.id, seconds: seconds(open.occurredAt, entry.occurredAt), channel: open.channel };
      if (entry.stepId !== undefined) wait.toStepId = entry.stepId;
      waits.push(wait);
      open = null;
    }
  }
  if (open) waits.push({ fromEntryId: open.id, toEntryId: null, seconds: Math.max(0, seconds(open.occurredAt, now)), channel: open.channel });
  return waits;
}

export function ticketMetricsOf(timeline: TimelineItem[], now: Date): TicketMetrics {
  const waits = findWaits(timeline, now);
  const ended = waits.filter((w) => w.toEntryId !== null).map((w) => w.seconds);
  const last = waits[waits.length - 1];
  const firstMine = timeline.find(isMine);
  const first = waits[0];

  const names = new Set<string>();
  let unnamed = false;
  let lastAnswerIndex = -1;
  timeline.forEach((e, i) => {
    if (isAnswer(e)) lastAnswerIndex = i;
    if (e.author !== 'agent') return;
    const name = e.agentName?.trim().toLowerCase();
    if (name) names.add(name);
    else unnamed = true;
  });

  return {
    firstResponseSeconds: firstMine && first && first.fromEntryId === firstMine.id && first.toEntryId !== null ? first.seconds : null,
    medianWaitSeconds: median(ended),
    longestWaitSeconds: ended.length > 0 ? ended.reduce((a, b) => Math.max(a, b)) : null,
    currentWaitSeconds: last && last.toEntryId === null ? last.seconds : null,
    waits,
    agentsInvolved: names.size + (unnamed ? 1 : 0),
    unansweredMessages: timeline.slice(lastAnswerIndex + 1).filter(isMine).length,
  };
}

/**
 * The timeline with the step answers slotted in at their instants, each after the entries of that same
 * instant (answers sorted by answeredAt, then step id). Without answers — the usual case — the timeline
 * passes through untouched, so the common path costs nothing extra.
 */
export function withStepAnswers(timeline: Iterable<TimelineItem>, answers: readonly StepAnswer[]): Iterable<TimelineItem> {
  if (answers.length === 0) return timeline;
  return merge(timeline, answers);
}

function* merge(timeline: Iterable<TimelineItem>, answers: readonly StepAnswer[]): Generator<TimelineItem> {
  let next = 0;
  const asItem = (a: StepAnswer): TimelineItem => ({
    id: a.entryId,
    // Not 'agent': a step's answer names no agent (agentsInvolved); isAnswer recognises it by stepId.
    author: 'system',
    kind: 'message',
    agentName: null,
    channel: null,
    occurredAt: a.answeredAt,
    stepId: a.stepId,
  });
  for (const entry of timeline) {
    const at = Date.parse(entry.occurredAt);
    while (next < answers.length && Date.parse(answers[next]!.answeredAt) < at) yield asItem(answers[next++]!);
    yield entry;
  }
  while (next < answers.length) yield asItem(answers[next++]!);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
