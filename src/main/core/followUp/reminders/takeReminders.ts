/**
 * reminders.take: hands out every due occurrence not delivered yet, exactly once.
 *
 * One IMMEDIATE transaction reads the due, undelivered occurrences and marks them delivered before it
 * commits; SQLite lets one writer in at a time, so two shells (the desktop notifier and a web tab), two
 * cores on the same file or a restart in the middle can never both receive the same occurrence. Times are
 * compared as UTC instants, so the machine's own time zone plays no part.
 *
 * A one-off reminder stays pending once delivered (reminders.due still lists it for the banner) until it is
 * done, snoozed or cancelled. A repeating one moves straight to its first occurrence after now: occurrences
 * missed while the app was closed are delivered once, not one per missed day.
 */
import type { Reminder } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { statement } from '../../db/statements';
import { SELECT_REMINDERS, toReminder, type ReminderRow } from './reminderRows';
import { nextOccurrence } from './reminderSchedule';

export function takeReminders(ctx: CoreContext): Reminder[] {
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const nowIso = now.toISOString();
    const rows = statement(
      ctx.db,
      `${SELECT_REMINDERS} WHERE r.state = 'pending' AND r.due_at <= ? AND r.notified_at IS NULL ORDER BY r.due_at, r.id`,
    ).all(nowIso) as ReminderRow[];
    const taken: Reminder[] = [];
    for (const row of rows) {
      taken.push(toReminder({ ...row, notified_at: nowIso }));
      const next = row.repeat_every_days === null ? null : nextOccurrence(Date.parse(row.due_at), row.time_zone, row.repeat_every_days, now.getTime());
      if (next !== null) {
        statement(ctx.db, 'UPDATE reminders SET due_at = ?, notified_at = NULL WHERE id = ?').run(new Date(next).toISOString(), row.id);
      } else {
        statement(ctx.db, 'UPDATE reminders SET notified_at = ? WHERE id = ?').run(nowIso, row.id);
      }
    }
    return taken;
  });
}
