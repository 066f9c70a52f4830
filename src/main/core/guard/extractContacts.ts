/**
 * Finds links (with or without http://), e-mail addresses, phone numbers, @handles and messenger IDs in
 * free text, Chinese or English. Matching runs on normalized text (so ｂｉｎａｎｃｅ．ｃｏｍ is found);
 * offsets point into the original text, and Chinese punctuation next to a link is never swallowed.
 */
import { LISTS, type GuardLists } from './data';
import { parseContact } from './contactParse';
import { normalizeWithMap, toOriginalSpan, type NormalizedText } from './textNormalize';
import type { ExtractedContact } from './types';

// Letters a host label may hold: ASCII, Latin with accents, Greek, Cyrillic, Armenian (homoglyph material).
const L = 'a-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u058F';
const LABEL = `[${L}](?:[${L}-]{0,61}[${L}])?`;
const TLD = '(?:xn--[a-z0-9-]{2,59}|[a-z]{2,24})';
// Characters a link's path may hold in running text: no spaces, quotes, CJK characters or CJK punctuation.
const PATH_CHAR =
  "[^\\s<>\"'`\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]";

const SCHEME_URL = new RegExp(`\\b(?:https?|hxxps?|ftp):\\/\\/${PATH_CHAR}+`, 'giu');
const EMAIL = new RegExp(`(?<![\\w.%+\\-])[a-z0-9._%+\\-]{1,64}@(?:${LABEL}\\.)+${TLD}(?![${L}])`, 'giu');
const BARE_URL = new RegExp(
  `(?<![${L}@._%+\\-/\\\\])(?:${LABEL}\\.)+(${TLD})(?![${L}\\-])(?::\\d{1,5})?(?:[/?#]${PATH_CHAR}*)?`,
  'dgiu',
);
const PLUS_PHONE = /(?<![\w+])(?:\+|00)\d[\d ().-]{5,20}\d(?!\d)/giu;
const CONTEXT_PHONE =
  /(?:电话|热线|致电|拨打|手机|联系方式|tel|phone|call|hotline|whatsapp|signal)[^\d+\n]{0,12}?(\+?\d[\d ().-]{5,20}\d)(?!\d)/giu;
const HANDLE = /(?<![\w@.])@[a-z][a-z0-9_]{3,31}(?![\w@]|\.[a-z0-9])/giu;
const LABELED_ID =
  /(?<![a-z])(?:(?:微信号?|威信|薇信|v信|电报|飞机|纸飞机)\s*(?:号|账号|帐号)?\s*[:：]?|(?:wechat(?: ?id)?|weixin|vx|wx|telegram|tg|whatsapp)\s*[:：])\s*@?[a-z][-_a-z0-9]{4,30}(?![\w])/giu;
const QQ_ID = /(?<![a-z])qq\s*(?:号)?\s*[:：]?\s*[1-9]\d{4,11}(?!\d)/giu;

interface Candidate {
  start: number;
  end: number;
  priority: number;
}

/** Strips sentence punctuation from a link's end, keeping a ")" that closes one inside the link. */
function trimLinkEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] ?? '';
    if (ch === ')') {
      const inner = text.slice(start, e);
      if ((inner.match(/\(/g)?.length ?? 0) >= (inner.match(/\)/g)?.length ?? 0)) break;
    } else if (!/[.,;:!?'"\]}>*~]/.test(ch)) {
      break;
    }
    e--;
  }
  return e;
}

function collect(n: NormalizedText, lists: GuardLists): Candidate[] {
  const text = n.text;
  const out: Candidate[] = [];
  const push = (start: number, end: number, priority: number): void => {
    if (end > start) out.push({ start, end, priority });
  };
  for (const m of text.matchAll(SCHEME_URL)) push(m.index, trimLinkEnd(text, m.index, m.index + m[0].length), 5);
  for (const m of text.matchAll(EMAIL)) push(m.index, m.index + m[0].length, 4);
  for (const m of text.matchAll(BARE_URL)) {
    const tld = m[1] ?? '';
    const written = m.indices?.[1] ? text.slice(m.indices[1][0], m.indices[1][1]) : tld;
    const known = lists.commonTlds.has(tld.toLowerCase()) || tld.toLowerCase().startsWith('xn--');
    const www = /^www\./i.test(m[0]);
    // "wallet.Live chat" is a missing space, not a link: a title-case ending is not a domain ending.
    const titleCase = /^[A-Z][a-z]+$/.test(written);
    if ((known || www) && !titleCase) push(m.index, trimLinkEnd(text, m.index, m.index + m[0].length), 3);
  }
  for (const re of [LABELED_ID, QQ_ID]) for (const m of text.matchAll(re)) push(m.index, m.index + m[0].length, 2);
  for (const m of text.matchAll(HANDLE)) push(m.index, m.index + m[0].length, 1);
  for (const m of text.matchAll(PLUS_PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 17) push(m.index, m.index + m[0].length, 1);
  }
  for (const m of text.matchAll(CONTEXT_PHONE)) {
    const number = m[1] ?? '';
    const digits = number.replace(/\D/g, '').length;
    const at = m.index + m[0].length - number.length;
    if (digits >= 7 && digits <= 15) push(at, at + number.length, 1);
  }
  return out;
}

/** Every contact in `text`, in reading order, without overlaps. `value` is always `text.slice(start, end)`. */
export function extractFromNormalized(n: NormalizedText, lists: GuardLists = LISTS): ExtractedContact[] {
  const mapped = collect(n, lists).map((c) => ({ ...toOriginalSpan(n, c.start, c.end), priority: c.priority }));
  mapped.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  // Sorted by start, longest first: a candidate clashes exactly when it starts before the last kept one ends.
  const chosen: { start: number; end: number }[] = [];
  let keptEnd = 0;
  for (const c of mapped) {
    if (c.end <= c.start || c.start < keptEnd) continue;
    chosen.push(c);
    keptEnd = c.end;
  }
  return chosen.map(({ start, end }) => {
    const value = n.original.slice(start, end);
    return { value, start, end, kind: parseContact(value).kind };
  });
}

export function extractContacts(text: string): ExtractedContact[] {
  try {
    return extractFromNormalized(normalizeWithMap(typeof text === 'string' ? text : String(text)));
  } catch {
    return [];
  }
}
