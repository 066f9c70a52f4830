/**
 * tickets.clocks: a ticket's running clocks, each with the steps that give its due time.
 * - awaiting_reply: since my latest message or call with no answer after it (counts up, no due time);
 * - promised_response: that message's channel kind has a promised time on one of the platform's channels:
 *   due = sent + promised + the time the ticket waited on me before it ran out;
 * - follow_up: each pending reminder;
 * - deadline: each escalation step with a deadline and no answer yet; a venue's deadline (the step names a
 *   venue) keeps running while the ticket waits on me, any other pauses like the platform's own clocks.
 * "Unanswered" counts from the platform's latest answer: an agent's entry or an answer recorded on a step.
 * Resolved and closed tickets have no running clocks.
 */
import type { ChannelKind } from '../../../../shared/domain';
import type { Bilingual, Clock, TicketClocks } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { isEnded } from '../../tickets/statusHistory';
import { ticketFacts, type EscalationFact, type MyMessage, type TicketFacts } from './clockFacts';
import {
  deadlineStep,
  dueStep,
  escalatedStep,
  noPauseStep,
  pausedStep,
  promisedStep,
  reminderSetStep,
  repeatsStep,
  sentStep,
  waitedStep,
} from './clockSteps';
import { runClock, spellsWithin, sum, type ClockRun } from './pauses';
import { CHANNEL_NAMES, hoursText, LEVEL_NAMES, VENUE_KIND_NAMES, yourMessage } from './timeText';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function ticketClocks(ctx: CoreContext, ticketId: number): TicketClocks {
  const facts = ticketFacts(ctx, ticketId);
  return { ticketId, status: facts.status, computedAt: iso(facts.now), clocks: clocksOf(facts) };
}

export function clocksOf(f: TicketFacts): Clock[] {
  if (isEnded(f.status)) return [];
  const clocks: Clock[] = [];
  const latest = f.unanswered[f.unanswered.length - 1];
  if (latest) {
    clocks.push(awaitingReply(f, latest));
    const promise = latest.channel ? f.promises.get(latest.channel) : undefined;
    if (promise && latest.channel) clocks.push(promisedResponse(f, latest, latest.channel, promise.hours, promise.address, promise.channelId));
  }
  for (const r of f.reminders) {
    const due = Date.parse(r.due_at);
    clocks.push({
      kind: 'follow_up',
      label: r.note ? { en: `Reminder: ${r.note}`, 'zh-CN': `提醒：${r.note}` } : { en: 'Follow up on this ticket', 'zh-CN': '跟进此工单' },
      startedAt: r.created_at,
      dueAt: r.due_at,
      pausedSeconds: 0,
      state: due <= f.now ? 'overdue' : 'running',
      explanation: [
        reminderSetStep(Date.parse(r.created_at), due, r.time_zone, f.now),
        ...(r.repeat_every_days !== null || r.until_reply === 1 ? [repeatsStep(r.repeat_every_days, r.until_reply === 1)] : []),
        dueStep(due, r.time_zone, f.now),
      ],
      source: { reminderId: r.id },
    });
  }
  for (const e of f.escalations) if (e.deadlineAt !== null && e.answeredAt === null) clocks.push(deadline(f, e, e.deadlineAt));
  return clocks;
}

function awaitingReply(f: TicketFacts, m: MyMessage): Clock {
  const spells = spellsWithin(m.at, f.waiting, f.now);
  const pausedMs = sum(spells);
  const pausedNow = f.status === 'waiting_me' && spells[spells.length - 1]?.end === f.now;
  const what = yourMessage(m);
  return {
    kind: 'awaiting_reply',
    label: { en: `No answer yet to ${what.en}`, 'zh-CN': `${what['zh-CN']}尚未得到答复` },
    startedAt: iso(m.at),
    dueAt: null,
    pausedSeconds: Math.round(pausedMs / 1000),
    state: pausedNow ? 'paused' : 'running',
    explanation: [
      sentStep(m.at, m.timeZone, m.kind, f.now),
      ...spells.map((s, i) => pausedStep(s, m.timeZone, f.now, pausedNow && i === spells.length - 1)),
      waitedStep(Math.max(0, f.now - m.at - pausedMs), pausedMs),
    ],
    source: { entryId: m.id, ...(m.channel && f.promises.get(m.channel) ? { channelId: f.promises.get(m.channel)!.channelId } : {}) },
  };
}

