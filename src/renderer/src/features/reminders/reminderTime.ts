import { addDays, addHours, formatISO, isWeekend, set, startOfDay } from 'date-fns';
import type { ReminderPreset } from '@shared/followUp';

/**
 * A datetime-local value ("2025-03-03T10:32", the viewer's wall time) as an instant with the viewer's
 * offset ("2025-03-03T10:32:00+08:00"): the server keeps both the moment and the zone it was set in.
 * Null when the field is empty or not a date.
 */
export function localInputToInstant(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : formatISO(date);
}

/** 09:00 tomorrow in the viewer's zone, for "snooze until tomorrow". */
export function tomorrowMorning(now: Date): string {
  return formatISO(set(addDays(startOfDay(now), 1), { hours: 9 }));
}

/**
 * Where a preset will land, shown beside it before saving. The server computes the real time (in the
 * zone sent with it); this mirrors its rules: 24 hours, 3 days at the same wall time, and the next
 * Monday–Friday after today at 09:00.
 */
export function presetPreview(preset: ReminderPreset, now: Date): Date {
  switch (preset) {
    case 'in_24_hours':
      return addHours(now, 24);
    case 'in_3_days':
      return addDays(now, 3);
    case 'next_working_day_9am': {
      let day = addDays(startOfDay(now), 1);
      while (isWeekend(day)) day = addDays(day, 1);
      return set(day, { hours: 9 });
    }
  }
}
