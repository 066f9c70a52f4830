/**
 * Turning an EXIF timestamp into an instant. EXIF writes local wall time ("2024:03:01 10:15:00") and,
 * since EXIF 2.31, optionally the offset it was in ("+08:00"). exif-reader hands the wall time back as a
 * Date whose UTC fields are that wall time.
 */
import { ZoneConverter } from '../import/zonedTime';

/** "+08:00" / "-05:30" → minutes east of UTC; null when absent, blank ("   :  ") or malformed. */
export function parseExifOffset(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  if (minutes > 14 * 60) return null;
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The instant a wall time denotes: with the EXIF offset when there is one; else in `timeZone` (the
 * uploader's zone, which is where a screenshot or photo on their own device was taken); else read as UTC,
 * which may be off by the zone's offset — the item's capturedAtSource still says 'metadata', and the
 * original file keeps the raw value for anyone who needs to reinterpret it.
 */
export function exifInstant(wall: Date, offsetMinutes: number | null, timeZone?: string): Date {
  if (offsetMinutes !== null) return new Date(wall.getTime() - offsetMinutes * 60_000);
  if (timeZone) return wallTimeInZone(wall, timeZone);
  return wall;
}

/**
 * The UTC instant at which clocks in `timeZone` showed `wall` (a Date carrying wall time in its UTC fields).
 * One zone conversion for the whole core: the transcript importers' (DST gaps and repeats handled there).
 */
export function wallTimeInZone(wall: Date, timeZone: string): Date {
  const zoned = new ZoneConverter(timeZone).toInstant({
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  });
  return zoned ? new Date(zoned.iso) : wall;
}
