/**
 * Turns whatever the user pasted ("binance.com/login", "\"Binance Support\" <help@x.com>", "+1 (415) 555-0123",
 * "t.me/xyz", "微信：abc123", "ｂｉｎａｎｃｅ．ｃｏｍ") into a structured contact. Never throws.
 */
import { domainToASCII } from 'node:url';
import { isIPv4, isIPv6, toUnicodeHost } from './domain';
import { isInvisible } from './textNormalize';
import type { Reason } from './types';

/** Longest input analysed; the rest of a 10k-character link does not change where it leads. */
export const MAX_CONTACT_LENGTH = 2048;

export type SocialNetwork =
  | 'telegram'
  | 'whatsapp'
  | 'wechat'
  | 'x'
  | 'discord'
  | 'facebook'
  | 'instagram'
  | 'line'
  | 'signal'
  | 'qq'
  | 'skype'
  | 'unknown';

export interface UrlContact {
  kind: 'url';
  scheme: string;
  /** Lower-case ASCII host, no trailing dot; '' when the host is not a valid name. */
  host: string;
  unicodeHost: string;
  /** The host as written (after NFKC), lower-case. */
  writtenHost: string;
  port: string;
  /** Path, query and fragment, cut to 200 characters. */
  rest: string;
  userinfo: string;
  ip: boolean;
}
export interface EmailContact {
  kind: 'email';
  address: string;
  local: string;
  host: string;
  unicodeHost: string;
  displayName: string;
}
export interface PhoneContact {
  kind: 'phone';
  /** "+14155550123" when written with + or 00, else the bare digits. */
  e164: string;
  digits: string;
}
export interface SocialContact {
  kind: 'social';
  network: SocialNetwork;
  /** Lower-case handle, "+digits" for WhatsApp numbers, "invite/…" for invite links. */
  handle: string;
}
export interface UnknownContact {
  kind: 'unknown';
  text: string;
}
export type ParsedContact = (UrlContact | EmailContact | PhoneContact | SocialContact | UnknownContact) & {
  /** Things noticed in how the value was written: truncated, invisible characters, full-width forms. */
  notes: Reason[];
};
export type ParsedOf<K extends ParsedContact['kind']> = Extract<ParsedContact, { kind: K }>;

const WEB_SCHEMES = new Set(['http', 'https', 'ftp', 'hxxp', 'hxxps', 'ws', 'wss']);
const DANGEROUS_SCHEMES = new Set(['javascript', 'data', 'vbscript', 'file']);

const SOCIAL_HOSTS: Readonly<Record<string, SocialNetwork>> = {
  't.me': 'telegram', 'telegram.me': 'telegram', 'telegram.dog': 'telegram',
  'wa.me': 'whatsapp', 'api.whatsapp.com': 'whatsapp', 'chat.whatsapp.com': 'whatsapp', 'whatsapp.com': 'whatsapp',
  'x.com': 'x', 'twitter.com': 'x',
  'discord.gg': 'discord', 'discord.com': 'discord', 'discordapp.com': 'discord',
  'facebook.com': 'facebook', 'fb.com': 'facebook', 'm.me': 'facebook', 'messenger.com': 'facebook',
  'instagram.com': 'instagram', 'line.me': 'line', 'signal.me': 'signal',
  'u.wechat.com': 'wechat', 'weixin.qq.com': 'wechat', 'qm.qq.com': 'qq',
};

const LABELED = /^(telegram|tg|电报|飞机|纸飞机|whatsapp|wa|wechat|weixin|微信|vx|v信|wx|discord|qq|line|signal|skype|twitter|x)\s*(?:id|号|账号|帐号)?\s*(?:[:：]\s*|\s+)(\S.*)$/iu;
const LABEL_NETWORK: Readonly<Record<string, SocialNetwork>> = {
  telegram: 'telegram', tg: 'telegram', 电报: 'telegram', 飞机: 'telegram', 纸飞机: 'telegram',
  whatsapp: 'whatsapp', wa: 'whatsapp', wechat: 'wechat', weixin: 'wechat', 微信: 'wechat', vx: 'wechat',
  v信: 'wechat', wx: 'wechat', discord: 'discord', qq: 'qq', line: 'line', signal: 'signal', skype: 'skype',
  twitter: 'x', x: 'x',
};

function reason(code: string, params: Record<string, string> = {}): Reason {
  return { code, params };
}

