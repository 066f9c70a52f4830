import type { Reminder } from '@shared/followUp';

/**
 * What a banner can honestly say about a repeating reminder. `reminders.take` hands out the occurrence
 * that came due and, in the same transaction, moves the reminder to its next occurrence: by the time the
 * banner shows, "this time" is already over and "Done" would end the whole series. So the banner offers
 * "Followed up" (close the banner; the next occurrence stays) and a separate "Stop repeating".
 */
export function isRepeating(reminder: Pick<Reminder, 'repeatEveryDays'>): boolean {
  return reminder.repeatEveryDays !== null;
}

/**
 * The next occurrence of a taken repeating reminder, from the server's current copy of it: its due time
 * when it is still pending and later than the occurrence that was taken; null while unknown (not loaded)
 * or when the series has ended meanwhile (done, cancelled, or they replied).
 */
export function nextOccurrenceOf(taken: Pick<Reminder, 'id' | 'dueAt'>, current: Pick<Reminder, 'id' | 'dueAt' | 'state'> | undefined): string | null {
  if (!current || current.id !== taken.id || current.state !== 'pending') return null;
  return Date.parse(current.dueAt) > Date.parse(taken.dueAt) ? current.dueAt : null;
}

const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * A short "when" for the next occurrence: weekday and 24-hour time within the coming week ("Thu 09:00",
 * "周四 09:00"), with the date further out ("Thu, Mar 14, 09:00", "3月14日周四 09:00") so a weekday never
 * means the wrong week. `timeZone` only for tests: the app shows the viewer's own zone.
 */
export function formatNextDue(iso: string, language: string, now: number, timeZone?: string): string {
  const at = Date.parse(iso);
  const time = { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  if (at - now >= WEEK_MS - 3_600_000) {
    return new Intl.DateTimeFormat(language, { ...time, weekday: 'short', month: 'short', day: 'numeric' }).format(at);
  }
  // Weekday and time apart: Chinese would otherwise run them together ("周四09:00").
  const weekday = new Intl.DateTimeFormat(language, { timeZone, weekday: 'short' }).format(at);
  return `${weekday} ${new Intl.DateTimeFormat(language, time).format(at)}`;
}
