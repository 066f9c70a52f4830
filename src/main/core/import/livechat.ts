/**
 * Text copied out of an exchange's web chat widget. Every widget differs, but speakers are announced by
 * header lines in a few styles:
 *   客服 Anna 14:03 · 我 14:02 · Agent Lily 10:15 AM     (name, then the time, alone on the line)
 *   [2024-03-01 10:15] Name: text                        (text may follow on the same line)
 *   Name (10:15): text
 * Lines that are not headers belong to the last speaker. The date is written once at the top
 * (在线客服 · 2024年7月8日, March 1, 2024, 2024-03-01), or on a line of its own between messages, or given
 * by the user (options.date); without one the result needs 'date'. A time more than an hour earlier than
 * the one before it is read as the next day (the chat crossed midnight).
 */
import { clockFromGroups, findWrittenDate, SP, TIME, type CalendarDate, type ClockTime } from './clock';
import { cleanName, distinctSenders, KeyMaker, splitLines, suggestMe } from './keys';
import { addInstantWarnings } from './instantWarnings';
import { formatDate, formatWallTime, nextDay, type ZoneConverter } from './zonedTime';
import type { ParsedMessage, ParseOptions, ParseResult, ParseWarning } from './types';

const DATE_IN_HEADER = '(?<date>\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)';
const BRACKET = new RegExp(`^\\[(?:${DATE_IN_HEADER}${SP}+)?(?<when>${TIME})\\]${SP}*(?<name>[^:：\\[\\]]{1,60}?)${SP}*[:：]${SP}?(?<text>.*)$`);
const PAREN = new RegExp(`^(?<name>[^()（）:：]{1,60}?)${SP}*[(（](?:${DATE_IN_HEADER}${SP}+)?(?<when>${TIME})[)）]${SP}*[:：]${SP}?(?<text>.*)$`);
const TRAILING = new RegExp(`^(?<name>.{1,60}?)(?:${SP}*[·•|]${SP}*|${SP}+)(?:${DATE_IN_HEADER}${SP}+)?(?<when>${TIME})${SP}*$`);

