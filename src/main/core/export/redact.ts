/**
 * Masking personal identifiers in the text of a dossier the user shares beyond a regulator (a forum, a
 * journalist, a portal that publishes complaints): e-mail addresses, phone numbers, the user's account UID
 * on the platform, wallet addresses, and any further exact strings the caller names (the profile's
 * contact and postal address). Evidence files are never touched: this only changes the text we write.
 *
 * What stays, on purpose:
 * - Transaction ids (64 hex digits, with or without 0x). A txid identifies a transfer, not a person, it is
 *   public on-chain anyway, and the recipient needs it whole to look the transfer up on an explorer; a
 *   masked txid would make the dossier's central proof uncheckable.
 * - Evidence SHA-256 hashes (the same 64-hex shape): they are how the recipient checks the files.
 * - Amounts, dates, times, order and reference numbers: the patterns below need a phone's shape (a "+",
 *   a Chinese mobile's 1[3-9] prefix, NANP or trunk-prefix grouping, or a "phone:" label), refuse digits
 *   glued to "#", ".", ",", "/", ":" or a following asset code, and skip numbers just after "order"/"订单"/
 *   "ref"... The caller's `keep` list (order ids, platform references) is never masked whatever it looks like.
 * - The domain of an e-mail address: which provider (gmail.com, or the platform's own domain) matters to
 *   judge an impersonation attempt; the mailbox name is what identifies the person.
 * - The platform's channels (`keep`): addresses of the other side, official or fake, identify no one on
 *   the user's side and are exactly what the police need to see.
 * - Chinese text: every pattern is ASCII-only, so Han characters are never part of a match.
 *
 * Known limits: full-width digits (１３８…) and phone numbers written without any phone shape or label
 * are not recognised; a UID shorter than 4 characters is masked only where it is shown as the UID (the
 * cover), because masking every "42" in the text would mangle amounts.
 */

export interface RedactionFacts {
  /** The user's account UID on the platform (platform.accountUid). */
  accountUid: string | null;
  /** Exact strings to mask wherever they appear (the profile's contact, postal address...). */
  extra?: string[];
  /** Wallet addresses known from the ticket's transactions: masked 6…4 even when their format is unknown. */
  wallets?: string[];
  /** Strings never masked (order ids, platform reference numbers, the platform's channel addresses). */
  keep?: string[];
}

interface Claim {
  start: number;
  end: number;
  replacement: string;
}

const ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const ALNUM_AFTER = '(?![0-9A-Za-z])';
const BASE58 = '[1-9A-HJ-NP-Za-km-z]';

/** 64 hex digits: txids of Bitcoin, EVM chains and TRON, and our own SHA-256 hashes. Never masked. */
const HASH_64 = new RegExp(`${ALNUM_BEFORE}(?:0x)?[0-9a-fA-F]{64}${ALNUM_AFTER}`, 'g');

const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;

const WALLETS: { pattern: RegExp; mixedCase?: boolean }[] = [
  // EVM (Ethereum, BSC, Polygon...): 0x + 40 hex. A 64-hex txid is not matched: the lookahead refuses it.
  { pattern: new RegExp(`${ALNUM_BEFORE}0x[0-9a-fA-F]{40}${ALNUM_AFTER}`, 'g') },
  // TRON: T + 33 base58.
  { pattern: new RegExp(`${ALNUM_BEFORE}T${BASE58}{33}${ALNUM_AFTER}`, 'g') },
  // Bech32 (Bitcoin bc1, Litecoin ltc1, Cosmos chains, Cardano addr1).
  { pattern: new RegExp(`${ALNUM_BEFORE}(?:bc|tb|ltc|bnb|cosmos|osmo|addr)1[02-9ac-hj-np-z]{20,90}${ALNUM_AFTER}`, 'gi') },
  // Bitcoin legacy / P2SH (1…, 3…), XRP (r…): mixed case and a digit, so a long word is not taken for one.
  { pattern: new RegExp(`${ALNUM_BEFORE}[13r]${BASE58}{24,34}${ALNUM_AFTER}`, 'g'), mixedCase: true },
  // Solana and other base58 addresses of 32–44 characters (a Solana tx signature is 87–88: not matched).
  { pattern: new RegExp(`${ALNUM_BEFORE}${BASE58}{32,44}${ALNUM_AFTER}`, 'g'), mixedCase: true },
];

/** Digits may not touch these on the left (#12345678901 is a reference, 1.380… an amount, 12:30 a time). */
const NUMBER_BEFORE = '(?<![0-9A-Za-z_#.,/:+$¥￥-])';
/** …nor continue into a decimal, a word, or an asset code ("15000000000 PEPE" is an amount). */
const NUMBER_AFTER = '(?![0-9A-Za-z_]|[.,]\\d|[ \\u00a0]?[A-Z]{3,6}(?![A-Za-z]))';

