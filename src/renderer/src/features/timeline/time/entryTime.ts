import { viewerTimeZone } from '@renderer/lib/dates';
import { instantToZoned, zonedToInstant } from '@renderer/lib/zonedTime';

/** When an entry happened, as the capture forms hold it: empty date and time mean "now". */
export interface EntryTime {
  /** YYYY-MM-DD, or '' for now. */
  date: string;
  /** HH:MM, or '' for now. */
  time: string;
  /** IANA zone the date and time are in; null: the system's. */
  timeZone: string | null;
}

export type ResolvedTime =
  | { ok: true; occurredAt: string | undefined; timeZone: string }
  | { ok: false; timeZone: string };

export const isNow = (value: EntryTime) => value.date === '' && value.time === '';

/**
 * What to send with log.add: no occurredAt for "now" (the server's clock), else the instant the wall time
 * names in its zone. A time without a date is today (in that zone); a date without a time is not enough.
 */
export function resolveEntryTime(value: EntryTime, nowMs: number): ResolvedTime {
  const timeZone = value.timeZone ?? viewerTimeZone();
  if (isNow(value)) return { ok: true, occurredAt: undefined, timeZone };
  const date = value.date || instantToZoned(nowMs, timeZone).date;
  const occurredAt = value.time ? zonedToInstant(date, value.time, timeZone) : null;
  return occurredAt ? { ok: true, occurredAt, timeZone } : { ok: false, timeZone };
}
