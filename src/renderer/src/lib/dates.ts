import { format, formatDistanceStrict, isSameDay, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';

/** date-fns locale for an i18next language. */
export function dateLocaleFor(language: string): Locale {
  return language.toLowerCase().startsWith('zh') ? zhCN : enUS;
}

/** "3 minutes ago" / "3 分钟前"; null under a minute, where the caller says "just now". */
export function formatRelative(iso: string, now: number, locale: Locale): string | null {
  const date = new Date(iso);
  if (Math.abs(now - date.getTime()) < 60_000) return null;
  return formatDistanceStrict(date, now, { addSuffix: true, locale });
}

/** Clock time in the entry bubble: "10:32 AM" / "10:32". */
export function formatClock(iso: string, locale: Locale): string {
  return format(new Date(iso), 'p', { locale });
}

/** A day separator: "Monday, March 3rd, 2025" / "2025年3月3日 星期一". */
export function formatDay(iso: string, locale: Locale): string {
  return format(new Date(iso), 'PPPP', { locale });
}

/** Date and time, medium length: "Mar 3, 2025, 10:32 AM". */
export function formatDateTime(iso: string, locale: Locale): string {
  return format(new Date(iso), 'PPp', { locale });
}

/**
 * The exact instant for a tooltip: unambiguous, seconds and offset included, plus the zone the event
 * happened in when it differs from the viewer's.
 */
export function formatExact(iso: string, timeZone?: string): string {
  const exact = format(new Date(iso), 'yyyy-MM-dd HH:mm:ss xxx');
  return timeZone ? `${exact} (${timeZone})` : exact;
}

export function sameLocalDay(a: string, b: string): boolean {
  return isSameDay(new Date(a), new Date(b));
}

/** The value a datetime-local input shows for an instant, in the viewer's time zone. */
export function toDateTimeLocalValue(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local value ("2025-03-03T10:32", local wall time) as an ISO instant, or null if invalid. */
export function fromDateTimeLocalValue(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Compact date and time for narrow cards: "Nov 23, 9:18 AM" / "11月23日 09:18"; the year only when it is not this one. */
export function formatShortDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return new Intl.DateTimeFormat(language, {
    year: sameYear ? undefined : 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}
