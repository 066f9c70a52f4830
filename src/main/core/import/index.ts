/**
 * Import what users already have: bytes of one export → a preview (ParseResult) or an ImportError.
 * Pure: no database, no file system (attachments beside the transcript come in through resolveAttachments).
 *
 *   const preview = await parseTranscript(bytes, 'WhatsApp Chat with Kraken.txt', { timeZone: 'Asia/Shanghai' });
 *   // ask preview.needs, pick "me" from preview.senders, then parse again with the answers
 */
import { decodeText, assertNotBinarySignature } from './decodeText';
import { detectTextFormat, firstCharacter, looksLikeEmail } from './detect';
import { parseCsvTranscript } from './csv';
import { parseEmail, parseEmails } from './email';
import { ImportError, MAX_IMPORT_BYTES } from './importError';
import { parseLiveChat } from './livechat';
import { isTelegramExport, parseJson, parseTelegram, telegramMessageLines } from './telegram';
import { parseWhatsApp } from './whatsapp';
import { isValidDate, ZoneConverter } from './zonedTime';
import { IMPORT_FORMATS, type ParseOptions, type ParseResult } from './types';

export * from './types';
export { ImportError, MAX_IMPORT_BYTES, IMPORT_ERROR_CODES, type ImportErrorCode } from './importError';
export { resolveAttachments, safeRelativePath } from './attachments';
export { htmlToText } from './htmlToText';

export async function parseTranscript(bytes: Uint8Array, name: string, options: ParseOptions = {}): Promise<ParseResult> {
  checkSize(bytes, name);
  const zone = checkedZone(options);
  assertNotBinarySignature(bytes, name);
  const forced = options.format;

  if (forced === 'email' || (!forced && looksLikeEmail(bytes))) {
    return finish({ ...(await parseEmail(bytes, name, options, zone)), encoding: 'mime' }, options);
  }
  const decoded = decodeText(bytes, name);
  if (decoded.text.trim() === '') throw new ImportError('empty', `"${name}" has no text in it.`);
  const withDecoding = (result: Omit<ParseResult, 'encoding'>): ParseResult =>
    finish({ ...result, encoding: decoded.encoding, warnings: [...decoded.warnings, ...result.warnings] }, options);

  const first = firstCharacter(bytes);
  // "[" also starts WhatsApp iOS and chat-widget lines: it means JSON only when no text format fits.
  const textFormat = forced ? null : first === '{' ? null : detectTextFormat(decoded.text, name);
  if (forced === 'telegram' || (!forced && (first === '{' || (first === '[' && !textFormat && /\.json$/i.test(name))))) {
    const json = parseJson(decoded.text, name);
    if (!forced && !isTelegramExport(json)) throw new ImportError('not_telegram', `"${name}" is JSON but not a Telegram chat export (result.json).`);
    return withDecoding(parseTelegram(json, name, options, zone, telegramMessageLines(decoded.text)));
  }
  const format = forced ?? textFormat;
  switch (format) {
    case 'whatsapp':
      return withDecoding(parseWhatsApp(decoded.text, options, zone));
    case 'livechat':
      return withDecoding(parseLiveChat(decoded.text, options, zone));
    case 'csv':
      return withDecoding(parseCsvTranscript(decoded.text, options, zone));
    default:
      throw new ImportError(
        'unknown_format',
        `"${name}" is not a format Casefile can import (WhatsApp or Telegram export, e-mail, CSV, or text copied from a chat window with a name and time before each message).`,
      );
  }
}

/** A batch of .eml files (a mail folder): one preview, oldest first, each Message-ID once. */
export async function parseEmailFiles(files: { bytes: Uint8Array; name: string }[], options: ParseOptions = {}): Promise<ParseResult> {
  if (files.length === 0) throw new ImportError('empty', 'No e-mail files were given.');
  const zone = checkedZone(options);
  const result = await parseEmails(files, options, zone, async (bytes, name) => {
    checkSize(bytes, name);
    assertNotBinarySignature(bytes, name);
    if (!looksLikeEmail(bytes)) throw new ImportError('bad_email', `"${name}" does not start with e-mail headers (From:, Date:, …).`);
    return parseEmail(bytes, name, options, zone);
  });
  return finish({ ...result, encoding: 'mime' }, options);
}

function checkSize(bytes: Uint8Array, name: string): void {
  if (bytes.byteLength === 0) throw new ImportError('empty', `"${name}" is empty.`);
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError('too_large', `"${name}" is ${Math.ceil(bytes.byteLength / 1048576)} MB; transcripts up to ${MAX_IMPORT_BYTES / 1048576} MB can be imported. Split it, or export a shorter period.`);
  }
}

function checkedZone(options: ParseOptions): ZoneConverter {
  if (options.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new ImportError('bad_option', `Unknown format "${String(options.format)}".`);
  }
  if (options.dateOrder !== undefined && options.dateOrder !== 'dmy' && options.dateOrder !== 'mdy') {
    throw new ImportError('bad_option', `dateOrder must be "dmy" or "mdy", not "${String(options.dateOrder)}".`);
  }
  if (options.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.date);
    if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new ImportError('bad_option', `"${options.date}" is not a date in the form YYYY-MM-DD.`);
  }
  return new ZoneConverter(options.timeZone ?? 'UTC');
}

/** Wall times were read in a zone nobody chose: ask for it. */
function finish(result: ParseResult, options: ParseOptions): ParseResult {
  const readWallTimes = result.messages.some((m) => m.wallTime !== undefined) || result.needs.includes('date') || result.needs.includes('dateOrder');
  const needs = [...result.needs];
  if (!options.timeZone && readWallTimes && result.format !== 'email' && !needs.includes('timeZone')) needs.push('timeZone');
  return { ...result, needs };
}
