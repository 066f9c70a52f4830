/**
 * The playbook's rules: from the ticket's state and clocks to the one next step, deterministic.
 *
 * In order, the first that applies now and was not dismissed wins:
 *  1. resolved or closed and not rated yet → rate_and_close (nothing else for an ended ticket);
 *  2. management answered (their final response), or its deadline passed unanswered, and no third-party
 *     step since → third_party;
 *  3. the ticket waits on me → wait (the platform's clocks stand still; rules 4 and 5 do not run);
 *  4. three or more of my messages since the last answer (or since the latest escalation step) and the
 *     latest has waited 48 h → ask_escalation: to senior support when no step was taken yet, to
 *     management when senior support was;
 *  5. my latest contact (a message, or a step up the ladder taken after it) has waited longer than the
 *     channel's promised time (when stated), 24 h on live chat, 48 h otherwise → follow_up; a step whose
 *     answer has a deadline is not chased before that deadline; after a third-party step, only what I sent
 *     the platform since then is chased.
 * Waiting time never counts the spells of waiting on me. When nothing applies now, the proposal is 'wait'
 * with actAt = when the next rule would apply; null when nothing is pending at all.
 *
 * Keys name the situation, so a dismissed proposal stays hidden until the situation changes (another
 * message of mine, an answer, a new escalation step): follow_up:<first unanswered entry>:<messages>,
 * follow_up:step:<escalation> (chasing a step's answer),
 * ask_escalation:<level>:<first counted entry>, third_party:<escalation>:answered|deadline, rate_and_close,
 * wait:waiting_me, wait:<key of the rule waited for>.
 */
import type { EscalationLevel, PlaybookAction, PlaybookProposal } from '../../../../shared/followUp';
import type { EscalationFact, TicketFacts } from '../clocks/clockFacts';
import { runClock, spellsWithin, sum } from '../clocks/pauses';
import { runDeadline } from '../clocks/ticketClocks';
import { isEnded } from '../../tickets/statusHistory';
import {
  askEscalationReason,
  deadlinePassedReason,
  finalResponseReason,
  followUpReason,
  followUpStepReason,
  rateAndCloseReason,
  waitingOnYouReason,
  waitReason,
  type FollowUpBasis,
} from './playbookReasons';

const HOUR = 3_600_000;
/** A follow-up is due this long after my message, unless the channel states a promise (live chat: 24 h). */
export const FOLLOW_UP_AFTER_HOURS = 48;
export const LIVE_CHAT_FOLLOW_UP_HOURS = 24;
/** The latest of three unanswered messages has waited this long: time to ask for escalation. */
export const ESCALATE_AFTER_HOURS = 48;

/** A rule's proposal, with when it applies (at <= now: now). */
interface Candidate {
  proposal: PlaybookProposal;
  at: number;
  /** The zone to print its time in (for the 'wait' that announces it). */
  zone: string;
}

const LETTERS: Partial<Record<PlaybookAction | EscalationLevel, string>> = {
  follow_up: 'builtin:follow_up:en',
  senior: 'builtin:escalation_request:en',
  management: 'builtin:formal_complaint:en',
  third_party: 'builtin:third_party_complaint:en',
};

export function proposeNext(f: TicketFacts, dismissed: ReadonlySet<string>): PlaybookProposal | null {
  const candidates = rules(f);
  const now = candidates.find((c) => c.at <= f.now && !dismissed.has(c.proposal.key));
  if (now) return now.proposal;
  const later = candidates.filter((c) => c.at > f.now && !dismissed.has(c.proposal.key)).sort((a, b) => a.at - b.at);
  for (const next of later) {
    const key = `wait:${next.proposal.key}`;
    if (dismissed.has(key)) continue;
    return {
      action: 'wait',
      level: null,
      key,
      reason: waitReason(next.proposal.action, next.proposal.level, next.at, next.zone, f.now),
      letterTemplateId: null,
      actAt: new Date(next.at).toISOString(),
    };
  }
  return null;
}

/** Every rule that applies now or later, in the order they win. */
function rules(f: TicketFacts): Candidate[] {
  const nowCandidate = (proposal: Omit<PlaybookProposal, 'actAt'>): Candidate => ({ proposal: { ...proposal, actAt: null }, at: f.now, zone: f.zone });
  if (isEnded(f.status)) {
    return f.rated
      ? []
      : [nowCandidate({ action: 'rate_and_close', level: null, key: 'rate_and_close', reason: rateAndCloseReason(f.status), letterTemplateId: null })];
  }
  const candidates: Candidate[] = [];
  const thirdParty = thirdPartyRule(f);
  if (thirdParty) candidates.push(thirdParty);
  if (f.status === 'waiting_me') {
    candidates.push(nowCandidate({ action: 'wait', level: null, key: 'wait:waiting_me', reason: waitingOnYouReason(), letterTemplateId: null }));
    return candidates;
  }
  const escalation = askEscalationRule(f);
  if (escalation) candidates.push(escalation);
  const followUp = followUpRule(f);
  if (followUp) candidates.push(followUp);
  return candidates;
}

