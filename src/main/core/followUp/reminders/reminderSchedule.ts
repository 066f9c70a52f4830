/**
 * When a reminder is due, on the calendar of its time zone (zoneCalendar.ts): the presets and the next
 * occurrence of a repeating reminder. "Every 3 days at 09:00 in London" stays at 09:00 London time when
 * the clocks change.
 */
import type { ReminderPreset } from '../../../../shared/followUp';
import { nextDay } from '../../import/zonedTime';
import { addLocalDays, instantOf, LATEST_CALENDAR, wallTimeAt } from '../zoneCalendar';

const HOUR = 3_600_000;

const isWeekend = (d: { year: number; month: number; day: number }) => [0, 6].includes(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay());

/**
 * A preset's instant: in_24_hours is exactly 24 h from now; in_3_days is the same wall time three calendar
 * days later; next_working_day_9am is 09:00 on the next Monday–Friday after today, in the zone.
 */
export function presetDue(preset: ReminderPreset, now: number, timeZone: string): number | null {
  switch (preset) {
    case 'in_24_hours':
      return now + 24 * HOUR;
    case 'in_3_days':
      return addLocalDays(now, timeZone, 3);
    case 'next_working_day_9am': {
      let date = nextDay(wallTimeAt(now, timeZone));
      while (isWeekend(date)) date = nextDay(date);
      return instantOf({ ...date, hour: 9, minute: 0, second: 0 }, timeZone);
    }
  }
}

/**
 * A repeating reminder's first occurrence after `now`, stepping `everyDays` calendar days at a time from
 * `due` (missed occurrences are skipped, not delivered one by one). null when it would fall past 2199.
 */
export function nextOccurrence(due: number, timeZone: string, everyDays: number, now: number): number | null {
  // Jump close to now first (a reminder missed for years does not step day by day), then step.
  const missedSteps = Math.max(0, Math.floor((now - due) / (everyDays * 24 * HOUR)) - 1);
  let next = missedSteps > 0 ? addLocalDays(due, timeZone, missedSteps * everyDays) : due;
  while (next !== null && next <= now) next = addLocalDays(next, timeZone, everyDays);
  return next !== null && next < LATEST_CALENDAR ? next : null;
}
