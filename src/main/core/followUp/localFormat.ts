/**
 * Dates, times and waits as a letter or a timeline line prints them, in the user's zone and language:
 * "14 March 2024, 09:02 (UTC+8)" / "2024年3月14日 09:02（UTC+8）", "3 days 4 hours" / "3天4小时".
 *
 * date-fns formats with the process's own local time, which is not the user's zone. So the wall time is
 * read in the user's zone with Intl, and date-fns only ever formats a calendar DAY, built at local noon
 * (no zone changes its clocks at noon, so that Date always exists); the hours and minutes come straight
 * from the Intl parts. This way the printout does not depend on where the app happens to run.
 */
import { format, formatDuration } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import type { LetterLanguage } from '../../../shared/followUp';

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallTime(instant: string, zone: string): Wall | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  let formatter = wallFormats.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    wallFormats.set(zone, formatter);
  }
  const parts = formatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  // Years before 1 AD (a typo in an old record) are printed as ISO text rather than misread.
  if (parts.find((p) => p.type === 'era')?.value !== 'AD') return null;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function localNoon(wall: Wall): Date {
  const date = new Date(2000, wall.month - 1, wall.day, 12, 0, 0);
  date.setFullYear(wall.year, wall.month - 1, wall.day);
  return date;
}

/** "14 March 2024" / "2024年3月14日". */
export function formatDay(instant: string, zone: string, language: LetterLanguage): string {
  const wall = wallTime(instant, zone);
  if (!wall) return instant.slice(0, 10);
  return language === 'zh-CN'
    ? format(localNoon(wall), 'yyyy年M月d日', { locale: zhCN })
    : format(localNoon(wall), 'd MMMM yyyy', { locale: enUS });
}

/** "14 March 2024, 09:02 (UTC+8)" / "2024年3月14日 09:02（UTC+8）". */
export function formatDayTime(instant: string, zone: string, language: LetterLanguage): string {
  const wall = wallTime(instant, zone);
  if (!wall) return instant;
  const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
  const offset = offsetLabel(instant, zone);
  return language === 'zh-CN'
    ? `${formatDay(instant, zone, language)} ${time}（${offset}）`
    : `${formatDay(instant, zone, language)}, ${time} (${offset})`;
}

/** "UTC+8", "UTC+5:30", "UTC" for the zone at that instant. */
export function offsetLabel(instant: string, zone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  if (!name || name === 'GMT' || name === 'GMT+0') return 'UTC';
  return name.replace(/^GMT/, 'UTC');
}

/**
 * A wait in the two largest units that matter: "3 days 4 hours", "5 hours 12 minutes", "7 minutes"
 * ("3天4小时"…). Under a minute reads "less than a minute" / "不到1分钟".
 */
export function formatWait(seconds: number, language: LetterLanguage): string {
  const minutesTotal = Math.floor(Math.max(0, seconds) / 60);
  if (minutesTotal === 0) return language === 'zh-CN' ? '不到1分钟' : 'less than a minute';
  const days = Math.floor(minutesTotal / 1440);
  const hours = Math.floor((minutesTotal % 1440) / 60);
  const minutes = minutesTotal % 60;
  const duration = days > 0 ? { days, hours } : hours > 0 ? { hours, minutes } : { minutes };
  if (language === 'zh-CN') return formatDuration(duration, { locale: zhCN }).replace(/\s+/g, '');
  return formatDuration(duration, { locale: enUS });
}