function promisedResponse(f: TicketFacts, m: MyMessage, channel: ChannelKind, hours: number, address: string, channelId: number): Clock {
  const run = runClock(m.at, hours * HOUR, f.waiting, f.now, f.status === 'waiting_me');
  const h = hoursText(hours);
  const c = CHANNEL_NAMES[channel];
  return {
    kind: 'promised_response',
    label: { en: `${capitalise(c.en)} reply promised within ${h.en}`, 'zh-CN': `平台承诺 ${h['zh-CN']}内回复${c['zh-CN']}` },
    startedAt: iso(m.at),
    dueAt: iso(run.due),
    pausedSeconds: Math.round(run.pausedMs / 1000),
    state: run.pausedNow ? 'paused' : run.due <= f.now ? 'overdue' : 'running',
    explanation: [
      sentStep(m.at, m.timeZone, m.kind, f.now),
      promisedStep(hours, channel, address),
      ...run.spells.map((s, i) => pausedStep(s, m.timeZone, f.now, run.pausedNow && i === run.spells.length - 1)),
      dueStep(run.due, m.timeZone, f.now),
    ],
    source: { entryId: m.id, channelId },
  };
}

/**
 * A step's deadline as its clock runs it: a venue's rule (the step names a venue) keeps running while the
 * ticket waits on me; a deadline the platform gave pauses like the platform's other clocks. The playbook
 * uses the same run, so it never proposes acting at another time than the clock shows.
 */
export function runDeadline(f: TicketFacts, e: EscalationFact, deadlineAt: number): ClockRun {
  if (e.venueId !== null) return { due: deadlineAt, spells: [], pausedMs: 0, pausedNow: false };
  return runClock(e.at, deadlineAt - e.at, f.waiting, f.now, f.status === 'waiting_me');
}

function deadline(f: TicketFacts, e: EscalationFact, deadlineAt: number): Clock {
  const venue = e.venueId !== null;
  const run = runDeadline(f, e, deadlineAt);
  const level = LEVEL_NAMES[e.level];
  const ruleOf = e.venueName ?? (e.venueKind ? VENUE_KIND_NAMES[e.venueKind] : { en: 'the venue', 'zh-CN': '该机构' });
  return {
    kind: 'deadline',
    label: deadlineLabel(e, ruleOf),
    startedAt: iso(e.at),
    dueAt: iso(run.due),
    pausedSeconds: Math.round(run.pausedMs / 1000),
    state: run.pausedNow ? 'paused' : run.due <= f.now ? 'overdue' : 'running',
    explanation: [
      escalatedStep(e.at, e.timeZone, level, f.now),
      deadlineStep(deadlineAt, e.timeZone, f.now),
      ...(venue ? [noPauseStep(ruleOf)] : run.spells.map((s, i) => pausedStep(s, e.timeZone, f.now, run.pausedNow && i === run.spells.length - 1))),
      dueStep(run.due, e.timeZone, f.now),
    ],
    source: { escalationId: e.id, ...(e.venueId !== null ? { venueId: e.venueId } : {}) },
  };
}

/**
 * A deadline names whose rule it is: a formal complaint's comes from the venue whose rule gives the firm
 * time for its final response (the ombudsman's 8 weeks), a third party's from that body; otherwise it is
 * the answer promised at that step of the ladder.
 */
function deadlineLabel(e: EscalationFact, ruleOf: Bilingual): Bilingual {
  if (e.venueId === null) {
    const level = LEVEL_NAMES[e.level];
    return { en: `Answer due from ${level.en}`, 'zh-CN': `${level['zh-CN']}的答复期限` };
  }
  if (e.level === 'third_party') return { en: `Deadline under the rule of ${ruleOf.en}`, 'zh-CN': `${ruleOf['zh-CN']}规定的期限` };
  return { en: `Final response due under the rule of ${ruleOf.en}`, 'zh-CN': `最终答复期限（${ruleOf['zh-CN']}的规定）` };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
