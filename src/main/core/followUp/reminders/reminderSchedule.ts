/**
 * When a reminder is due, on the calendar of its time zone: the presets and the next occurrence of a
 * repeating reminder. Wall times are read and written with Intl only (ZoneConverter), never with the
 * process's own zone, so the answer is the same on any machine and across daylight-saving changes:
 * "every 3 days at 09:00 in London" stays at 09:00 London time when the clocks change.
 */
import type { ReminderPreset } from '../../../../shared/followUp';
import { nextDay, ZoneConverter, type WallTime } from '../../import/zonedTime';

const HOUR = 3_600_000;
/** Reminders are set before this instant: later ones cannot be placed on the calendar (ZoneConverter stops at 2199). */
export const LATEST_DUE = Date.UTC(2200, 0, 1);

/** The zone's canonical name ("america/new_york" → "America/New_York"); UTC for one this runtime does not know. */
export function canonicalZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();
const converters = new Map<string, ZoneConverter>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function converterFor(timeZone: string): ZoneConverter {
  let converter = converters.get(timeZone);
  if (!converter) {
    converter = new ZoneConverter(timeZone);
    converters.set(timeZone, converter);
  }
  return converter;
}

/** The wall time of an instant in a zone. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts = formatFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The instant of a wall time in a zone (a time skipped by a clock change moves later by the gap); null past 2199. */
export function instantOf(wall: WallTime, timeZone: string): number | null {
  const zoned = converterFor(timeZone).toInstant(wall);
  return zoned ? Date.parse(zoned.iso) : null;
}

/** The same wall time `days` calendar days later (23, 24 or 25 hours a day, as the zone's clocks go). */
export function addLocalDays(ms: number, timeZone: string, days: number): number | null {
  const wall = wallTimeAt(ms, timeZone);
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  const later = instantOf({ ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, timeZone);
  return later === null ? null : later + (((ms % 1000) + 1000) % 1000);
}

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
  return next !== null && next < LATEST_DUE ? next : null;
}
