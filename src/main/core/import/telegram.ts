/**
 * Telegram Desktop's "Export chat history" in JSON (result.json). One chat: {name, type, id, messages}.
 * A whole-account export ({chats: {list: [...]}}) is accepted when it holds exactly one chat.
 * `date_unixtime` is the instant; `date` is the exporting computer's wall time, kept as localTime. Very
 * old exports lack date_unixtime: `date` is then read in the chosen time zone (needs 'timeZone' until one
 * is given). Photos and files are relative paths inside the export folder: resolveAttachments() reads them.
 */
import { ImportError } from './importError';
import { addInstantWarnings } from './instantWarnings';
import { distinctSenders } from './keys';
import { formatWallTime, type ZoneConverter } from './zonedTime';
import type { ParsedAttachment, ParsedMessage, ParseOptions, ParseResult, ParseWarning } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** JSON.parse with the position of a syntax error as line and column. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(detail);
    const offset = at ? Number(at[1]) : /end of (JSON )?input|Unterminated/i.test(detail) ? text.length : null;
    const position = offset === null ? undefined : lineAndColumn(text, offset);
    const where = position ? ` at line ${position.line}, column ${position.column}` : '';
    const truncated = offset !== null && offset >= text.trimEnd().length ? ' The file looks cut short: export the chat again.' : '';
    throw new ImportError('bad_json', `"${name}" is not valid JSON${where} (${detail}).${truncated}`, position);
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function isTelegramExport(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Array.isArray(value.messages)) return true;
  const chats = isObject(value.chats) ? value.chats.list : undefined;
  return Array.isArray(chats);
}

function pickChat(value: unknown, name: string): Json {
  if (!isObject(value)) throw new ImportError('not_telegram', `"${name}" is JSON but not a Telegram chat export.`);
  if (Array.isArray(value.messages)) return value;
  const list = isObject(value.chats) && Array.isArray(value.chats.list) ? value.chats.list.filter(isObject) : null;
  if (!list) throw new ImportError('not_telegram', `"${name}" is JSON but not a Telegram chat export (no "messages").`);
  if (list.length === 1) return list[0]!;
  const names = list.slice(0, 10).map((c) => str(c.name) ?? '?').join(', ');
  throw new ImportError(
    'telegram_many_chats',
    `"${name}" is a whole-account export with ${list.length} chats (${names}${list.length > 10 ? ', …' : ''}). Export only the support chat (chat menu → Export chat history → JSON).`,
  );
}

/** `text` is a string or an array of strings and entity objects ({type, text, href?}). */
export function telegramText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let out = '';
  for (const part of value) {
    if (typeof part === 'string') out += part;
    else if (isObject(part)) {
      const text = str(part.text) ?? '';
      const href = str(part.href);
      out += href && href !== text ? `${text} (${href})` : text;
    }
  }
  return out;
}

/**
 * The line of each message's `"id": N` in a pretty-printed export (Telegram Desktop writes one key a
 * line), so a warning about a message can say where it is in result.json. A minified file, where every
 * message would share a line, gets no lines rather than a useless one.
 */
export function telegramMessageLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const start = text.indexOf('"messages"');
  if (start < 0) return lines;
  let line = 1;
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 0x0a) line++;
  const pattern = /\n[ \t]*"id":[ \t]*(-?\d+)[ \t]*,?[ \t]*\r?(?=\n)/g;
  pattern.lastIndex = start;
  let counted = start;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (let i = counted; i <= m.index; i++) if (text.charCodeAt(i) === 0x0a) line++;
    counted = m.index + 1;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  return lines;
}

