/** Stable de-duplication keys and the bookkeeping every parser shares. */
import { hash } from 'node:crypto';
import type { ParsedMessage } from './types';

/** First 128 bits of SHA-256 over the parts, each length-prefixed so that no two lists collide. */
export function digest(...parts: string[]): string {
  return hash('sha256', parts.map((p) => `${p.length}:${p}`).join('|'), 'hex').slice(0, 32);
}

/**
 * Keys from what is written; the nth identical message in a file gets "#n" so that two "ok" sent in the
 * same minute both survive, while a second import of the same file reproduces the same keys.
 */
export class KeyMaker {
  private readonly seen = new Map<string, number>();

  constructor(private readonly prefix: string) {}

  make(...parts: string[]): string {
    const base = `${this.prefix}:${digest(...parts)}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

/** Distinct senders in order of first appearance, system lines excluded. */
export function distinctSenders(messages: ParsedMessage[]): string[] {
  const seen = new Set<string>();
  for (const m of messages) if (m.kind !== 'system' && m.sender) seen.add(m.sender);
  return [...seen];
}

const ME = /^(我|我方|本人|自己|me|you|myself|用户|user)$/i;

export function suggestMe(senders: string[]): string | undefined {
  return senders.find((s) => ME.test(s.trim()));
}

/** Bidirectional marks WhatsApp wraps around names and phone numbers; text keeps them, names do not. */
export function cleanName(name: string): string {
  return name.replace(/^[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+|[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/g, '');
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Calls back with each line (CRLF, LF or CR ends a line) and its 0-based index, without building an
 * array of every line: large exports are walked twice without holding millions of strings.
 */
export function forEachLine(text: string, callback: (line: string, index: number) => void): number {
  const n = text.length;
  let index = 0;
  let start = 0;
  const hasCr = text.includes('\r');
  while (start <= n) {
    let end: number;
    if (!hasCr) {
      end = text.indexOf('\n', start);
      if (end < 0) end = n;
      callback(text.slice(start, end), index++);
      start = end + 1;
      continue;
    }
    end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    callback(text.slice(start, end), index++);
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return index;
}
