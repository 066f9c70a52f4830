/**
 * Which format a file is, from its content; the name only breaks ties (".csv"). A .txt that is really
 * binary is refused before this (decodeText: 'not_text'); content that is no known format is
 * 'unknown_format'.
 */
import { detectDelimiter } from './csvParse';
import { suggestColumns } from './csv';
import { matchLiveChatHeader } from './livechat';
import { matchHeader } from './whatsapp';
import type { ImportFormat } from './types';

/** The first non-blank character of the bytes, skipping a UTF-8 BOM (and the zero bytes of UTF-16). */
export function firstCharacter(bytes: Uint8Array): string {
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    const b = bytes[i]!;
    if (b === 0 || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf || b === 0xff || b === 0xfe) continue;
    return String.fromCharCode(b);
  }
  return '';
}

const KNOWN_HEADERS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'message-id', 'received', 'mime-version', 'content-type', 'return-path',
  'delivered-to', 'reply-to', 'sender', 'in-reply-to', 'references', 'content-transfer-encoding', 'x-mailer', 'dkim-signature',
]);

/** An RFC 5322 header block at the top: field lines (or folded continuations) up to a blank line. */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  const lines = head.split(/\r\n|\r|\n/);
  let i = lines[0]?.startsWith('From ') ? 1 : 0; // mbox separator
  const found = new Set<string>();
  let fields = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (fields === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    fields++;
    const key = m[1]!.toLowerCase();
    if (KNOWN_HEADERS.has(key)) found.add(key);
  }
  const anchored = found.has('from') || found.has('received') || found.has('message-id');
  return anchored && found.size >= 2;
}

/** WhatsApp, CSV or live chat, judged on the first lines of the decoded text. */
export function detectTextFormat(text: string, name: string): Exclude<ImportFormat, 'telegram' | 'email'> | null {
  const sample = text.slice(0, 256 * 1024).split(/\r\n|\r|\n/, 1000);
  const lines = sample.filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  const whatsapp = lines.filter((l) => {
    const g = matchHeader(l);
    // "[2024-03-01 10:15] Name:" is a chat widget's style, not WhatsApp's (which never writes ISO dates).
    return g !== null && !(g.d1!.length === 4 && g.sep === '-');
  }).length;
  if (whatsapp >= Math.max(1, lines.length * 0.1)) return 'whatsapp';
  const csvName = /\.(csv|tsv)$/i.test(name);
  const csv = detectDelimiter(text);
  if (csv.fields >= 2 && (csvName || (lines.length >= 2 && csv.consistency >= 0.9 && Object.keys(suggestColumns(splitHeader(lines[0]!, csv.delimiter))).length >= 2))) {
    return 'csv';
  }
  if (lines.some((l) => matchLiveChatHeader(l) !== null)) return 'livechat';
  return null;
}

function splitHeader(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
}
