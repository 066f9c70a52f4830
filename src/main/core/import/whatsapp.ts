/**
 * WhatsApp "Export chat" .txt, both layouts:
 *   Android  3/14/24, 9:02 AM - Name: text        (and 14.03.24, 09:02 - …, 2024/3/14 上午9:02 - …)
 *   iOS      [14/03/2024, 09:02:11] Name: text    (often with U+200E marks; system lines carry the chat name)
 * A line without the date prefix continues the message before it. Lines are read in two passes: first the
 * headers (to decide day/month order from every date in the file), then the messages.
 */
import { clockFromGroups, DateOrderEvidence, expandYear, numericDate, SP, TIME, type CalendarDate } from './clock';
import { cleanName, distinctSenders, forEachLine, KeyMaker, suggestMe } from './keys';
import { formatWallTime, type ZoneConverter } from './zonedTime';
import { addInstantWarnings } from './instantWarnings';
import type { DateOrder, ParsedMessage, ParseOptions, ParseResult, ParseWarning } from './types';

const DATE = '(?<d1>\\d{1,4})(?<sep>[./-])(?<d2>\\d{1,2})\\k<sep>(?<d3>\\d{1,4})\\.?';
export const ANDROID_LINE = new RegExp(`^[\\u200E\\u200F]?(?<when>${DATE},?${SP}{1,2}${TIME})${SP}?[-–]${SP}(?<rest>.*)$`);
export const IOS_LINE = new RegExp(`^[\\u200E\\u200F]?\\[(?<when>${DATE},?${SP}{1,2}${TIME})\\]${SP}?(?<rest>.*)$`);

interface Block {
  line: number; // 0-based index of the header line
  header: string;
  g: Record<string, string | undefined>;
  continuation: string[];
}

/** A header line of either layout, or null. */
export function matchHeader(line: string): Record<string, string | undefined> | null {
  const first = line.charCodeAt(0) === 0x200e || line.charCodeAt(0) === 0x200f ? line.charCodeAt(1) : line.charCodeAt(0);
  if (first === 0x5b /* [ */) return IOS_LINE.exec(line)?.groups ?? null;
  if (first >= 0x30 && first <= 0x39) return ANDROID_LINE.exec(line)?.groups ?? null;
  return null;
}

/**
 * Two passes over the lines, holding only the current message: the first gathers the evidence for the
 * day/month order (and any text before the first message), the second builds the messages.
 */
export function parseWhatsApp(text: string, options: ParseOptions, zone: ZoneConverter): Omit<ParseResult, 'encoding'> {
  const warnings: ParseWarning[] = [];
  const evidence = new DateOrderEvidence();
  let headers = 0;
  let yearFirst = 0;
  let dotted = 0;
  const orphan = { line: -1, lines: [] as string[] };
  forEachLine(text, (line, i) => {
    const g = matchHeader(line);
    if (g) {
      headers++;
      if (g.d1!.length === 4) yearFirst++;
      else evidence.add(Number(g.d1), Number(g.d2), expandYear(g.d3!));
      if (g.sep === '.') dotted++;
    } else if (headers === 0 && (orphan.line >= 0 || line.trim() !== '')) {
      if (orphan.line < 0) orphan.line = i;
      orphan.lines.push(line);
    }
  });
  if (orphan.line >= 0) warnOrphans(orphan.lines, orphan.line, warnings);
  const { order, needs } = decideOrder(evidence, headers, yearFirst, dotted === headers, options, warnings);

  const keys = new KeyMaker('whatsapp');
  const messages: ParsedMessage[] = [];
  const omitted: number[] = [];
  let current: Block | null = null;
  const flush = () => {
    if (!current) return;
    const message = toMessage(current, order, zone, keys, warnings, options.channel ?? 'social');
    if (message) {
      if (message.attachments.some((a) => a.omitted)) omitted.push(current.line + 1);
      messages.push(message);
    }
  };
  forEachLine(text, (line, i) => {
    const g = matchHeader(line);
    if (g) {
      flush();
      current = { line: i, header: line, g, continuation: [] };
    } else if (current) {
      current.continuation.push(line);
    }
  });
  flush();
  if (omitted.length > 0) {
    const shown = omitted.slice(0, 10).join(', ') + (omitted.length > 10 ? ', …' : '');
    warnings.push({
      code: 'media_not_included',
      message: `${omitted.length} photo(s) or file(s) were not included in the export (lines ${shown}). Export the chat "with media" to bring them in as evidence.`,
    });
  }
  const senders = distinctSenders(messages);
  const suggestedMe = suggestMe(senders);
  return {
    format: 'whatsapp',
    messages,
    senders,
    warnings,
    needs,
    timeZone: zone.timeZone,
    ...(order ? { dateOrder: order } : {}),
    ...(suggestedMe ? { suggestedMe } : {}),
  };
}

