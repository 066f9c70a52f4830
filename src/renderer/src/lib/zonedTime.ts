/**
 * Wall times in a named IANA zone, without a time-zone library: Intl knows every zone's offset at any
 * instant, and two guesses settle the daylight-saving edges.
 */

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at an instant. */
export function wallPartsAt(epochMs: number, timeZone: string): WallParts {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const p = wallPartsAt(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * "2024-03-01" + "10:15" in "Asia/Shanghai" → "2024-03-01T02:15:00.000Z". Null when the date or time is
 * not one (a time skipped by a daylight-saving change resolves to the instant just after the gap).
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute, second] = [d[1], d[2], d[3], t[1], t[2], t[3] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(guess);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  try {
    // The zone's offsets a day either side: around a daylight-saving change they differ. A wall time that
    // happened twice takes its first occurrence; one that was skipped, the instant just after the gap.
    const day = 86_400_000;
    const candidates = [guess - zoneOffsetMs(guess - day, timeZone), guess - zoneOffsetMs(guess + day, timeZone)];
    const valid = candidates.filter((at) => zoneOffsetMs(at, timeZone) === guess - at);
    return new Date(valid.length > 0 ? Math.min(...valid) : candidates[0]!).toISOString();
  } catch {
    return null;
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** The date and time inputs' values for an instant as seen in `timeZone`. */
export function instantToZoned(epochMs: number, timeZone: string): { date: string; time: string } {
  const p = wallPartsAt(epochMs, timeZone);
  return { date: `${p.year}-${two(p.month)}-${two(p.day)}`, time: `${two(p.hour)}:${two(p.minute)}` };
}

/** "UTC+8", "UTC−3:30", "UTC" for a zone at an instant. */
export function offsetLabel(epochMs: number, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(epochMs, timeZone) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${rest ? `:${two(rest)}` : ''}`;
}

/** True when the runtime knows the zone. */
export function isKnownZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
