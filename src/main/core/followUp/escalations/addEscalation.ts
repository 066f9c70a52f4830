/**
 * escalations.add: one step up the ladder. In one transaction it records the step, writes it on the
 * ticket's timeline (a note the user and the dossier can read), derives a regulatory deadline when the
 * directory has one, moves the ticket's status (escalated / complaint filed) and, when the platform's answer
 * comes with it, ends the "until they answer" reminders that answer settles.
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { TicketStatus } from '../../../../shared/domain';
import type { Venue } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { CasefileError } from '../../errors';
import { orNull } from '../../db/json';
import { addEntry } from '../../log/logStore';
import { getTicket, updateTicket } from '../../tickets/ticketStore';
import { endRemindersOnStepAnswer } from '../reminders/reminderEnding';
import { findVenue } from '../venues/venueStore';
import { userZone } from '../userZone';
import { deriveDeadline } from './escalationDeadline';
import { escalationEntryText } from './escalationText';
import { checkStepTimes } from './escalationTimes';

export function addEscalation(ctx: CoreContext, input: ParsedInputOf<'escalations.add'>): { id: number } {
  return inTransaction(ctx, () => {
    const ticket = getTicket(ctx, input.ticketId);
    if (ticket.status === 'resolved' || ticket.status === 'closed') {
      throw new CasefileError(
        'conflict',
        `Ticket ${ticket.id} is ${ticket.status}: reopen the ticket first (set its status back to open), then record the escalation`,
        undefined,
        'ticket_closed',
      );
    }
    const at = new Date(input.at ?? ctx.now().toISOString()).toISOString();
    const answeredAt = input.answeredAt ? new Date(input.answeredAt).toISOString() : null;
    const givenDeadline = input.deadlineAt ? new Date(input.deadlineAt).toISOString() : null;
    checkStepTimes(ctx, { at, answeredAt, deadlineAt: givenDeadline });

    const venue = venueOf(ctx, input);
    const venueKind = input.level === 'third_party' ? (input.venueKind ?? venue?.kind ?? null) : null;
    const zone = userZone(ctx, ticket.id);
    const derived = givenDeadline ? null : deriveDeadline(ctx, { level: input.level, at, venue, platformId: ticket.platformId }, zone);
    const step = {
      level: input.level,
      venueKind,
      // A third-party step names its venue; a management step names the venue whose rule set its deadline.
      venueId: venue?.id ?? derived?.venueId ?? null,
      at,
      toWhom: orNull(input.toWhom),
      channel: input.channel ?? null,
      reference: orNull(input.reference),
      answer: orNull(input.answer),
      answeredAt,
      deadlineAt: givenDeadline ?? derived?.deadlineAt ?? null,
      notes: orNull(input.notes),
    };

    const entry = addEntry(ctx, {
      ticketId: ticket.id,
      author: 'note',
      text: escalationEntryText(step, venue, derived?.origin ?? null, zone),
      channel: step.channel ?? undefined,
      occurredAt: at,
      timeZone: zone,
    });
    const now = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO escalations (ticket_id, level, venue_kind, venue_id, at, to_whom, channel, reference, answer, answered_at,
           deadline_at, notes, entry_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ticket.id,
        step.level,
        step.venueKind,
        step.venueId,
        step.at,
        step.toWhom,
        step.channel,
        step.reference,
        step.answer,
        step.answeredAt,
        step.deadlineAt,
        step.notes,
        entry.id,
        now,
        now,
      );
    const id = Number(lastInsertRowid);
    ctx.audit.record('escalation.added', {
      ticketId: ticket.id,
      subject: `escalation:${id}`,
      detail: {
        level: step.level,
        venueId: step.venueId,
        reference: step.reference,
        deadlineAt: step.deadlineAt,
        deadlineFrom: derived ? derived.venueId : givenDeadline ? 'user' : null,
        entryId: entry.id,
      },
    });

    if (step.answeredAt !== null && step.level !== 'third_party') endRemindersOnStepAnswer(ctx, ticket.id, step.answeredAt, id);

    const status = statusAfter(step.level, ticket.status);
    if (status !== ticket.status) updateTicket(ctx, { id: ticket.id, status });
    return { id };
  });
}

/** The venue a third-party step names (invalid_input for an unknown id or a venue on a lower step). */
function venueOf(ctx: CoreContext, input: ParsedInputOf<'escalations.add'>): Venue | null {
  if (input.level !== 'third_party' && (input.venueId !== undefined || input.venueKind !== undefined)) {
    throw new CasefileError(
      'invalid_input',
      `${input.venueId !== undefined ? 'venueId' : 'venueKind'}: Only a third-party step goes to a venue; choose level "third_party" or leave it out`,
      input.venueId !== undefined ? 'venueId' : 'venueKind',
    );
  }
  if (input.venueId === undefined) return null;
  const venue = findVenue(ctx, input.venueId);
  if (!venue) {
    throw new CasefileError(
      'invalid_input',
      `venueId: No venue "${input.venueId}" in the directory; pick one from venues.list or add your own with venues.save`,
      'venueId',
    );
  }
  return venue;
}

/**
 * Senior and management steps mean "escalated"; a third-party step means "complaint filed". The ticket
 * never moves back down: a management step taken after a complaint was filed leaves "complaint filed".
 * Frontline steps do not change the status.
 */
function statusAfter(level: ParsedInputOf<'escalations.add'>['level'], current: TicketStatus): TicketStatus {
  if (level === 'third_party') return 'complaint_filed';
  if ((level === 'senior' || level === 'management') && current !== 'complaint_filed') return 'escalated';
  return current;
}