function warnOrphans(lines: string[], start: number, warnings: ParseWarning[]): void {
  const text = trimBlankEnds(lines).join('\n');
  if (!text.trim()) return;
  warnings.push({ code: 'orphan_line', line: start + 1, message: 'Text before the first message was not imported.', text });
}

function decideOrder(
  evidence: DateOrderEvidence,
  headers: number,
  yearFirst: number,
  dotted: boolean,
  options: ParseOptions,
  warnings: ParseWarning[],
): { order: DateOrder | 'ymd' | null; needs: ParseResult['needs'] } {
  if (evidence.empty) return { order: headers > 0 && yearFirst > 0 ? 'ymd' : null, needs: [] };
  const inferred = evidence.result();
  if (inferred.conflict) {
    warnings.push({ code: 'date_order_conflict', message: `Some dates are day-first and some month-first; they were read as ${inferred.order}.` });
  }
  if (inferred.order) {
    if (options.dateOrder && options.dateOrder !== inferred.order) {
      warnings.push({ code: 'date_order_overridden', message: `The dates in this file can only be ${inferred.order}; the chosen ${options.dateOrder} was not used.` });
    }
    return { order: inferred.order, needs: [] };
  }
  if (options.dateOrder) return { order: options.dateOrder, needs: [] };
  if (dotted) return { order: 'dmy', needs: [] }; // 14.03.24: no locale writes month-first with dots
  return { order: null, needs: ['dateOrder'] };
}

function toMessage(
  block: Block,
  order: DateOrder | 'ymd' | null,
  zone: ZoneConverter,
  keys: KeyMaker,
  warnings: ParseWarning[],
  channel: ParsedMessage['channel'],
): ParsedMessage | null {
  const g = block.g;
  const rest = g.rest!;
  const body = trimBlankEnds([rest, ...block.continuation]);
  const lineNo = block.line + 1;
  const date = readDate(g, order);
  const clock = clockFromGroups(g);
  if (date === null || clock === null) {
    warnings.push({
      code: date === null ? 'invalid_date' : 'invalid_time',
      line: lineNo,
      message: `"${g.when}" is not a ${date === null ? 'date' : 'time'} that exists; this message was not imported.`,
      text: [block.header, ...body.slice(1)].join('\n'),
    });
    return null;
  }
  const { sender, text, kind } = splitSender(rest, body);
  const message: ParsedMessage = {
    key: keys.make(sender, g.when!, text),
    sender,
    occurredAt: null,
    localTime: g.when!,
    text,
    kind,
    attachments: [],
    channel,
    line: lineNo,
  };
  if (date !== 'unknown') {
    const wall = { year: date.year, month: date.month, day: date.day, hour: clock.hour, minute: clock.minute, second: clock.second };
    message.wallTime = formatWallTime(wall);
    const instant = zone.toInstant(wall);
    if (!instant) {
      warnings.push({ code: 'invalid_date', line: lineNo, message: `"${g.when}" is not a date that exists; this message was not imported.`, text });
      return null;
    }
    message.occurredAt = instant.iso;
    addInstantWarnings(instant, lineNo, g.when!, zone.timeZone, warnings);
  }
  if (kind === 'message') readContent(message);
  if (kind === 'call') message.call = { durationSec: callDuration(text) };
  return message;
}

function readDate(g: Record<string, string | undefined>, order: DateOrder | 'ymd' | null): CalendarDate | 'unknown' | null {
  const [a, b, c] = [Number(g.d1), Number(g.d2), Number(g.d3)];
  if (g.d1!.length === 4) return numericDate(c, b, a, 'dmy');
  if (g.d1!.length === 3 || g.d3!.length === 3) return null;
  if (order === null) {
    // Unknown order: still refuse dates impossible either way (2/30/24 is neither).
    const year = expandYear(g.d3!);
    return numericDate(a, b, year, 'dmy') || numericDate(a, b, year, 'mdy') ? 'unknown' : null;
  }
  return numericDate(a, b, expandYear(g.d3!), order === 'ymd' ? 'dmy' : order);
}

const SYSTEM_TEXT =
  /^\u200E?(Messages and calls are end-to-end encrypted|Messages to this (chat|group) (and calls )?are now secured|消息和通话已进行端到端加密|消息和通话都已进行端到端加密|訊息和通話已受端對端加密|.{0,80}?(created group|created this group|changed the subject|changed this group's (icon|settings)|changed the group description|security code (with .{0,60} )?changed|changed their phone number|turned (on|off) disappearing messages|joined using this group's invite link|创建了群组|建立了群組|安全码已更改|安全碼已變更)|.{0,60}? (added|removed|left)( .{0,60})?$|.{0,60}?(添加了|移除了|退出了|已退出).{0,60}$)/;
