/**
 * Turning an EXIF timestamp into an instant. EXIF writes local wall time ("2024:03:01 10:15:00") and,
 * since EXIF 2.31, optionally the offset it was in ("+08:00"). exif-reader hands the wall time back as a
 * Date whose UTC fields are that wall time.
 */

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

/** The UTC instant at which clocks in `timeZone` showed `wall` (a Date carrying wall time in its UTC fields). */
export function wallTimeInZone(wall: Date, timeZone: string): Date {
  // Guess with the offset at the wall time read as UTC, then correct once: right except inside a DST gap.
  let guess = wall.getTime() - zoneOffsetMs(wall.getTime(), timeZone);
  guess = wall.getTime() - zoneOffsetMs(guess, timeZone);
  return new Date(guess);
}

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}