const PHONES: RegExp[] = [
  // International: +CC then 2–5 groups.
  /(?<![0-9A-Za-z_#+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![0-9A-Za-z_]|[.,]\d)/g,
  // Chinese mobile: 1[3-9]x xxxx xxxx, with or without spaces or dashes.
  new RegExp(`${NUMBER_BEFORE}1[3-9]\\d(?:[ -]?\\d{4}){2}${NUMBER_AFTER}`, 'g'),
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567.
  new RegExp(`${NUMBER_BEFORE}(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}${NUMBER_AFTER}`, 'g'),
  // A trunk prefix 0 with grouping: 010-12345678, 020 7946 0958, 07700 900123.
  new RegExp(`${NUMBER_BEFORE}0\\d{1,4}[ -]\\d{3,8}(?:[ -]\\d{3,4})?${NUMBER_AFTER}`, 'g'),
];

/** "Phone: …", "手机：…": whatever digits follow such a label are a phone number, whatever their grouping. */
const LABELLED_PHONE =
  /(?:phone|tel|telephone|mobile|cell|whatsapp|手机号码|手机号|手机|电话号码|电话|联系电话|联系方式)\s*(?:number|no\.?|#)?\s*[:：]?\s*(\+?\(?\d[\d ().-]{4,22}\d)/gi;

/** Numbers just after these words are references, not phones. */
const REFERENCE_CONTEXT = /(?<![A-Za-z])(?:order|ref|reference|ticket|case|txid|tx|hash|id|no|单号|订单|工单|编号|交易|流水)[^0-9A-Za-z]{0,4}$/i;

export function makeRedactor(facts: RedactionFacts): (text: string) => string {
  const uid = facts.accountUid?.trim() ?? '';
  const uidPattern = uid.length >= 4 ? new RegExp(`${ALNUM_BEFORE}${escapeRegExp(uid)}${ALNUM_AFTER}`, 'gi') : null;
  const exact = distinctLongestFirst(facts.extra ?? [], 3);
  const wallets = distinctLongestFirst(facts.wallets ?? [], 11);
  const keep = distinctLongestFirst(facts.keep ?? [], 3);

  return (text: string): string => {
    if (!text) return text;
    const guarded: [number, number][] = [];
    for (const value of keep) for (const [start, end] of occurrences(text, value)) guarded.push([start, end]);
    for (const match of text.matchAll(HASH_64)) guarded.push([match.index, match.index + match[0].length]);

    const claims: Claim[] = [];
    const claim = (start: number, end: number, replacement: string): void => {
      if (start >= end) return;
      const overlaps = ([s, e]: [number, number]) => start < e && s < end;
      if (guarded.some(overlaps) || claims.some((c) => overlaps([c.start, c.end]))) return;
      claims.push({ start, end, replacement });
    };

    for (const value of exact) for (const [start, end] of occurrences(text, value)) claim(start, end, stars(text.slice(start, end)));
    if (uidPattern) {
      for (const match of text.matchAll(uidPattern)) claim(match.index, match.index + match[0].length, maskUid(match[0]));
    }
    for (const value of wallets) for (const [start, end] of occurrences(text, value)) claim(start, end, maskWallet(text.slice(start, end)));
    for (const match of text.matchAll(EMAIL)) {
      claim(match.index, match.index + match[0].length, `${[...match[1]!][0]}***@${match[2]}`);
    }
    for (const { pattern, mixedCase } of WALLETS) {
      for (const match of text.matchAll(pattern)) {
        if (mixedCase && !looksRandom(match[0])) continue;
        claim(match.index, match.index + match[0].length, maskWallet(match[0]));
      }
    }
    for (const match of text.matchAll(LABELLED_PHONE)) {
      const number = match[1]!.trimEnd();
      const start = match.index + match[0].lastIndexOf(match[1]!);
      if (digitCount(number) >= 6 && digitCount(number) <= 15 && !/\d{4}-\d{2}-\d{2}/.test(number)) {
        claim(start, start + number.length, maskPhone(number));
      }
    }
    for (const pattern of PHONES) {
      for (const match of text.matchAll(pattern)) {
        const digits = digitCount(match[0]);
        if (digits < 7 || digits > 15) continue;
        if (REFERENCE_CONTEXT.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
        claim(match.index, match.index + match[0].length, maskPhone(match[0]));
      }
    }

    if (claims.length === 0) return text;
    claims.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const c of claims) {
      out += text.slice(at, c.start) + c.replacement;
      at = c.end;
    }
    return out + text.slice(at);
  };
}

/** All but the first 6 and the last 4 characters, as the issue asks: enough to recognise, not to reuse. */
export function maskWallet(address: string): string {
  if (address.length <= 10) return '*'.repeat(address.length);
  return address.slice(0, 6) + '*'.repeat(address.length - 10) + address.slice(-4);
}

/** Every digit but the last two; "+", spaces and dashes stay so it still reads as a phone number. */
function maskPhone(number: string): string {
  let left = digitCount(number) - 2;
  return number.replace(/\d/g, (d) => (left-- > 0 ? '*' : d));
}

/** The account UID: the last 2 characters stay for UIDs of 8 or more, so the user recognises it. */
export function maskUid(uid: string): string {
  return uid.length >= 8 ? '*'.repeat(uid.length - 2) + uid.slice(-2) : '*'.repeat(uid.length);
}

/** Names and addresses: fully masked, at most 8 stars so the length says little. */
function stars(value: string): string {
  return '*'.repeat(Math.min(8, [...value].length));
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** Upper case, lower case and a digit: how base58 addresses look, and how long words do not. */
function looksRandom(token: string): boolean {
  return /[A-Z]/.test(token) && /[a-z]/.test(token) && /\d/.test(token);
}

function occurrences(text: string, value: string): [number, number][] {
  const found: [number, number][] = [];
  const haystack = text.toLowerCase();
  const needle = value.toLowerCase();
  // toLowerCase keeps UTF-16 length for everything but a few rare letters; if it did not, search exactly.
  const [h, n] = haystack.length === text.length && needle.length === value.length ? [haystack, needle] : [text, value];
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) found.push([at, at + n.length]);
  return found;
}

function distinctLongestFirst(values: string[], minLength: number): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= minLength))].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
