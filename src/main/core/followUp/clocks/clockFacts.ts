/**
 * What the clocks and the playbook are computed from, read from the store in a handful of indexed
 * queries: the ticket, my messages since the platform's last answer, the channels' promised times, the
 * pending reminders, the escalation steps and the spells of waiting on me. Escalations are read here with
 * plain SQL (their store belongs to the escalation module); only the columns the clocks need. An answer
 * recorded on a step of the platform's own ladder is the platform's answer, like an agent's entry: the
 * clocks and the playbook must not keep asking for a reply the user has already written down.
 */
import type { Author, ChannelKind, TicketStatus } from '../../../../shared/domain';
import type { Bilingual, EscalationLevel, VenueKind } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { notFound } from '../../errors';
import { statement } from '../../db/statements';
import { waitingMeIntervals, type Spell } from '../../tickets/statusHistory';
import { SELECT_REMINDERS, type ReminderRow } from '../reminders/reminderRows';
import { findVenue } from '../venues/venueStore';

export interface MyMessage {
  id: number;
  kind: 'message' | 'call';
  channel: ChannelKind | null;
  at: number;
  timeZone: string;
}

export interface PromisedTime {
  channelId: number;
  address: string;
  hours: number;
}

export interface EscalationFact {
  id: number;
  level: EscalationLevel;
  venueKind: VenueKind | null;
  venueId: string | null;
  /** The directory's name of that venue (null without one, or when the user deleted their own venue). */
  venueName: Bilingual | null;
  channel: ChannelKind | null;
  at: number;
  answeredAt: number | null;
  deadlineAt: number | null;
  /** The zone of the timeline entry that records the step, else the ticket's usual zone. */
  timeZone: string;
}

export interface TicketFacts {
  ticketId: number;
  title: string;
  platformId: number;
  platformName: string;
  status: TicketStatus;
  now: number;
  /** When the platform last answered (an agent's entry, or an answer recorded on a step below the third party). */
  lastAnswerAt: number | null;
  /** My messages and calls after the platform's latest answer, oldest first (the unanswered ones). */
  unanswered: MyMessage[];
  /** Per channel kind, the first of the platform's channels of that kind that states a promised time. */
  promises: Map<ChannelKind, PromisedTime>;
  reminders: ReminderRow[];
  /** Every step, in the order taken. */
  escalations: EscalationFact[];
  /** Spells of 'waiting_me' up to now (the last one may still be going on). */
  waiting: Spell[];
  /** The zone of the ticket's latest entry (UTC without entries): for times that carry no zone of their own. */
  zone: string;
  rated: boolean;
}

/** Earliest instant a JavaScript Date can hold: "since the beginning". */
const BEGINNING = -8.64e15;

export function ticketFacts(ctx: CoreContext, ticketId: number): TicketFacts {
  const ticket = statement(
    ctx.db,
    `SELECT t.id, t.title, t.status, t.platform_id AS platformId, p.name AS platformName,
            EXISTS (SELECT 1 FROM ticket_ratings r WHERE r.ticket_id = t.id) AS rated
     FROM tickets t JOIN platforms p ON p.id = t.platform_id WHERE t.id = ?`,
  ).get(ticketId) as { id: number; title: string; status: TicketStatus; platformId: number; platformName: string; rated: number } | undefined;
  if (!ticket) throw notFound('Ticket', ticketId);
  const now = ctx.now().getTime();
  const zone =
    (statement(ctx.db, 'SELECT time_zone FROM entries WHERE ticket_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1', { pluck: true }).get(
      ticketId,
    ) as string | undefined) ?? 'UTC';
  const escalations = escalationFacts(ctx, ticketId, zone);

  // The platform's latest answer: an agent's entry, or the answer recorded on a step up its own ladder (a
  // supervisor's reply typed into the step). A third party's answer is not the platform's.
  const agent = statement(
    ctx.db,
    `SELECT id, occurred_at AS at FROM entries WHERE ticket_id = ? AND author = 'agent' ORDER BY occurred_at DESC, id DESC LIMIT 1`,
  ).get(ticketId) as { id: number; at: string } | undefined;
  const stepAnswer = Math.max(-Infinity, ...escalations.filter((e) => e.level !== 'third_party' && e.answeredAt !== null).map((e) => e.answeredAt!));
  const agentAt = agent ? Date.parse(agent.at) : -Infinity;
  // Mine are the messages after it; at the very instant of a step's answer, the answer counts as later.
  const after: [string, number] = stepAnswer > agentAt ? [new Date(stepAnswer).toISOString(), Number.MAX_SAFE_INTEGER] : [agent?.at ?? '', agent?.id ?? 0];
  const mine = statement(
    ctx.db,
    `SELECT id, kind, channel, occurred_at AS at, time_zone AS timeZone FROM entries
     WHERE ticket_id = ? AND author = ? AND (occurred_at, id) > (?, ?) ORDER BY occurred_at, id`,
  ).all(ticketId, 'me' satisfies Author, ...after) as (Omit<MyMessage, 'at'> & { at: string })[];

  const promises = new Map<ChannelKind, PromisedTime>();
  const channels = statement(
    ctx.db,
    `SELECT id, kind, address, promised_response_hours AS hours FROM channels
     WHERE platform_id = ? AND promised_response_hours IS NOT NULL ORDER BY id`,
  ).all(ticket.platformId) as { id: number; kind: ChannelKind; address: string; hours: number }[];
  for (const c of channels) if (!promises.has(c.kind)) promises.set(c.kind, { channelId: c.id, address: c.address, hours: c.hours });

  const lastAnswerAt = Math.max(agentAt, stepAnswer);
  return {
    ticketId,
    title: ticket.title,
    platformId: ticket.platformId,
    platformName: ticket.platformName,
    status: ticket.status,
    now,
    lastAnswerAt: Number.isFinite(lastAnswerAt) ? lastAnswerAt : null,
    unanswered: mine.map((m) => ({ ...m, at: Date.parse(m.at) })),
    promises,
    reminders: statement(ctx.db, `${SELECT_REMINDERS} WHERE r.ticket_id = ? AND r.state = 'pending' ORDER BY r.due_at, r.id`).all(
      ticketId,
    ) as ReminderRow[],
    escalations,
    waiting: waitingMeIntervals(ctx, ticketId, BEGINNING, now),
    zone,
    rated: ticket.rated === 1,
  };
}

function escalationFacts(ctx: CoreContext, ticketId: number, zone: string): EscalationFact[] {
  const rows = statement(
    ctx.db,
    `SELECT e.id, e.level, e.venue_kind AS venueKind, e.venue_id AS venueId, e.channel, e.at, e.answered_at AS answeredAt,
            e.deadline_at AS deadlineAt, en.time_zone AS timeZone
     FROM escalations e LEFT JOIN entries en ON en.id = e.entry_id WHERE e.ticket_id = ? ORDER BY e.at, e.id`,
  ).all(ticketId) as {
    id: number;
    level: EscalationLevel;
    venueKind: VenueKind | null;
    venueId: string | null;
    channel: ChannelKind | null;
    at: string;
    answeredAt: string | null;
    deadlineAt: string | null;
    timeZone: string | null;
  }[];
  return rows.map((e) => ({
    ...e,
    venueName: e.venueId === null ? null : (findVenue(ctx, e.venueId)?.name ?? null),
    at: Date.parse(e.at),
    answeredAt: e.answeredAt === null ? null : Date.parse(e.answeredAt),
    deadlineAt: e.deadlineAt === null ? null : Date.parse(e.deadlineAt),
    timeZone: e.timeZone ?? zone,
  }));
}
