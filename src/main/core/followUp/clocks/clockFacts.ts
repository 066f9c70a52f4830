/**
 * What the clocks and the playbook are computed from, read from the store in a handful of indexed
 * queries: the ticket, my messages since the platform's last answer, the channels' promised times, the
 * pending reminders, the escalation steps and the spells of waiting on me. Escalations are read here with
 * plain SQL (their store belongs to the escalation module); only the columns the clocks need.
 */
import type { Author, ChannelKind, TicketStatus } from '../../../../shared/domain';
import type { EscalationLevel, VenueKind } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { notFound } from '../../errors';
import { statement } from '../../db/statements';
import { waitingMeIntervals, type Spell } from '../../tickets/statusHistory';
import { SELECT_REMINDERS, type ReminderRow } from '../reminders/reminderRows';

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
  /** The platform's latest entry, if any. */
  lastAnswer: { id: number; at: number } | null;
  /** My messages and calls after the platform's latest entry, oldest first (the unanswered ones). */
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

  const last = statement(
    ctx.db,
    `SELECT id, occurred_at AS at FROM entries WHERE ticket_id = ? AND author = 'agent' ORDER BY occurred_at DESC, id DESC LIMIT 1`,
  ).get(ticketId) as { id: number; at: string } | undefined;
  const mine = statement(
    ctx.db,
    `SELECT id, kind, channel, occurred_at AS at, time_zone AS timeZone FROM entries
     WHERE ticket_id = ? AND author = ? AND (occurred_at, id) > (?, ?) ORDER BY occurred_at, id`,
  ).all(ticketId, 'me' satisfies Author, last?.at ?? '', last?.id ?? 0) as (Omit<MyMessage, 'at'> & { at: string })[];

  const promises = new Map<ChannelKind, PromisedTime>();
  const channels = statement(
    ctx.db,
    `SELECT id, kind, address, promised_response_hours AS hours FROM channels
     WHERE platform_id = ? AND promised_response_hours IS NOT NULL ORDER BY id`,
  ).all(ticket.platformId) as { id: number; kind: ChannelKind; address: string; hours: number }[];
  for (const c of channels) if (!promises.has(c.kind)) promises.set(c.kind, { channelId: c.id, address: c.address, hours: c.hours });

  const zone =
    (statement(ctx.db, 'SELECT time_zone FROM entries WHERE ticket_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1', { pluck: true }).get(
      ticketId,
    ) as string | undefined) ?? 'UTC';
  const escalations = (
    statement(
      ctx.db,
      `SELECT e.id, e.level, e.venue_kind AS venueKind, e.venue_id AS venueId, e.at, e.answered_at AS answeredAt,
              e.deadline_at AS deadlineAt, en.time_zone AS timeZone
       FROM escalations e LEFT JOIN entries en ON en.id = e.entry_id WHERE e.ticket_id = ? ORDER BY e.at, e.id`,
    ).all(ticketId) as {
      id: number;
      level: EscalationLevel;
      venueKind: VenueKind | null;
      venueId: string | null;
      at: string;
      answeredAt: string | null;
      deadlineAt: string | null;
      timeZone: string | null;
    }[]
  ).map((e) => ({
    ...e,
    at: Date.parse(e.at),
    answeredAt: e.answeredAt === null ? null : Date.parse(e.answeredAt),
    deadlineAt: e.deadlineAt === null ? null : Date.parse(e.deadlineAt),
    timeZone: e.timeZone ?? zone,
  }));

  return {
    ticketId,
    title: ticket.title,
    platformId: ticket.platformId,
    platformName: ticket.platformName,
    status: ticket.status,
    now,
    lastAnswer: last ? { id: last.id, at: Date.parse(last.at) } : null,
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
