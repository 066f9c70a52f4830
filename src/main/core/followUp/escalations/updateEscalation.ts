/**
 * escalations.update: the reference, their answer and the deadline it starts usually arrive days after
 * the step. The step's timeline entry is rewritten to match (editEntry keeps the earlier text as a
 * revision, so nothing said before is lost).
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { Escalation } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { orNull } from '../../db/json';
import { editEntry, getEntry } from '../../log/logStore';
import { endRemindersOnStepAnswer } from '../reminders/reminderEnding';
import { findVenue } from '../venues/venueStore';
import { deriveDeadline } from './escalationDeadline';
import { getEscalation } from './escalationStore';
import { escalationEntryText } from './escalationText';
import { checkStepTimes } from './escalationTimes';

type Input = ParsedInputOf<'escalations.update'>;

export function updateEscalation(ctx: CoreContext, input: Input): Escalation {
  inTransaction(ctx, () => {
    const before = getEscalation(ctx, input.id);
    const instant = (value: string | null | undefined, old: string | null) =>
      value === undefined ? old : value === null ? null : new Date(value).toISOString();
    const after: Escalation = {
      ...before,
      toWhom: input.toWhom === undefined ? before.toWhom : orNull(input.toWhom),
      reference: input.reference === undefined ? before.reference : orNull(input.reference),
      answer: input.answer === undefined ? before.answer : orNull(input.answer),
      answeredAt: instant(input.answeredAt, before.answeredAt),
      deadlineAt: instant(input.deadlineAt, before.deadlineAt),
      notes: input.notes === undefined ? before.notes : orNull(input.notes),
    };
    // A management step names a venue only because that venue's rule set its deadline: a deadline the
    // user sets instead is theirs, so the clocks must no longer call it a regulator's.
    if (after.deadlineAt !== before.deadlineAt && before.level !== 'third_party') after.venueId = null;

    const fields = (['toWhom', 'reference', 'answer', 'answeredAt', 'deadlineAt', 'notes'] as const).filter(
      (key) => after[key] !== before[key],
    );
    if (fields.length === 0) return;
    checkStepTimes(ctx, { at: before.at, answeredAt: after.answeredAt, deadlineAt: after.deadlineAt });

    ctx.db
      .prepare(
        `UPDATE escalations SET to_whom = ?, reference = ?, answer = ?, answered_at = ?, deadline_at = ?, notes = ?, venue_id = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(
        after.toWhom,
        after.reference,
        after.answer,
        after.answeredAt,
        after.deadlineAt,
        after.notes,
        after.venueId,
        ctx.now().toISOString(),
        after.id,
      );
    rewriteEntry(ctx, after);
    // Their answer arrived: "until they answer" reminders set before it end, as with an agent's entry.
    if (before.answeredAt === null && after.answeredAt !== null && after.level !== 'third_party') {
      endRemindersOnStepAnswer(ctx, after.ticketId, after.answeredAt, after.id);
    }
    const detail: Record<string, unknown> = {};
    for (const key of fields) {
      // Long texts are summarised by length: the audit trail records that they changed, the entry holds them.
      detail[key] = key === 'answer' || key === 'notes' ? { chars: after[key]?.length ?? 0 } : after[key];
    }
    ctx.audit.record('escalation.updated', { ticketId: after.ticketId, subject: `escalation:${after.id}`, detail: { changes: detail } });
  });
  return getEscalation(ctx, input.id);
}

/** The step's timeline entry, written again from its current facts, in the zone it was first written in. */
function rewriteEntry(ctx: CoreContext, step: Escalation): void {
  if (step.entryId === null) return;
  const entry = getEntry(ctx, step.entryId);
  const venue = step.venueId ? findVenue(ctx, step.venueId) : null;
  const platformId = ctx.db.prepare('SELECT platform_id FROM tickets WHERE id = ?').pluck().get(step.ticketId) as number;
  // Say where the deadline came from only while it still is the one the venue's rule gives.
  const derived = deriveDeadline(
    ctx,
    { level: step.level, at: step.at, venue: step.level === 'third_party' ? venue : null, platformId },
    entry.timeZone,
  );
  const origin = derived && derived.deadlineAt === step.deadlineAt && derived.venueId === step.venueId ? derived.origin : null;
  const text = escalationEntryText(step, step.level === 'third_party' ? venue : null, origin, entry.timeZone);
  if (text !== entry.text) editEntry(ctx, { id: entry.id, text });
}
