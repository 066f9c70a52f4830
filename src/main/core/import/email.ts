/**
 * E-mail (.eml, RFC 5322/MIME), one file or a batch. postal-mime decodes the charsets (GB2312/GBK/Big5/
 * UTF-8…), encoded words in From/Subject/file names, quoted-printable and base64. HTML-only bodies become
 * safe text. The Message-ID is the key, so the same mail found in two folders is imported once.
 * The Date header is read by our own RFC 5322 reader (JavaScript's Date turns "30 Feb" into "1 Mar");
 * without a usable one the topmost Received: stamp is used, else the result needs 'date'.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { ImportError } from './importError';
import { htmlToText } from './htmlToText';
import { digest, distinctSenders } from './keys';
import { isValidDate, type ZoneConverter } from './zonedTime';
import type { ParsedAttachment, ParsedMessage, ParseOptions, ParseResult, ParseWarning } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
const RFC5322_DATE = /^\s*(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/;

/** "Tue, 04 Jun 2024 14:22:05 +0800" → ISO instant; 'invalid' for a date that does not exist; null when unreadable. */
export function readMailDate(value: string): string | 'invalid' | null {
  const m = RFC5322_DATE.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const [day, hour, minute, second] = [Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (month === 0 || !isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 60) return 'invalid';
  const zone = m[7] ?? 'UT';
  let offset: number;
  if (/^[+-]\d{4}$/.test(zone)) offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  else offset = ZONES[zone.toUpperCase()] ?? 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000).toISOString();
}

function senderOf(address: Address | undefined): { name: string; address?: string } {
  if (!address) return { name: '' };
  if (address.group) {
    const first = address.group[0];
    return first ? { name: first.name || first.address, address: first.address.toLowerCase() } : { name: address.name };
  }
  return { name: address.name || address.address, address: address.address.toLowerCase() };
}

const header = (email: Email, key: string) => email.headers.find((h) => h.key === key)?.value;

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

const stripAngles = (id: string) => id.trim().replace(/^<|>$/g, '').trim();

export async function parseEmail(bytes: Uint8Array, name: string, options: ParseOptions, zone: ZoneConverter): Promise<Omit<ParseResult, 'encoding'>> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new ImportError('bad_email', `"${name}" could not be read as an e-mail: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const warnings: ParseWarning[] = [];
  const needs: ParseResult['needs'] = [];
  const from = senderOf(email.from ?? email.sender);
  if (!from.name) warnings.push({ code: 'missing_sender', message: `"${name}" has no From: header.` });

  const rawDate = header(email, 'date');
  let occurredAt: string | null = null;
  const read = rawDate ? readMailDate(rawDate) : null;
  if (read && read !== 'invalid') occurredAt = read;
  else if (read === null && email.date && !Number.isNaN(Date.parse(email.date)) && /^\d{4}-\d{2}-\d{2}T/.test(email.date)) occurredAt = new Date(email.date).toISOString();
  if (!occurredAt) {
    const received = email.headers.filter((h) => h.key === 'received').map((h) => readMailDate(h.value.slice(h.value.lastIndexOf(';') + 1)));
    const stamp = received.find((r): r is string => r !== null && r !== 'invalid');
    const why = rawDate ? `Its Date: header ("${rawDate}") is not a valid date` : 'It has no Date: header';
    if (stamp) {
      occurredAt = stamp;
      warnings.push({ code: 'date_from_received', message: `${why}; the time it was received is used instead.` });
    } else if (options.date && /^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
      const [year, month, day] = options.date.split('-').map(Number) as [number, number, number];
      occurredAt = zone.toInstant({ year, month, day, hour: 0, minute: 0, second: 0 })?.iso ?? null;
      warnings.push({ code: 'date_assumed', message: `${why}; it was placed at the start of ${options.date}.` });
    } else {
      warnings.push({ code: rawDate ? 'bad_date' : 'missing_date', message: `${why}; choose the date it was sent.` });
      needs.push('date');
    }
  }

  const subject = (email.subject ?? '').trim();
  const body = (email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const text = subject ? (body ? `${subject}\n\n${body}` : subject) : body;
  const attachments: ParsedAttachment[] = email.attachments.map((a, i) => ({
    name: a.filename?.trim() || `attachment-${i + 1}`,
    bytes: toBytes(a.content),
    mimeType: a.mimeType,
  }));
  const messageId = email.messageId ? stripAngles(email.messageId) : '';
  const message: ParsedMessage = {
    key: messageId ? `email:${messageId}` : `email:h:${digest(from.address ?? from.name, rawDate ?? '', subject, body)}`,
    sender: from.name,
    occurredAt,
    text,
    kind: 'message',
    attachments,
    channel: options.channel ?? 'email',
  };
  if (from.address) message.senderId = from.address;
  if (rawDate) message.localTime = rawDate.trim();
  if (subject) message.subject = subject;
  if (email.inReplyTo) message.replyToKey = `email:${stripAngles(email.inReplyTo.split(/\s+/)[0] ?? '')}`;
  return { format: 'email', messages: [message], senders: distinctSenders([message]), warnings, needs, timeZone: zone.timeZone };
}

/**
 * Several e-mails (a folder of .eml): one preview, oldest first. A file that cannot be read is a warning,
 * not a failure of the batch; the same Message-ID twice is imported once.
 */
export async function parseEmails(
  files: { bytes: Uint8Array; name: string }[],
  options: ParseOptions,
  zone: ZoneConverter,
  parseOne: (bytes: Uint8Array, name: string) => Promise<Omit<ParseResult, 'encoding'>> = (b, n) => parseEmail(b, n, options, zone),
): Promise<Omit<ParseResult, 'encoding'>> {
  const messages: ParsedMessage[] = [];
  const warnings: ParseWarning[] = [];
  const needs = new Set<ParseResult['needs'][number]>();
  const seen = new Set<string>();
  let firstError: unknown = null;
  for (const file of files) {
    let result: Omit<ParseResult, 'encoding'>;
    try {
      result = await parseOne(file.bytes, file.name);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      firstError ??= error;
      warnings.push({ code: 'file_skipped', file: file.name, message: `${error.message} (${error.code})` });
      continue;
    }
    for (const w of result.warnings) warnings.push({ ...w, file: file.name });
    for (const n of result.needs) needs.add(n);
    for (const m of result.messages) {
      if (seen.has(m.key)) {
        warnings.push({ code: 'duplicate_message', file: file.name, message: `This e-mail is already in the batch (${m.key}); it is imported once.` });
        continue;
      }
      seen.add(m.key);
      messages.push({ ...m, file: file.name });
    }
  }
  if (messages.length === 0 && firstError) throw firstError;
  const at = (m: ParsedMessage) => m.occurredAt ?? '\uffff';
  messages.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
  return { format: 'email', messages, senders: distinctSenders(messages), warnings, needs: [...needs], timeZone: zone.timeZone };
}