export function parseTelegram(
  value: unknown,
  name: string,
  options: ParseOptions,
  zone: ZoneConverter,
  /** Where each message sits in the file (telegramMessageLines), for warnings. */
  lines: Map<string, number> = new Map(),
): Omit<ParseResult, 'encoding'> {
  const chat = pickChat(value, name);
  const chatId = str(chat.id) ?? 'chat';
  const keyOf = (id: unknown) => `telegram:${chatId}:${str(id) ?? '?'}`;
  const warnings: ParseWarning[] = [];
  const messages: ParsedMessage[] = [];
  const notIncluded: string[] = [];
  const raw = chat.messages as unknown[];
  raw.forEach((m, index) => {
    if (!isObject(m)) {
      warnings.push({ code: 'bad_message', message: `Message #${index + 1} is not an object; it was skipped.`, text: JSON.stringify(m) ?? '' });
      return;
    }
    const service = m.type === 'service';
    const action = str(m.action);
    const isCall = service && (action === 'phone_call' || action === 'group_call');
    const text = telegramText(m.text ?? m.text_entities) || extraText(m);
    const message: ParsedMessage = {
      key: keyOf(m.id),
      sender: str(service ? m.actor : m.from) ?? str(service ? m.actor_id : m.from_id) ?? '',
      occurredAt: null,
      text: service && !isCall && !text ? `[${action ?? 'service'}]` : text,
      kind: isCall ? 'call' : service ? 'system' : 'message',
      attachments: attachmentsOf(m, notIncluded),
      channel: options.channel ?? 'social',
    };
    const line = lines.get(str(m.id) ?? '');
    if (line !== undefined) message.line = line;
    const senderId = str(service ? m.actor_id : m.from_id);
    if (senderId) message.senderId = senderId;
    if (isCall) message.call = { durationSec: typeof m.duration_seconds === 'number' ? m.duration_seconds : null };
    if (m.reply_to_message_id !== undefined) message.replyToKey = keyOf(m.reply_to_message_id);
    if (m.edited !== undefined) {
      message.edited = true;
      const at = unix(m.edited_unixtime);
      if (at) message.editedAt = at;
    }
    const forwarded = str(m.forwarded_from) ?? str(m.saved_from);
    if (forwarded) message.forwardedFrom = forwarded;
    const local = str(m.date);
    if (local) message.localTime = local;
    const instant = unix(m.date_unixtime);
    if (instant) {
      message.occurredAt = instant;
    } else if (local && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(local)) {
      const [y, mo, d, h, mi, s] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number, number];
      const wall = { year: y, month: mo, day: d, hour: h, minute: mi, second: s };
      const zoned = zone.toInstant(wall);
      message.wallTime = formatWallTime(wall);
      if (zoned) {
        message.occurredAt = zoned.iso;
        addInstantWarnings(zoned, undefined, local, zone.timeZone, warnings);
      }
    }
    if (!message.occurredAt) {
      warnings.push({
        code: 'invalid_date',
        ...(message.line === undefined ? {} : { line: message.line }),
        message: `Message ${str(m.id) ?? index + 1} has no usable date; it was not imported.`,
        text: message.text,
      });
      return;
    }
    messages.push(message);
  });
  if (notIncluded.length > 0) {
    warnings.push({
      code: 'media_not_included',
      message: `${notIncluded.length} photo(s) or file(s) were not downloaded into the export (${notIncluded.slice(0, 5).join(', ')}${notIncluded.length > 5 ? ', …' : ''}). Export again with media to bring them in as evidence.`,
    });
  }
  const title = str(chat.name);
  return {
    format: 'telegram',
    messages,
    senders: distinctSenders(messages),
    warnings,
    needs: [],
    timeZone: zone.timeZone,
    ...(title ? { title } : {}),
  };
}

function unix(value: unknown): string | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n)) return null;
  const date = new Date(n * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Content that is not text: a location, a contact, a poll. */
function extraText(m: Json): string {
  const loc = isObject(m.location_information) ? m.location_information : null;
  if (loc) return `${str(m.place_name) ?? 'Location'}: ${str(loc.latitude)}, ${str(loc.longitude)}${str(m.address) ? ` (${str(m.address)})` : ''}`;
  const contact = isObject(m.contact_information) ? m.contact_information : null;
  if (contact) return `Contact: ${[str(contact.first_name), str(contact.last_name)].filter(Boolean).join(' ')} ${str(contact.phone_number) ?? ''}`.trim();
  const poll = isObject(m.poll) ? m.poll : null;
  if (poll) {
    const answers = Array.isArray(poll.answers) ? poll.answers.filter(isObject).map((a) => `- ${str(a.text) ?? ''}`) : [];
    return [`Poll: ${str(poll.question) ?? ''}`, ...answers].join('\n');
  }
  return '';
}

/** "(File not included. Change data exporting settings to download.)" and similar stand in for a path. */
const NOT_A_PATH = /^\(.*\)$/s;

function attachmentsOf(m: Json, notIncluded: string[]): ParsedAttachment[] {
  const out: ParsedAttachment[] = [];
  const add = (path: string | undefined, fallbackName: string, mimeType?: string, givenName?: string) => {
    if (!path) return;
    const name = givenName ?? path.split(/[\\/]/).pop() ?? fallbackName;
    if (NOT_A_PATH.test(path.trim())) {
      notIncluded.push(name || fallbackName);
      out.push({ name: name || fallbackName, omitted: true, ...(mimeType ? { mimeType } : {}) });
      return;
    }
    out.push({ name, path, ...(mimeType ? { mimeType } : {}) });
  };
  add(str(m.photo), 'photo.jpg', 'image/jpeg');
  add(str(m.file), 'file', str(m.mime_type), str(m.file_name));
  return out;
}
