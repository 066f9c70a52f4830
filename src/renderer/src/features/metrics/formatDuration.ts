import type { TFunction } from 'i18next';

/**
 * A length of time the way people say it: "45 s", "13 min", "2 h 5 min", "3 d 4 h" (two units at most;
 * the smaller one only when it is not zero). `short` is the chart label form: "13m", "2h 5m".
 */
export function formatDuration(totalSeconds: number, t: TFunction, short = false): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const group = short ? 'durationShort' : 'duration';
  if (s < 60) return t(`${group}.seconds`, { count: s });
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return t(`${group}.minutes`, { count: minutes });
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (hours < 24) return m ? t(`${group}.hoursMinutes`, { h: hours, m }) : t(`${group}.hours`, { count: hours });
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  return h ? t(`${group}.daysHours`, { d: days, h }) : t(`${group}.days`, { count: days });
}
