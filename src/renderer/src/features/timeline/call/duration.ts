const two = (n: number) => String(n).padStart(2, '0');

/** A timer's reading: "03:07", or "1:02:07" past an hour. */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/**
 * What a person types as a call's length: "12" (minutes), "12:30", "1:02:30"; Chinese or full-width colons
 * too. Null when it is not a duration; empty text is "unknown" (undefined).
 */
export function parseDuration(text: string): number | null | undefined {
  const clean = text.trim().replace(/[：︰]/g, ':');
  if (clean === '') return undefined;
  if (/^\d{1,4}$/.test(clean)) return Number(clean) * 60;
  const match = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})$/.exec(clean);
  if (!match) return null;
  const [, h = '0', m = '0', s = '0'] = match;
  if (Number(s) > 59 || (match[1] !== undefined && Number(m) > 59)) return null;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}
