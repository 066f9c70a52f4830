/**
 * Wall time in an IANA zone → UTC instant, with Intl only (no tz database of our own).
 *
 * The zone's offset is found at that wall time: most days have one offset all day (two Intl look-ups per
 * distinct day, cached); on a day with a transition each time is resolved like Temporal's
 * 'compatible' disambiguation: a time that occurs twice (clocks back) takes the earlier instant and is
 * reported as ambiguous; a time that never occurs (clocks forward) is shifted forward by the gap and
 * reported as nonexistent. Dates that do not exist (February 30th) are refused.
 */
import { ImportError } from './importError';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface ZonedInstant {
  iso: string;
  /** The time fell in a gap (clocks forward) and was moved later by this many minutes. */
  shiftedMinutes?: number;
  /** The time occurred twice (clocks back); the earlier instant was taken. */
  ambiguous?: boolean;
}

const DAY = 86_400_000;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS[month - 1] ?? 0;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function isValidWallTime(w: WallTime): boolean {
  return (
    isValidDate(w.year, w.month, w.day) &&
    w.hour >= 0 &&
    w.hour <= 23 &&
    w.minute >= 0 &&
    w.minute <= 59 &&
    w.second >= 0 &&
    w.second <= 59
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2024-03-14T09:02:00" */
export function formatWallTime(w: WallTime): string {
  return `${formatDate(w.year, w.month, w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** The next calendar day. */
export function nextDay(date: { year: number; month: number; day: number }): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ImportError('bad_option', `"${timeZone}" is not a time zone this system knows (use an IANA name like "Asia/Shanghai").`);
  }
}

export class ZoneConverter {
  private readonly format: Intl.DateTimeFormat | null;
  private readonly dayOffsets = new Map<number, number | null>();

  constructor(readonly timeZone: string) {
    assertTimeZone(timeZone);
    this.format =
      timeZone.toUpperCase() === 'UTC' || timeZone === 'Etc/UTC'
        ? null
        : new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          });
  }

  /** null when the wall time cannot exist on any calendar (month 13, February 30th, 25:00). */
  toInstant(w: WallTime): ZonedInstant | null {
    if (!isValidWallTime(w)) return null;
    const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    if (!this.format) return { iso: new Date(local).toISOString() };
    const dayStart = Date.UTC(w.year, w.month - 1, w.day);
    let dayOffset = this.dayOffsets.get(dayStart);
    if (dayOffset === undefined) {
      const before = this.offsetAt(dayStart - DAY);
      dayOffset = before === this.offsetAt(dayStart + 2 * DAY) ? before : null;
      this.dayOffsets.set(dayStart, dayOffset);
    }
    if (dayOffset !== null) return { iso: new Date(local - dayOffset).toISOString() };
    return this.resolveTransitionDay(local);
  }

  private resolveTransitionDay(local: number): ZonedInstant {
    const before = this.offsetAt(local - DAY);
    const after = this.offsetAt(local + DAY);
    const fits = [local - before, local - after].filter((t) => t + this.offsetAt(t) === local).sort((a, b) => a - b);
    if (fits.length > 0) {
      const ambiguous = fits.length === 2 && fits[0] !== fits[1];
      return ambiguous ? { iso: new Date(fits[0]!).toISOString(), ambiguous } : { iso: new Date(fits[0]!).toISOString() };
    }
    // In the gap: read it with the offset from before the change, which lands after the gap.
    const instant = local - before;
    const shiftedMinutes = Math.round((instant + this.offsetAt(instant) - local) / 60_000);
    return { iso: new Date(instant).toISOString(), shiftedMinutes };
  }

  /** Zone offset (wall − UTC, in ms) at an instant. */
  private offsetAt(instant: number): number {
    const whole = Math.floor(instant / 1000) * 1000;
    const parts = this.format!.formatToParts(new Date(whole));
    const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - whole;
  }
}
