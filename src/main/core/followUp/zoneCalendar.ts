/**
 * Wall times on a zone's calendar, read and written with Intl only (ZoneConverter), never with the
 * process's own zone: the same answer on any machine and across daylight-saving changes. Shared by the
 * reminders (presets, repeats), the clocks' explanations and the deadlines a venue's rule starts
 * ("8 weeks" keeps its wall time when the clocks change).
 */
import { ZoneConverter, type WallTime } from '../import/zonedTime';

/** Instants are placed on a zone's calendar before this one only (ZoneConverter stops at 2199). */
export const LATEST_CALENDAR = Date.UTC(2200, 0, 1);

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