/** Cleans the raw value and records how it was written. */
function prepare(value: string): { text: string; notes: Reason[] } {
  const notes: Reason[] = [];
  let raw = typeof value === 'string' ? value : String(value);
  if (raw.length > MAX_CONTACT_LENGTH) {
    notes.push(reason('truncated', { length: String(raw.length), analysed: String(MAX_CONTACT_LENGTH) }));
    raw = raw.slice(0, MAX_CONTACT_LENGTH);
  }
  let visible = '';
  let invisible = 0;
  for (const ch of raw) {
    if (isInvisible(ch)) invisible++;
    else visible += ch;
  }
  if (invisible > 0) notes.push(reason('invisible_chars', { count: String(invisible) }));
  let text = visible.normalize('NFKC').replace(/[\u3002\uff61]/g, '.').replace(/\s+/gu, ' ').trim();
  // Wrapping punctuation people paste along: quotes, brackets, a full stop at the end of a sentence.
  for (let i = 0; i < 4; i++) {
    const before = text;
    text = text.replace(/^[\s"'`“”‘’«»(<[{]+/u, '').replace(/[\s"'`“”‘’«»)>\]},;!?。，；！？]+$/u, '');
    if (/^[^<]*<[^<>]+>$/.test(before)) text = before; // keep "Name <address>" whole
    if (text === before) break;
  }
  const trimmedRaw = visible.trim();
  // Full-width or styled letters and digits (ｂｉｎａｎｃｅ, 𝐛𝐢𝐧𝐚𝐧𝐜𝐞), or full-width dots inside the value.
  const styled = Array.from(trimmedRaw).some((ch) => /[\p{L}\p{N}]/u.test(ch) && ch.normalize('NFKC') !== ch);
  const dots = /[\uFF0E\u3002\uFF61\uFF20\uFF0F](?=.*[\p{L}\p{N}])/u.test(trimmedRaw);
  if (styled || dots) {
    notes.push(reason('fullwidth', { written: trimmedRaw.slice(0, 120), normalized: text.slice(0, 120) }));
  }
  return { text, notes };
}

function toAscii(host: string): string {
  try {
    return domainToASCII(host);
  } catch {
    return '';
  }
}

function parsePhone(text: string): { e164: string; digits: string } | null {
  if (!/^(?:tel:)?\s*\+?[\d\s().\-/]+$/i.test(text)) return null;
  const body = text.replace(/^tel:/i, '').trim();
  let digits = body.replace(/\D/g, '');
  let plus = body.startsWith('+');
  if (!plus && digits.startsWith('00') && digits.length > 9) {
    digits = digits.slice(2);
    plus = true;
  }
  if (digits.length < 6 || digits.length > 15) return null;
  return { e164: plus ? `+${digits}` : digits, digits };
}

function socialFromLabel(label: string, rest: string, depth: number): ParsedContact {
  const network = LABEL_NETWORK[label.toLowerCase()] ?? 'unknown';
  const inner = parseContactText(rest, [], depth + 1);
  if (inner.kind === 'social') return { ...inner, network: inner.network === 'unknown' ? network : inner.network };
  if (inner.kind === 'phone') return { kind: 'social', network, handle: `+${inner.digits}`, notes: [] };
  if (inner.kind === 'url' || inner.kind === 'email') return inner;
  return { kind: 'social', network, handle: rest.trim().replace(/^@/, '').toLowerCase().slice(0, 100), notes: [] };
}

function socialFromUrl(network: SocialNetwork, host: string, url: URL | null, rest: string): SocialContact {
  const segments = rest.split(/[?#]/)[0]?.split('/').filter((s) => s !== '') ?? [];
  const first = (segments[0] ?? '').toLowerCase();
  const second = (segments[1] ?? '').toLowerCase();
  let handle = first;
  if (network === 'telegram') {
    if (first === 's') handle = second;
    else if (first === 'joinchat') handle = `invite/${segments[1] ?? ''}`;
    else if (first.startsWith('+') && !/^\+\d+$/.test(first)) handle = `invite/${(segments[0] ?? '').slice(1)}`;
  } else if (network === 'whatsapp') {
    const phone = url?.searchParams.get('phone') ?? (/^\+?\d{6,15}$/.test(first) ? first : '');
    if (phone) handle = `+${phone.replace(/\D/g, '')}`;
    else if (host === 'chat.whatsapp.com') handle = `invite/${segments[0] ?? ''}`;
  } else if (network === 'discord') {
    if (host === 'discord.gg') handle = `invite/${segments[0] ?? ''}`;
    else if (first === 'invite') handle = `invite/${segments[1] ?? ''}`;
    else handle = segments.join('/').toLowerCase();
  } else if (network === 'line' || network === 'signal' || network === 'wechat' || network === 'qq') {
    handle = segments.join('/').toLowerCase();
  } else if (network === 'facebook' && host === 'messenger.com' && first === 't') {
    handle = second;
  }
  return { kind: 'social', network, handle: handle.replace(/^@/, '').slice(0, 100) };
}

function parseUrl(text: string, notes: Reason[]): ParsedContact {
  let working = text.replace(/\[\.\]|\(\.\)|\{\.\}/g, '.').replace(/^hxxp/i, 'http');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(working)) working = `http://${working}`;
  const scheme = (/^([a-z][a-z0-9+.-]*):/i.exec(working)?.[1] ?? 'http').toLowerCase();
  const afterScheme = working.slice(working.indexOf('://') + 3);
  const authority = afterScheme.split(/[/?#\\]/)[0] ?? '';
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  const hostPort = (at >= 0 ? authority.slice(at + 1) : authority).toLowerCase();
  const writtenHost = hostPort.startsWith('[') ? hostPort.replace(/\].*$/, ']') : hostPort.replace(/:\d*$/, '').replace(/\.+$/, '');

  let url: URL | null;
  try {
    url = new URL(working);
  } catch {
    url = null;
  }
  const host = (url ? url.hostname : toAscii(writtenHost)).replace(/\.+$/, '').toLowerCase();
  const rest = url ? `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}` : afterScheme.slice(authority.length);
  const bareHost = host.replace(/^(www|mobile|m)\./, '');
  const network = SOCIAL_HOSTS[bareHost] ?? SOCIAL_HOSTS[host];
  if (network && userinfo === '') return { ...socialFromUrl(network, bareHost, url, rest), notes };
  const validName = host !== '' && (isIPv6(host) || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host));
  return {
    kind: 'url',
    scheme,
    host: validName ? host : '',
    unicodeHost: validName ? toUnicodeHost(host) : '',
    writtenHost,
    port: url?.port ?? '',
    rest: rest.slice(0, 200),
    userinfo,
    ip: validName && (isIPv4(host) || isIPv6(host)),
    notes,
  };
}

function parseEmail(address: string, displayName: string, notes: Reason[]): ParsedContact {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const writtenHost = address.slice(at + 1).toLowerCase().replace(/\.+$/, '');
  const host = toAscii(writtenHost);
  return {
    kind: 'email',
    address: `${local}@${host || writtenHost}`,
    local,
    host,
    unicodeHost: host ? toUnicodeHost(host) : '',
    displayName: displayName.replace(/^["'“”\s]+|["'“”\s]+$/gu, '').slice(0, 200),
    notes,
  };
}

const HOSTLIKE = /^(?:[^\s/?#@]+@)?(?:www\.)?[^\s/?#@:\\]+\.[^\s/?#@:\\.]+\.?(?::\d{1,5})?(?:[/?#\\].*)?$/u;

export function parseContact(value: string): ParsedContact {
  const { text, notes } = prepare(value);
  return parseContactText(text, notes, 0);
}

function parseContactText(text: string, notes: Reason[], depth: number): ParsedContact {
  if (text === '') return { kind: 'unknown', text: '', notes };

  const mailto = /^mailto:\s*([^?\s]+)/i.exec(text);
  if (mailto?.[1]?.includes('@')) return parseEmail(decodeSafe(mailto[1]), '', notes);
  const named = /^(.*?)<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>$/iu.exec(text);
  if (named?.[2]) return parseEmail(named[2], named[1] ?? '', notes);

  const labeled = LABELED.exec(text);
  if (depth < 3 && labeled?.[1] && labeled[2] && !(labeled[1].toLowerCase() === 'x' && !/[:：]/.test(text))) {
    return { ...socialFromLabel(labeled[1], labeled[2], depth), notes };
  }

  const scheme = /^([a-z][a-z0-9+.-]{0,15}):/i.exec(text)?.[1]?.toLowerCase() ?? '';
  if (scheme === 'tel') {
    const phone = parsePhone(text);
    if (phone) return { kind: 'phone', ...phone, notes };
  }
  if (scheme === 'tg') {
    const domain = /domain=([\w.]+)/i.exec(text)?.[1] ?? '';
    return { kind: 'social', network: 'telegram', handle: domain.toLowerCase(), notes };
  }
  if (scheme === 'weixin') return { kind: 'social', network: 'wechat', handle: text.slice(9).toLowerCase().slice(0, 100), notes };
  if (scheme === 'whatsapp') {
    const phone = /phone=(\+?\d+)/i.exec(text)?.[1] ?? '';
    return { kind: 'social', network: 'whatsapp', handle: phone ? `+${phone.replace(/\D/g, '')}` : '', notes };
  }
  if (DANGEROUS_SCHEMES.has(scheme)) {
    return {
      kind: 'url', scheme, host: '', unicodeHost: '', writtenHost: '', port: '', rest: text.slice(0, 200), userinfo: '', ip: false,
      notes: [reason('dangerous_scheme', { scheme }), ...notes],
    };
  }
  if (WEB_SCHEMES.has(scheme) || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return parseUrl(text, notes);

  if (/^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:[/?#].*)?$/.test(text)) return parseUrl(text, notes);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/u.test(text)) return parseEmail(text, '', notes);
  if (/^@[\p{L}\p{N}_.]{1,64}$/u.test(text)) {
    return { kind: 'social', network: 'unknown', handle: text.slice(1).toLowerCase(), notes };
  }
  const phone = parsePhone(text);
  if (phone) return { kind: 'phone', ...phone, notes };
  if (HOSTLIKE.test(text)) {
    const host = (text.split(/[/?#\\:]/)[0] ?? '').replace(/^.*@/, '').replace(/\.+$/, '');
    const tld = host.split('.').pop() ?? '';
    if (isIPv4(host) || /^(?:[\p{L}]{2,63}|xn--[a-z0-9-]{1,59})$/u.test(tld)) return parseUrl(text, notes);
  }
  return { kind: 'unknown', text: text.slice(0, 200), notes };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