/** System lines that contain ": " themselves (a quoted new subject); nothing before the verb has a colon. */
const SYSTEM_WITH_COLON = /^[^:]{1,80}? (changed the subject|changed the group description|changed the group name)/;
const CALL_TEXT = /^\u200E?(Missed voice call|Missed video call|Voice call|Video call|未接语音通话|未接视频通话|语音通话|视频通话|未接語音通話|未接視訊通話)(?:[,，]\s*\u200E?(.*))?$/;

function splitSender(rest: string, body: string[]): { sender: string; text: string; kind: ParsedMessage['kind'] } {
  const colon = rest.indexOf(': ');
  const emptyText = colon < 0 && rest.endsWith(':') && !rest.slice(0, -1).includes(':');
  if ((colon < 0 && !emptyText) || SYSTEM_WITH_COLON.test(rest)) return { sender: '', text: body.join('\n'), kind: 'system' };
  const sender = cleanName(emptyText ? rest.slice(0, -1) : rest.slice(0, colon));
  const text = [emptyText ? '' : rest.slice(colon + 2), ...body.slice(1)].join('\n');
  // iOS writes system lines as "<chat name>: ‎<event>"; Android ones have no colon at all.
  if (body.length === 1 && text.startsWith('\u200E') && SYSTEM_TEXT.test(text)) return { sender: '', text, kind: 'system' };
  const call = CALL_TEXT.exec(text);
  if (call && body.length === 1) return { sender, text, kind: 'call' };
  return { sender, text, kind: 'message' };
}

/** "Voice call, 12 min", "Video call, 1 hr 5 min", "语音通话，45 秒"; missed calls have none (null). */
function callDuration(text: string): number | null {
  const detail = CALL_TEXT.exec(text)?.[2];
  if (!detail) return null;
  let seconds = 0;
  let found = false;
  for (const m of detail.matchAll(/(\d+)\s*(hr|hour|h|小时|小時|min|minute|分钟|分鐘|分|sec|second|s|秒)/gi)) {
    found = true;
    const unit = m[2]!.toLowerCase();
    const n = Number(m[1]);
    seconds += /^(hr|hour|h|小时|小時)$/.test(unit) ? n * 3600 : /^(min|minute|分钟|分鐘|分)$/.test(unit) ? n * 60 : n;
  }
  return found ? seconds : null;
}

const OMITTED =
  /^\u200E?(?:<Media omitted>|<省略影音内容>|<媒体文件已省略>|<已省略媒体>|<媒體已略去>|<Medien ausgeschlossen>|<Multimedia omitido>|(?:(.+?)\s+(?:•[^\n]*?)?)?\u200E?(image|video|audio|sticker|GIF|document|Contact card|video note) omitted|(图片|照片|视频|音频|贴图|文档|GIF|圖片|影片|音訊|貼圖|文件)已(?:忽略|省略|略去))$/;
const ATTACHED_TAG = /^\u200E?<(?:attached|附件)[:：]\s*([^>]+)>/;
const FILE_ATTACHED = /^\u200E?(.+?\.[A-Za-z0-9]{1,5}) \((?:file attached|文件附件|附件|已附加文件|檔案已附加)\)/;
const EDITED = /<(This message was edited|已编辑此消息|此消息已编辑|已編輯此訊息)>$/;

function readContent(message: ParsedMessage): void {
  const text = message.text;
  const newline = text.indexOf('\n');
  const firstLine = newline < 0 ? text : text.slice(0, newline);
  // Cheap tests first: most messages are plain text and never reach the regular expressions.
  const tagged = firstLine.includes('<') ? ATTACHED_TAG.exec(firstLine) : null;
  const attached = !tagged && firstLine.includes(' (') ? FILE_ATTACHED.exec(firstLine) : null;
  const omitted = !tagged && !attached && /omitted|>|已/.test(firstLine) ? OMITTED.exec(firstLine.trim()) : null;
  if (tagged) message.attachments.push({ name: tagged[1]!.trim(), path: tagged[1]!.trim() });
  else if (attached) message.attachments.push({ name: attached[1]!.trim(), path: attached[1]!.trim() });
  else if (omitted) message.attachments.push({ name: omitted[1]?.trim() || omittedLabel(omitted[0]), omitted: true });
  if (text.charCodeAt(text.length - 1) === 0x3e /* > */ || /\s$/.test(text)) {
    if (EDITED.test(text.trimEnd())) message.edited = true;
  }
}

function omittedLabel(placeholder: string): string {
  return placeholder.replace(/^\u200E|[<>]/g, '').trim();
}

function trimBlankEnds(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && lines[end - 1]!.trim() === '') end--;
  return end === lines.length ? lines : lines.slice(0, end);
}

export { trimBlankEnds };
