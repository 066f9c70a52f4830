/**
 * What a reminder banner says about a repeating reminder after reminders.take moved it on: the next
 * occurrence from the server's copy (never a stale or ended one), and a short "when" that names the right
 * week, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { formatNextDue, isRepeating, nextOccurrenceOf } from '../../src/renderer/src/features/reminders/repeatingReminder';

const taken = { id: 4, dueAt: '2024-03-11T01:00:00.000Z' };

describe('nextOccurrenceOf', () => {
  it('is the server copy’s due time when it is pending and later than the occurrence taken', () => {
    expect(nextOccurrenceOf(taken, { id: 4, dueAt: '2024-03-14T01:00:00.000Z', state: 'pending' })).toBe('2024-03-14T01:00:00.000Z');
  });

  it('is unknown while not loaded, for another reminder, not moved on yet, or once the series ended', () => {
    expect(nextOccurrenceOf(taken, undefined)).toBeNull();
    expect(nextOccurrenceOf(taken, { id: 5, dueAt: '2024-03-14T01:00:00.000Z', state: 'pending' })).toBeNull();
    expect(nextOccurrenceOf(taken, { id: 4, dueAt: taken.dueAt, state: 'pending' })).toBeNull();
    for (const state of ['done', 'answered', 'cancelled'] as const) {
      expect(nextOccurrenceOf(taken, { id: 4, dueAt: '2024-03-14T01:00:00.000Z', state })).toBeNull();
    }
  });

  it('only reminders with a repeat count as repeating', () => {
    expect(isRepeating({ repeatEveryDays: 3 })).toBe(true);
    expect(isRepeating({ repeatEveryDays: null })).toBe(false);
  });
});

describe('formatNextDue', () => {
  const now = Date.parse('2024-03-11T01:00:00Z'); // Monday 09:00 in Shanghai
  const zone = 'Asia/Shanghai';

  it('within the coming week: weekday and 24-hour time, in both languages', () => {
    expect(formatNextDue('2024-03-14T01:00:00Z', 'en', now, zone)).toBe('Thu 09:00');
    expect(formatNextDue('2024-03-14T01:00:00Z', 'zh-CN', now, zone)).toBe('周四 09:00');
    expect(formatNextDue('2024-03-11T13:30:00Z', 'en', now, zone)).toBe('Mon 21:30');
  });

  it('a week or more ahead: the date as well, so "Mon" never means the wrong Monday', () => {
    expect(formatNextDue('2024-03-18T01:00:00Z', 'en', now, zone)).toBe('Mon, Mar 18, 09:00');
    expect(formatNextDue('2024-03-18T01:00:00Z', 'zh-CN', now, zone)).toBe('3月18日周一 09:00');
  });
});
