/**
 * A CSV of messages (an exchange's ticket export, a spreadsheet the user kept). The first row names the
 * columns; which column is the sender, the time and the text is the user's choice (options.columns),
 * guessed from the header names in English and Chinese. Without a mapping the result needs
 * 'columnMapping' (and shows a preview with the guess when the guess is complete).
 */
import { clockFromGroups, expandYear, findWrittenDate, inferDateOrder, numericDate, SP, TIME, type CalendarDate, type ClockTime } from './clock';
import { detectDelimiter, parseCsv } from './csvParse';
import { ImportError } from './importError';
import { addInstantWarnings } from './instantWarnings';
import { cleanName, distinctSenders, KeyMaker, suggestMe } from './keys';
import { formatWallTime, type ZoneConverter } from './zonedTime';
import type { CsvColumnMapping, DateOrder, ParsedMessage, ParseOptions, ParseResult, ParseWarning } from './types';

const GUESS: { field: keyof CsvColumnMapping; pattern: RegExp }[] = [
  { field: 'sender', pattern: /^(from|sender|author|user|name|speaker|who|发送者|发送人|发件人|发言人|用户|作者|发送方|寄件人)$/i },
  { field: 'time', pattern: /^(time|date|timestamp|datetime|date\/time|sent|sent at|created|created at|时间|日期|时间戳|发送时间|日期时间|時間)$/i },
  { field: 'text', pattern: /^(message|text|content|body|msg|内容|消息|信息|正文|消息内容|訊息|內容)$/i },
];

export function suggestColumns(header: string[]): Partial<CsvColumnMapping> {
  const normalized = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const out: Partial<CsvColumnMapping> = {};
  for (const { field, pattern } of GUESS) {
    const index = normalized.findIndex((h, i) => pattern.test(h) && !Object.values(out).includes(i));
    if (index >= 0) out[field] = index;
  }
  // A separate "date" column beside a "time" column.
  const date = normalized.findIndex((h) => /^(date|日期)$/i.test(h));
  const time = normalized.findIndex((h) => /^(time|时间|時間)$/i.test(h));
  if (date >= 0 && time >= 0) Object.assign(out, { date, time });
  return out;
}

type Cell = { kind: 'instant'; ms: number } | { kind: 'wall'; date: CalendarDate | { first: number; second: number; year: number }; clock: ClockTime; hasTime: boolean };

const EPOCH = /^\d{10}(?:\.\d+)?$|^\d{13}$/;
const ISO_ZONED = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i;
const YEAR_FIRST = new RegExp(`^(?<y>\\d{4})[-/.年](?<mo>\\d{1,2})[-/.月](?<d>\\d{1,2})日?(?:(?:[T,]|${SP})+${TIME})?$`);
const NUMERIC = new RegExp(`^(?<a>\\d{1,2})[/.-](?<b>\\d{1,2})[/.-](?<y>\\d{2}|\\d{4}),?(?:(?:[T,]|${SP})+${TIME})?$`);
const TIME_ONLY = new RegExp(`^${TIME}$`);

export function readTimeCell(raw: string): Cell | null {
  const cell = raw.trim().replace(/(\d{1,2}:\d{2}:\d{2})[.,]\d{1,9}/, '$1');
  if (EPOCH.test(cell)) return { kind: 'instant', ms: cell.length === 13 ? Number(cell) : Math.round(Number(cell) * 1000) };
  let m = ISO_ZONED.exec(cell);
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
    const wall = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(wall);
    if (check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
    return { kind: 'instant', ms: wall - zoneOffsetMs(m[7]!) };
  }
  m = YEAR_FIRST.exec(cell);
  if (m?.groups) {
    const g = m.groups;
    const clock = g.h ? clockFromGroups(g) : { hour: 0, minute: 0, second: 0 };
    return clock && { kind: 'wall', date: { year: Number(g.y), month: Number(g.mo), day: Number(g.d) }, clock, hasTime: !!g.h };
  }
  m = NUMERIC.exec(cell);
  if (m?.groups) {
    const g = m.groups;
    const clock = g.h ? clockFromGroups(g) : { hour: 0, minute: 0, second: 0 };
    return clock && { kind: 'wall', date: { first: Number(g.a), second: Number(g.b), year: expandYear(g.y!) }, clock, hasTime: !!g.h };
  }
  const written = findWrittenDate(cell);
  if (written) {
    const rest = (cell.slice(0, written.index) + ' ' + cell.slice(written.index + written.length)).trim().replace(/^(at|,)\s*/i, '');
    if (rest === '') return { kind: 'wall', date: written, clock: { hour: 0, minute: 0, second: 0 }, hasTime: false };
    const t = TIME_ONLY.exec(rest);
    const clock = t?.groups ? clockFromGroups(t.groups) : null;
    return clock && { kind: 'wall', date: written, clock, hasTime: true };
  }
  return null;
}

