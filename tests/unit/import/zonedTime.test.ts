import { describe, expect, it } from 'vitest';
import { ZoneConverter, isValidDate } from '../../../src/main/core/import/zonedTime';
import { ImportError } from '../../../src/main/core/import';

const wall = (s: string) => {
  const [y, mo, d, h, mi, sec] = s.split(/[-T:]/).map(Number) as number[];
  return { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: sec ?? 0 };
};

describe('wall time → instant', () => {
  it('uses the offset in force at that wall time', () => {
    const ny = new ZoneConverter('America/New_York');
    expect(ny.toInstant(wall('2024-01-15T12:00:00'))).toEqual({ iso: '2024-01-15T17:00:00.000Z' });
    expect(ny.toInstant(wall('2024-07-15T12:00:00'))).toEqual({ iso: '2024-07-15T16:00:00.000Z' });
    expect(new ZoneConverter('Asia/Shanghai').toInstant(wall('2024-03-01T10:15:00'))).toEqual({ iso: '2024-03-01T02:15:00.000Z' });
    expect(new ZoneConverter('Asia/Kathmandu').toInstant(wall('2024-03-01T10:15:00'))).toEqual({ iso: '2024-03-01T04:30:00.000Z' });
    expect(new ZoneConverter('UTC').toInstant(wall('2024-03-01T10:15:00'))).toEqual({ iso: '2024-03-01T10:15:00.000Z' });
  });

  it('handles the hours around a spring-forward change', () => {
    const ny = new ZoneConverter('America/New_York');
    expect(ny.toInstant(wall('2024-03-10T01:59:00'))).toEqual({ iso: '2024-03-10T06:59:00.000Z' });
    expect(ny.toInstant(wall('2024-03-10T02:30:00'))).toEqual({ iso: '2024-03-10T07:30:00.000Z', shiftedMinutes: 60 });
    expect(ny.toInstant(wall('2024-03-10T03:00:00'))).toEqual({ iso: '2024-03-10T07:00:00.000Z' });
    // Lord Howe moves by 30 minutes.
    expect(new ZoneConverter('Australia/Lord_Howe').toInstant(wall('2024-10-06T02:15:00'))).toEqual({ iso: '2024-10-05T15:45:00.000Z', shiftedMinutes: 30 });
  });

  it('takes the earlier of a repeated hour (fall back) and says it was ambiguous', () => {
    const ny = new ZoneConverter('America/New_York');
    expect(ny.toInstant(wall('2024-11-03T01:30:00'))).toEqual({ iso: '2024-11-03T05:30:00.000Z', ambiguous: true });
    expect(ny.toInstant(wall('2024-11-03T02:30:00'))).toEqual({ iso: '2024-11-03T07:30:00.000Z' });
    const london = new ZoneConverter('Europe/London');
    expect(london.toInstant(wall('2024-10-27T01:30:00'))).toEqual({ iso: '2024-10-27T00:30:00.000Z', ambiguous: true });
  });

  it('refuses dates and times that do not exist on any calendar', () => {
    const utc = new ZoneConverter('UTC');
    expect(utc.toInstant(wall('2024-02-30T10:00:00'))).toBeNull();
    expect(utc.toInstant(wall('2023-02-29T10:00:00'))).toBeNull();
    expect(utc.toInstant(wall('2024-13-01T10:00:00'))).toBeNull();
    expect(utc.toInstant(wall('2024-01-01T24:00:00'))).toBeNull();
    expect(isValidDate(2024, 2, 29)).toBe(true);
  });

  it('refuses unknown time zones with bad_option', () => {
    expect(() => new ZoneConverter('Mars/Olympus')).toThrow(ImportError);
  });
});