function thirdPartyRule(f: TicketFacts): Candidate | null {
  const management = f.escalations.filter((e) => e.level === 'management').pop();
  if (!management || f.escalations.some((e) => e.level === 'third_party' && e.at >= management.at)) return null;
  const base = { action: 'third_party' as const, level: 'third_party' as const, letterTemplateId: LETTERS.third_party!, actAt: null };
  if (management.answeredAt !== null) {
    return {
      proposal: { ...base, key: `third_party:${management.id}:answered`, reason: finalResponseReason(management.id, management.answeredAt, management.timeZone, f.now) },
      at: f.now,
      zone: management.timeZone,
    };
  }
  if (management.deadlineAt === null) return null;
  const due = runDeadline(f, management, management.deadlineAt).due;
  return {
    proposal: { ...base, key: `third_party:${management.id}:deadline`, reason: deadlinePassedReason(management.id, due, management.timeZone, f.now) },
    at: due,
    zone: management.timeZone,
  };
}

function askEscalationRule(f: TicketFacts): Candidate | null {
  const taken = new Set(f.escalations.map((e) => e.level));
  if (taken.has('management') || taken.has('third_party')) return null;
  const level: EscalationLevel = taken.has('senior') ? 'management' : 'senior';
  // After a step up the ladder, its follow-ups are counted afresh.
  const lastStep = f.escalations.filter((e) => e.level !== 'frontline').pop();
  const counted = lastStep ? f.unanswered.filter((m) => m.at >= lastStep.at) : f.unanswered;
  const latest = counted[counted.length - 1];
  if (counted.length < 3 || !latest) return null;
  const run = runClock(latest.at, ESCALATE_AFTER_HOURS * HOUR, f.waiting, f.now, false);
  return {
    proposal: {
      action: 'ask_escalation',
      level,
      key: `ask_escalation:${level}:${counted[0]!.id}`,
      reason: askEscalationReason(counted.length, waitedSince(f, latest.at), level),
      letterTemplateId: LETTERS[level]!,
      actAt: null,
    },
    at: run.due,
    zone: latest.timeZone,
  };
}

function followUpRule(f: TicketFacts): Candidate | null {
  // Once a third party has the complaint, only what I sent the platform after that is chased from here.
  const thirdParty = f.escalations.filter((e) => e.level === 'third_party').pop();
  const mine = thirdParty ? f.unanswered.filter((m) => m.at > thirdParty.at) : f.unanswered;
  const latest = mine[mine.length - 1];
  const step = stepAwaitingAnswer(f);
  if (!latest && !step) return null;
  // Chase the latest contact: my latest message, or a step up the ladder taken after it (asking for a
  // supervisor is a message too, even when the user did not log its text separately).
  const onStep = step !== null && (!latest || step.at > latest.at);
  const contact = onStep ? { at: step.at, channel: step.channel, timeZone: step.timeZone } : latest!;
  const promise = contact.channel ? f.promises.get(contact.channel) : undefined;
  let basis: FollowUpBasis =
    promise && contact.channel
      ? { kind: 'promised', hours: promise.hours, channel: contact.channel }
      : contact.channel === 'live_chat'
        ? { kind: 'live_chat' }
        : { kind: 'default' };
  const afterHours = basis.kind === 'promised' ? basis.hours : basis.kind === 'live_chat' ? LIVE_CHAT_FOLLOW_UP_HOURS : FOLLOW_UP_AFTER_HOURS;
  let at = runClock(contact.at, afterHours * HOUR, f.waiting, f.now, false).due;
  // A step whose answer has a deadline (theirs, or a venue's rule) is not chased before it: the playbook
  // must not say "follow up" while the deadline clock still runs.
  if (step !== null && step.deadlineAt !== null) {
    const deadline = runDeadline(f, step, step.deadlineAt).due;
    if (deadline > at) {
      at = deadline;
      basis = { kind: 'deadline', at: deadline, zone: step.timeZone };
    }
  }
  const waited = waitedSince(f, contact.at);
  return {
    proposal: {
      action: 'follow_up',
      level: null,
      key: onStep ? `follow_up:step:${step.id}` : `follow_up:${mine[0]!.id}:${mine.length}`,
      reason: onStep ? followUpStepReason(step, waited, basis, f.now) : followUpReason(latest!, mine.length, waited, basis, f.now),
      letterTemplateId: LETTERS.follow_up!,
      actAt: null,
    },
    at,
    zone: contact.timeZone,
  };
}

/**
 * The latest step, when it went up the platform's own ladder after their latest answer and has none yet.
 * Once a third party has the complaint, the platform's steps are no longer chased from here.
 */
function stepAwaitingAnswer(f: TicketFacts): EscalationFact | null {
  const step = f.escalations[f.escalations.length - 1];
  if (!step || step.level === 'third_party' || step.answeredAt !== null) return null;
  return f.lastAnswerAt === null || step.at > f.lastAnswerAt ? step : null;
}

/** How long since `from`, leaving out the spells of waiting on me. */
function waitedSince(f: TicketFacts, from: number): number {
  return Math.max(0, f.now - from - sum(spellsWithin(from, f.waiting, f.now)));
}