function zoneOffsetMs(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60_000;
}

export function parseCsvTranscript(text: string, options: ParseOptions, zone: ZoneConverter): Omit<ParseResult, 'encoding'> {
  const { delimiter } = detectDelimiter(text);
  const { rows, unterminatedAt } = parseCsv(text, delimiter);
  const warnings: ParseWarning[] = [];
  if (unterminatedAt !== null) {
    warnings.push({ code: 'unterminated_quote', line: unterminatedAt, message: 'A quoted field opened here never closes; everything after it was read as one field.' });
  }
  const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = (nonEmpty[0]?.cells ?? []).map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
  const data = nonEmpty.slice(1);
  const suggestedColumns = suggestColumns(header);
  const base = {
    format: 'csv' as const,
    timeZone: zone.timeZone,
    csv: { header, delimiter, rows: data.length, suggestedColumns },
  };
  const complete = (c: Partial<CsvColumnMapping>): c is CsvColumnMapping => c.sender !== undefined && c.text !== undefined && c.time !== undefined;
  const mapping = options.columns ?? (complete(suggestedColumns) ? suggestedColumns : null);
  const needs: ParseResult['needs'] = options.columns ? [] : ['columnMapping'];
  if (!mapping) return { ...base, messages: [], senders: [], warnings, needs };
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index >= header.length)) {
      throw new ImportError('bad_option', `Column ${String(index)} for "${field}" does not exist; the file has ${header.length} columns.`);
    }
  }

  const cellOf = (cells: string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));
  const timeText = (cells: string[]) => (mapping.date === undefined ? cellOf(cells, mapping.time) : `${cellOf(cells, mapping.date).trim()} ${cellOf(cells, mapping.time).trim()}`);
  const parsed = data.map((row) => readTimeCell(timeText(row.cells)));
  const ambiguous = parsed.flatMap((p) => (p?.kind === 'wall' && 'first' in p.date ? [p.date] : []));
  let order: DateOrder | null = null;
  if (ambiguous.length > 0) {
    const inferred = inferDateOrder(ambiguous);
    order = inferred.order ?? options.dateOrder ?? null;
    if (!order) needs.push('dateOrder');
  }

  const keys = new KeyMaker('csv');
  const messages: ParsedMessage[] = [];
  let dateOnly = 0;
  data.forEach((row, i) => {
    const cell = parsed[i];
    const when = timeText(row.cells).trim();
    const sender = cleanName(cellOf(row.cells, mapping.sender));
    const text = cellOf(row.cells, mapping.text).replace(/\r\n?/g, '\n');
    const reject = (code: string, message: string) => warnings.push({ code, line: row.line, message, text: row.cells.join(delimiter) });
    if (row.cells.length !== header.length) {
      warnings.push({ code: 'row_width', line: row.line, message: `This row has ${row.cells.length} fields where the header has ${header.length}; check it in the preview.` });
    }
    if (!cell) return reject('bad_time', `"${when}" is not a date and time this importer can read; the row was not imported.`);
    const message: ParsedMessage = {
      key: keys.make(sender, when, text),
      sender,
      occurredAt: null,
      localTime: when,
      text,
      kind: 'message',
      attachments: [],
      channel: options.channel ?? 'live_chat',
      line: row.line,
    };
    if (cell.kind === 'instant') {
      const date = new Date(cell.ms);
      if (Number.isNaN(date.getTime())) return reject('bad_time', `"${when}" is out of range; the row was not imported.`);
      message.occurredAt = date.toISOString();
    } else {
      const date = 'first' in cell.date ? (order ? numericDate(cell.date.first, cell.date.second, cell.date.year, order) : undefined) : cell.date;
      if (date === null) return reject('invalid_date', `"${when}" is not a date that exists; the row was not imported.`);
      if (date) {
        const wall = { year: date.year, month: date.month, day: date.day, ...cell.clock };
        const instant = zone.toInstant(wall);
        if (!instant) return reject('invalid_date', `"${when}" is not a date that exists; the row was not imported.`);
        message.wallTime = formatWallTime(wall);
        message.occurredAt = instant.iso;
        addInstantWarnings(instant, row.line, when, zone.timeZone, warnings);
      }
      if (!cell.hasTime) dateOnly++;
    }
    messages.push(message);
  });
  if (dateOnly > 0) warnings.push({ code: 'time_missing', message: `${dateOnly} row(s) have a date but no time; they were placed at midnight.` });
  const senders = distinctSenders(messages);
  const suggestedMe = suggestMe(senders);
  return {
    ...base,
    messages,
    senders,
    warnings,
    needs,
    ...(order ? { dateOrder: order } : {}),
    ...(suggestedMe ? { suggestedMe } : {}),
  };
}