const SENTENCE_PUNCTUATION = /[,.!?;，。！？；、"“”…]/;
/** Words that end a sentence like "see you at 10:15" but never a name. */
const NOT_A_NAME_END = /(^|\s)(at|by|until|till|before|after|around|from|to|about|since|on|in|是|在|于|到|约|大概|预计|之前|以后|之后|前|后)$/i;
const WEEKDAY = '(?:(?:星期|周|週|礼拜)[一二三四五六日天]|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|today|yesterday|今天|昨天)';
const DATE_LINE_REST = new RegExp(`^[\\s·•\\-–—|,，.()（）]*(?:${WEEKDAY})?[\\s·•\\-–—|,，.()（）]*$`, 'i');

export interface LiveChatHeader {
  name: string;
  when: string;
  clock: ClockTime | null;
  date: CalendarDate | null;
  /** The header wrote a date that does not exist ([2024-02-30 10:15]). */
  badDate?: string;
  /** Text on the header line itself. */
  text: string | null;
}

export function matchLiveChatHeader(line: string): LiveChatHeader | null {
  const m = BRACKET.exec(line) ?? PAREN.exec(line) ?? TRAILING.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const name = cleanName(g.name ?? '');
  if (!name || name.length > 40 || name.split(/\s+/).length > 4 || SENTENCE_PUNCTUATION.test(name) || NOT_A_NAME_END.test(name)) return null;
  const date = g.date ? findWrittenDate(g.date.replace(/年|月/g, '-').replace('日', '')) : null;
  return {
    name,
    when: g.when!,
    clock: clockFromGroups(g),
    date: date && { year: date.year, month: date.month, day: date.day },
    ...(g.date && !date ? { badDate: g.date } : {}),
    text: g.text ?? null,
  };
}

/** A line that is only a date (with a weekday or decoration), e.g. "—— 2024年7月9日 星期二 ——". */
function dateOnly(line: string): CalendarDate | null {
  const found = findWrittenDate(line);
  if (!found) return null;
  const rest = line.slice(0, found.index) + line.slice(found.index + found.length);
  return DATE_LINE_REST.test(rest) ? found : null;
}

interface Draft {
  header: LiveChatHeader;
  line: number;
  body: string[];
  date: CalendarDate | null;
}

export function parseLiveChat(text: string, options: ParseOptions, zone: ZoneConverter): Omit<ParseResult, 'encoding'> {
  const lines = splitLines(text);
  const warnings: ParseWarning[] = [];
  const drafts: Draft[] = [];
  let writtenDate: CalendarDate | null = null;
  let orphan: { line: number; text: string[] } | null = null;
  const headers = findHeaders(lines);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = headers[i];
    if (header) {
      drafts.push({ header, line: i, body: header.text ? [header.text] : [], date: header.date });
      continue;
    }
    if (drafts.length === 0) {
      const date = findWrittenDate(line);
      if (date && !writtenDate) writtenDate = date;
      else if (line.trim() !== '') (orphan ??= { line: i, text: [] }).text.push(line);
      continue;
    }
    const dated = dateOnly(line);
    if (dated && nextHeaderFollows(lines, headers, i)) {
      drafts.push({ header: { name: '', when: '', clock: null, date: dated, text: null }, line: -1, body: [], date: dated });
      continue;
    }
    drafts[drafts.length - 1]!.body.push(line);
  }
  if (orphan) {
    warnings.push({ code: 'orphan_line', line: orphan.line + 1, message: 'Text before the first speaker line was not imported.', text: orphan.text.join('\n') });
  }

  const given = options.date ? parseIsoDate(options.date) : null;
  if (writtenDate && given && formatDate(writtenDate.year, writtenDate.month, writtenDate.day) !== options.date) {
    warnings.push({ code: 'date_given_ignored', message: `The paste says its date (${formatDate(writtenDate.year, writtenDate.month, writtenDate.day)}); the date given (${options.date}) was not used.` });
  }
  const startDate = writtenDate ? { year: writtenDate.year, month: writtenDate.month, day: writtenDate.day } : given;
  const keys = new KeyMaker('livechat');
  const messages: ParsedMessage[] = [];
  let day: CalendarDate | null = startDate;
  let dayLabel = startDate ? '' : 'd0';
  let dayIndex = 0;
  let lastSeconds = -1;
  let anyUndated = false;

  for (const draft of drafts) {
    if (draft.line < 0) {
      day = draft.date;
      lastSeconds = -1;
      continue;
    }
    const { header } = draft;
    const lineNo = draft.line + 1;
    const body = trimBlank(draft.body);
    const textOut = body.join('\n');
    const rawText = [lines[draft.line]!, ...draft.body.slice(header.text ? 1 : 0)].join('\n');
    if (header.badDate) {
      warnings.push({ code: 'invalid_date', line: lineNo, message: `"${header.badDate}" is not a date that exists; this message was not imported.`, text: rawText });
      continue;
    }
    if (!header.clock) {
      warnings.push({ code: 'invalid_time', line: lineNo, message: `"${header.when}" is not a time that exists; this message was not imported.`, text: rawText });
      continue;
    }
    const seconds = header.clock.hour * 3600 + header.clock.minute * 60 + header.clock.second;
    if (draft.date) {
      day = draft.date;
    } else if (lastSeconds >= 0 && seconds < lastSeconds) {
      if (lastSeconds - seconds > 3600) {
        dayIndex++;
        if (day) day = nextDay(day);
        else dayLabel = `d${dayIndex}`;
        warnings.push({ code: 'next_day_assumed', line: lineNo, message: `${header.when} is earlier than the message before it; it was read as the next day.` });
      } else {
        warnings.push({ code: 'time_out_of_order', line: lineNo, message: `${header.when} is a little earlier than the message before it; it was kept on the same day.` });
      }
    }
    lastSeconds = seconds;
    const message: ParsedMessage = {
      key: keys.make(day ? formatDate(day.year, day.month, day.day) : dayLabel, header.when, header.name, textOut),
      sender: header.name,
      occurredAt: null,
      localTime: header.date ? `${formatDate(header.date.year, header.date.month, header.date.day)} ${header.when}` : header.when,
      text: textOut,
      kind: 'message',
      attachments: [],
      channel: options.channel ?? 'live_chat',
      line: lineNo,
    };
    if (day) {
      const wall = { ...day, ...header.clock };
      const instant = zone.toInstant(wall);
      message.wallTime = formatWallTime(wall);
      if (instant) {
        message.occurredAt = instant.iso;
        addInstantWarnings(instant, lineNo, header.when, zone.timeZone, warnings);
      }
    } else {
      anyUndated = true;
    }
    messages.push(message);
  }

  const senders = distinctSenders(messages);
  const suggestedMe = suggestMe(senders);
  return {
    format: 'livechat',
    messages,
    senders,
    warnings,
    needs: anyUndated ? ['date'] : [],
    timeZone: zone.timeZone,
    ...(startDate ? { date: formatDate(startDate.year, startDate.month, startDate.day) } : {}),
    ...(suggestedMe ? { suggestedMe } : {}),
  };
}

/**
 * Header candidates for every line. A sentence can look like "name + time" ("The deposit arrived 10:15"):
 * a three-word-or-longer name that speaks only once, after someone else spoke, is read as text instead.
 */
function findHeaders(lines: string[]): (LiveChatHeader | null)[] {
  const headers = lines.map(matchLiveChatHeader);
  const counts = new Map<string, number>();
  for (const h of headers) if (h) counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
  let seenOne = false;
  return headers.map((h) => {
    if (!h) return null;
    const doubtful = seenOne && counts.get(h.name) === 1 && h.name.split(/\s+/).length >= 3;
    seenOne = true;
    return doubtful ? null : h;
  });
}

function nextHeaderFollows(lines: string[], headers: (LiveChatHeader | null)[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.trim() === '') continue;
    return headers[j] != null;
  }
  return false;
}

function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
