/**
 * The common preview shape every transcript parser produces ("Import what users already have").
 *
 * Pure data: parsers read bytes and answer a ParseResult; nothing here touches the database, the vault or
 * the API. The caller shows the preview, asks the questions listed in `needs`, parses again with the
 * answers in ParseOptions, then stores the messages (mapping `sender` to me/agent by the user's choice).
 *
 * Choices worth knowing:
 * - `key` is derived from what is WRITTEN in the export (sender, the time as written, the text; or the
 *   Telegram message id, or the e-mail Message-ID), never from how it was interpreted (time zone, day/month
 *   order). Re-importing the same transcript with different answers still yields the same keys, so the
 *   store can skip what it already has. Identical messages in one file (two "ok" in the same minute) get
 *   an occurrence suffix so neither is lost.
 * - `occurredAt` is null while a question in `needs` is unanswered (day/month order, the date of a
 *   live-chat paste): the preview can still show text, senders and `localTime`.
 * - A line that cannot become a message (a date that does not exist, text before the first speaker) is a
 *   warning carrying that line's text, so nothing the user brought disappears silently.
 * - E-mail: the Subject is the first line of `text` (then a blank line, then the body) and also `subject`,
 *   so it stays visible wherever the text goes.
 * - Attachments carry `bytes` when the file itself holds them (e-mail) and a relative `path` when they sit
 *   beside the transcript (Telegram export folder, WhatsApp "with media"): resolveAttachments() fills in
 *   the bytes, or a `source` to stream them from (an uploaded ZIP of the export folder).
 */
import type { ChannelKind } from '../../../shared/domain';

export const IMPORT_FORMATS = ['whatsapp', 'telegram', 'email', 'livechat', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type DateOrder = 'dmy' | 'mdy';

export type ParseNeed = 'dateOrder' | 'date' | 'timeZone' | 'columnMapping';

/**
 * A file beside the transcript that is read only when it is stored (a photo inside an uploaded ZIP), so a
 * preview never reads it and a store streams it: an export's media never sit in memory all at once.
 */
export interface AttachmentSource {
  /** Bytes the file holds (its declared size; the reader refuses a file that turns out longer or shorter). */
  size: number;
  open(): Promise<AsyncIterable<Uint8Array>>;
}

export interface ParsedAttachment {
  name: string;
  /** Present when the bytes are available (e-mail parts, or after resolveAttachments). */
  bytes?: Uint8Array;
  /** Present when resolveAttachments found the file but left it to be streamed (see AttachmentSource). */
  source?: AttachmentSource;
  /** Relative path inside the export folder (Telegram, WhatsApp exported with media). */
  path?: string;
  mimeType?: string;
  /** The export only says media existed ("<Media omitted>"): there is nothing to fetch. */
  omitted?: boolean;
}

export interface ParsedMessage {
  /** Stable key for de-duplication (see the header comment). */
  key: string;
  /** As written in the transcript ("Kraken Support", "客服 Anna", the From: display name). */
  sender: string;
  /** Telegram from_id, e-mail address. */
  senderId?: string;
  /** UTC ISO instant; null while the date is not known (see `needs`). */
  occurredAt: string | null;
  /** The time as written in the transcript ("3/14/24, 9:02 AM", "14:03", the Date: header). */
  localTime?: string;
  /** How `localTime` was read, as a wall time in ParseResult.timeZone ("2024-03-14T09:02:00"). */
  wallTime?: string;
  /** Plain text, kept exactly (HTML bodies rendered to text). */
  text: string;
  kind: 'message' | 'call' | 'system';
  call?: { durationSec: number | null };
  attachments: ParsedAttachment[];
  replyToKey?: string;
  edited?: boolean;
  /** When it was edited, if the export says (Telegram). */
  editedAt?: string;
  forwardedFrom?: string;
  /** E-mail subject (also the first line of `text`). */
  subject?: string;
  channel: ChannelKind;
  /** 1-based line where the message starts in the decoded text (text formats). */
  line?: number;
  /** The file it came from, when several were parsed together (a folder of .eml). */
  file?: string;
}

export interface ParseWarning {
  /** Machine code for translation ('invalid_date', 'media_not_included', …). */
  code: string;
  /** English, for logs and as a fallback. */
  message: string;
  line?: number;
  file?: string;
  /** The text the warning is about (a line that was not imported), so nothing is lost unseen. */
  text?: string;
}

/** Column indexes (0-based) for a CSV file. */
export interface CsvColumnMapping {
  sender: number;
  text: number;
  /** A date-time cell, or only the time of day when `date` names a separate date column. */
  time: number;
  date?: number;
}

export interface CsvInfo {
  header: string[];
  delimiter: string;
  /** Data rows (the header excluded). */
  rows: number;
  /** Guessed from the header names (en/zh); the user confirms or corrects it. */
  suggestedColumns: Partial<CsvColumnMapping>;
}

export interface ParseResult {
  format: ImportFormat;
  messages: ParsedMessage[];
  /** Distinct senders in order of appearance (system lines excluded), for the "which one is me" choice. */
  senders: string[];
  warnings: ParseWarning[];
  /** Questions the user must answer before importing; parse again with the answers in ParseOptions. */
  needs: ParseNeed[];
  /** The IANA zone wall times were read in. */
  timeZone: string;
  /** How the bytes were decoded: 'utf-8', 'utf-16le', 'gb18030', 'big5', 'mime' (e-mail: per part). */
  encoding: string;
  /** Day/month order used (found in the data or given); absent while unknown or not applicable. */
  dateOrder?: DateOrder | 'ymd';
  /** Live chat: the date found in the paste, or the one given (YYYY-MM-DD). */
  date?: string;
  /** A sender that looks like the user ("我", "Me", "You"): a suggestion, never applied silently. */
  suggestedMe?: string;
  /** Telegram: the chat's name. */
  title?: string;
  /** The folder beside the transcript was given (resolveAttachments ran): a file it lacks is already a warning. */
  folderGiven?: boolean;
  csv?: CsvInfo;
}

export interface ParseOptions {
  /** IANA zone the transcript's wall times are in; default 'UTC'. */
  timeZone?: string;
  /** For formats with ambiguous dates (WhatsApp, CSV) when the data does not decide. */
  dateOrder?: DateOrder;
  /** YYYY-MM-DD: the day of a live-chat paste that does not say it. */
  date?: string;
  /** CSV column mapping. */
  columns?: CsvColumnMapping;
  /** Skip detection (the user picked the format). */
  format?: ImportFormat;
  /** Override the channel the messages are recorded on (CSV and live chat could be any). */
  channel?: ChannelKind;
}
