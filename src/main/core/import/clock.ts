/**
 * Reading the pieces of dates and times that transcripts write in many local styles: 12- and 24-hour
 * clocks (AM/PM, a.m./p.m., 上午/下午 before the time, a narrow no-break space before AM as newer
 * exports write it), numeric dates in either day/month order, Chinese and English written dates.
 */
import { isValidDate } from './zonedTime';
import type { DateOrder } from './types';

/** Spaces a transcript may put between the parts of a time: space, no-break, narrow no-break. */
export const SP = '[ \\u00A0\\u202F]';
/** "AM", "a.m.", "p. m.", "pm" — after the time. */
export const MERIDIEM_AFTER = `[AaPp]\\.?${SP}?[Mm]\\.?`;
/** 上午9:02, 下午3:15 — before the time. */
export const MERIDIEM_BEFORE = '上午|下午|凌晨|早上|早晨|清晨|中午|晚上|傍晚|午前|午後';
/** A clock time with optional seconds and either style of meridiem, as named groups mb, h, mi, s, ma. */
export const TIME = `(?:(?<mb>${MERIDIEM_BEFORE})${SP}?)?(?<h>\\d{1,2})[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2}))?(?:${SP}?(?<ma>${MERIDIEM_AFTER}))?`;

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

/** The named groups of TIME → a 24-hour time, or null when impossible (13 PM, 24:10, 9:75). */
export function clockFromGroups(g: Record<string, string | undefined>): ClockTime | null {
  return readClock(g.mb, g.h ?? '', g.mi ?? '', g.s, g.ma);
}

export function readClock(
  before: string | undefined,
  hourText: string,
  minuteText: string,
  secondText: string | undefined,
  after: string | undefined,
): ClockTime | null {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (minute > 59 || second > 59) return null;
  const meridiem = after ? (/^[Aa]/.test(after) ? 'am' : 'pm') : before ? chineseMeridiem(before, hour) : null;
  if (meridiem) {
    if (hour < 1 || hour > 12) {
      // "上午 0:30" and "下午 13:00" appear in the wild: accept 24-hour values that agree with the marker.
      if (before && ((meridiem === 'am' && hour === 0) || (meridiem === 'pm' && hour >= 12 && hour <= 23))) {
        return { hour, minute, second };
      }
      return null;
    }
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (meridiem === 'pm' && hour < 12) hour += 12;
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, second };
}

function chineseMeridiem(marker: string, hour: number): 'am' | 'pm' {
  if (/上午|凌晨|早上|早晨|清晨|午前/.test(marker)) return 'am';
  if (marker === '中午') return hour >= 11 ? 'am' : 'pm'; // 中午12:30 is 12:30, 中午1:00 is 13:00
  return 'pm';
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function expandYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** Two numbers in either order: which orders make a real date. */
export function numericDate(first: number, second: number, year: number, order: DateOrder): CalendarDate | null {
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Evidence for the day/month order of a file's numeric dates, gathered one date at a time (constant
 * memory): a first number over 12 proves day-first, a second over 12 proves month-first; otherwise the
 * order under which the dates never go backwards (transcripts are chronological) wins.
 */
export class DateOrderEvidence {
  private dmy = 0;
  private mdy = 0;
  private backDmy = 0;
  private backMdy = 0;
  private lastDmy = -Infinity;
  private lastMdy = -Infinity;
  private allSame = true;
  private count = 0;

  add(first: number, second: number, year: number): void {
    this.count++;
    if (first > 12 && second <= 12) this.dmy++;
    else if (second > 12 && first <= 12) this.mdy++;
    if (first !== second) this.allSame = false;
    const asDmy = year * 10_000 + second * 100 + first;
    const asMdy = year * 10_000 + first * 100 + second;
    if (asDmy < this.lastDmy) this.backDmy++;
    if (asMdy < this.lastMdy) this.backMdy++;
    this.lastDmy = asDmy;
    this.lastMdy = asMdy;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** order null: the data cannot tell. conflict: some dates prove one order and some the other. */
  result(): { order: DateOrder | null; conflict: boolean } {
    if (this.dmy > 0 || this.mdy > 0) return { order: this.dmy >= this.mdy ? 'dmy' : 'mdy', conflict: this.dmy > 0 && this.mdy > 0 };
    if (this.backDmy === 0 && this.backMdy > 0) return { order: 'dmy', conflict: false };
    if (this.backMdy === 0 && this.backDmy > 0) return { order: 'mdy', conflict: false };
    if (this.count > 0 && this.allSame) return { order: 'dmy', conflict: false }; // either reads the same
    return { order: null, conflict: false };
  }
}

export function inferDateOrder(dates: { first: number; second: number; year: number }[]): { order: DateOrder | null; conflict: boolean } {
  const evidence = new DateOrderEvidence();
  for (const d of dates) evidence.add(d.first, d.second, d.year);
  return evidence.result();
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const EN_MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const EN_DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i');

export interface FoundDate extends CalendarDate {
  /** Where the date was found in the text and how long it is. */
  index: number;
  length: number;
}

/** A year-first or written-out date anywhere in a line (2024年7月8日, 2024-03-01, March 1, 2024, 1 March 2024). */
export function findWrittenDate(text: string): FoundDate | null {
  let m = ZH_DATE.exec(text) ?? ISO_DATE.exec(text);
  if (m) return found(Number(m[1]), Number(m[2]), Number(m[3]), m);
  m = EN_MONTH_FIRST.exec(text);
  if (m) return found(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]), m);
  m = EN_DAY_FIRST.exec(text);
  if (m) return found(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]), m);
  return null;
}

function found(year: number, month: number, day: number, m: RegExpExecArray): FoundDate | null {
  return isValidDate(year, month, day) ? { year, month, day, index: m.index, length: m[0].length } : null;
}
