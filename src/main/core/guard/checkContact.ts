/**
 * Is this contact the platform's real support? Official when it sits on an official domain (or a
 * subdomain of one) or is listed among the official contacts; suspicious when it imitates a brand or
 * hides where it leads; unverified otherwise. Never throws: bad input gives an 'unverified' answer.
 */
import { hasForeignLookalike, isDeceptiveMix, scriptsOf } from './confusables';
import { LISTS, type GuardLists } from './data';
import { hostParts, isSameOrSubdomain, normalizeDomainEntry, toUnicodeHost } from './domain';
import { brandsFor, findLookalike, mentionedBrand, type Brand } from './lookalike';
import { parseContact, type ParsedContact, type ParsedOf } from './contactParse';
import { skeleton } from './confusables';
import { editDistance } from './editDistance';
import type { ContactCheck, ContactKind, PlatformRef, Reason, Verdict } from './types';

/** Reasons that on their own make a contact suspicious. */
export const DANGER_CODES: ReadonlySet<string> = new Set([
  'userinfo_trick', 'shortener', 'ip_address', 'ip_obfuscated', 'homoglyph', 'lookalike_spelling',
  'lookalike_chars', 'brand_with_extra_words', 'brand_in_subdomain', 'different_tld', 'mixed_scripts',
  'free_mail', 'display_name_claim', 'brand_in_mailbox', 'lookalike_handle', 'dangerous_scheme',
]);

/** Everything derived from the platform once, reused for every contact of a message. */
export interface ContactContext {
  platformName: string;
  hasPlatform: boolean;
  /** Official hosts: the platform's domains and the hosts of official links; without a platform, well-known exchanges. */
  officialHosts: { host: string; owner: string }[];
  officialKeys: Set<string>;
  /** Official social accounts by network, for look-alike handles. */
  officialHandles: { network: string; handle: string }[];
  brands: Brand[];
  lists: GuardLists;
}

const r = (code: string, params: Record<string, string> = {}): Reason => ({ code, params });

function contactKey(c: ParsedContact): string | null {
  switch (c.kind) {
    case 'email':
      return `email:${c.address}`;
    case 'phone':
      return `phone:${c.digits}`;
    case 'social':
      return c.handle === '' ? null : `${c.network}:${c.handle}`;
    case 'unknown':
      return c.text === '' ? null : `text:${c.text.toLowerCase()}`;
    default:
      return null;
  }
}

export function contactContext(platform: PlatformRef | undefined, lists: GuardLists = LISTS): ContactContext {
  const officialHosts: { host: string; owner: string }[] = [];
  const officialKeys = new Set<string>();
  const officialHandles: { network: string; handle: string }[] = [];
  if (platform) {
    const owner = String(platform.name ?? '');
    for (const d of platform.officialDomains ?? []) {
      const host = normalizeDomainEntry(String(d));
      if (host) officialHosts.push({ host, owner });
    }
    for (const c of platform.officialContacts ?? []) {
      const parsed = parseContact(String(c));
      if (parsed.kind === 'url' && parsed.host && !parsed.ip) officialHosts.push({ host: parsed.host.replace(/^www\./, ''), owner });
      if (parsed.kind === 'social' && parsed.handle) officialHandles.push({ network: parsed.network, handle: parsed.handle });
      const key = contactKey(parsed);
      if (key) officialKeys.add(key);
    }
  } else {
    for (const brand of lists.knownBrands) for (const host of brand.domains) officialHosts.push({ host, owner: brand.name });
  }
  return {
    platformName: String(platform?.name ?? ''),
    hasPlatform: platform !== undefined,
    officialHosts,
    officialKeys,
    officialHandles,
    brands: brandsFor(platform, lists),
    lists,
  };
}

function officialOwner(host: string, ctx: ContactContext): { host: string; owner: string } | undefined {
  return ctx.officialHosts.find((o) => isSameOrSubdomain(host, o.host));
}

function notOfficial(domain: string, ctx: ContactContext): Reason {
  if (ctx.hasPlatform && ctx.officialHosts.length === 0) return r('no_official_domains', { domain, platform: ctx.platformName });
  return r('not_official_domain', {
    domain,
    platform: ctx.platformName,
    officials: [...new Set(ctx.officialHosts.map((o) => o.host))].slice(0, 5).join(', '),
  });
}

/** Reasons about a host that is not official: where it really leads and whom it imitates. */
function hostReasons(host: string, ctx: ContactContext): Reason[] {
  const reasons: Reason[] = [];
  const parts = hostParts(host, ctx.lists);
  const unicodeHost = toUnicodeHost(host);
  if (ctx.lists.shorteners.has(host) || ctx.lists.shorteners.has(parts.registrable)) {
    reasons.push(r('shortener', { domain: host }));
  }
  const lookalike = findLookalike(host, ctx.brands, ctx.lists);
  if (lookalike) reasons.push(lookalike);
  for (const label of unicodeHost.split('.')) {
    const scripts = scriptsOf(label);
    if (isDeceptiveMix(scripts) || (scripts.length === 1 && scripts[0] !== 'Latin' && hasForeignLookalike(label) && lookalike)) {
      reasons.push(r('mixed_scripts', { label, scripts: scripts.join('+') }));
      break;
    }
  }
  if (host.split('.').some((l) => l.startsWith('xn--'))) reasons.push(r('punycode', { domain: host, unicode: unicodeHost }));
  return reasons;
}

function checkUrl(c: ParsedOf<'url'>, ctx: ContactContext): { reasons: Reason[]; official: boolean } {
  const reasons: Reason[] = [];
  if (c.host === '') {
    if (!c.notes.some((x) => x.code === 'dangerous_scheme')) reasons.push(r('invalid_host', { written: c.writtenHost.slice(0, 120) }));
    return { reasons, official: false };
  }
  if (c.ip) {
    reasons.push(r('ip_address', { ip: c.host }));
    if (c.writtenHost !== c.host) reasons.push(r('ip_obfuscated', { written: c.writtenHost.slice(0, 120), ip: c.host }));
    if (c.userinfo) reasons.push(r('userinfo_trick', { shown: c.userinfo.slice(0, 120), domain: c.host }));
    return { reasons, official: false };
  }
  const owner = officialOwner(c.host, ctx);
  if (owner) return { reasons: [r('official_domain', { domain: c.host, official: owner.host, platform: owner.owner })], official: true };
  if (c.userinfo) reasons.push(r('userinfo_trick', { shown: c.userinfo.slice(0, 120), domain: toUnicodeHost(c.host) }));
  reasons.push(...hostReasons(c.host, ctx));
  if (!reasons.some((x) => DANGER_CODES.has(x.code))) {
    const brand = mentionedBrand(c.rest, ctx.brands);
    if (brand) reasons.push(r('brand_in_path', { domain: toUnicodeHost(c.host), brand: brand.name, official: brand.official }));
  }
  reasons.push(notOfficial(toUnicodeHost(c.host), ctx));
  return { reasons, official: false };
}

function isFreeMail(host: string, ctx: ContactContext): boolean {
  const parts = hostParts(host, ctx.lists);
  return ctx.lists.freeMail.has(parts.registrable) || ctx.lists.freeMail.has(host) || ctx.lists.freeMailLabels.has(parts.label);
}

function checkEmail(c: ParsedOf<'email'>, ctx: ContactContext): { reasons: Reason[]; official: boolean } {
  if (ctx.officialKeys.has(`email:${c.address}`)) return { reasons: [r('official_contact', { contact: c.address })], official: true };
  if (c.host === '') return { reasons: [r('invalid_host', { written: c.address.slice(0, 120) })], official: false };
  const owner = officialOwner(c.host, ctx);
  if (owner) return { reasons: [r('official_domain', { domain: c.host, official: owner.host, platform: owner.owner })], official: true };
  const reasons: Reason[] = [];
  if (isFreeMail(c.host, ctx)) reasons.push(r('free_mail', { domain: c.host, address: c.address }));
  reasons.push(...hostReasons(c.host, ctx));
  const claimed = mentionedBrand(c.displayName, ctx.brands);
  if (claimed) reasons.push(r('display_name_claim', { name: c.displayName, domain: c.unicodeHost, brand: claimed.name }));
  const inMailbox = mentionedBrand(c.local, ctx.brands);
  if (inMailbox) reasons.push(r('brand_in_mailbox', { mailbox: c.local, domain: c.unicodeHost, brand: inMailbox.name }));
  reasons.push(notOfficial(c.unicodeHost, ctx));
  return { reasons, official: false };
}

function checkSocial(c: ParsedOf<'social'>, ctx: ContactContext): { reasons: Reason[]; official: boolean } {
  const key = `${c.network}:${c.handle}`;
  if (c.handle !== '' && ctx.officialKeys.has(key)) return { reasons: [r('official_contact', { contact: key })], official: true };
  const reasons: Reason[] = [];
  if (c.handle !== '' && !c.handle.startsWith('invite/') && !c.handle.startsWith('+')) {
    const sk = skeleton(c.handle);
    const near = ctx.officialHandles.find(
      (o) =>
        (o.network === c.network || c.network === 'unknown') &&
        o.handle !== c.handle &&
        (skeleton(o.handle) === sk || (o.handle.length >= 7 && editDistance(skeleton(o.handle), sk) <= 1)),
    );
    if (near) reasons.push(r('lookalike_handle', { handle: c.handle, official: near.handle, network: c.network }));
  }
  reasons.push(r('social_dm_warning', { network: c.network, handle: c.handle }));
  return { reasons, official: false };
}

function normalizedOf(c: ParsedContact): string {
  switch (c.kind) {
    case 'url':
      return c.host === '' ? c.writtenHost || c.rest : `${c.host}${c.port ? `:${c.port}` : ''}${c.rest}`;
    case 'email':
      return c.address;
    case 'phone':
      return c.e164;
    case 'social':
      return `${c.network}:${c.handle}`;
    default:
      return c.text;
  }
}

/** Checks one contact with a prepared context (scanMessage reuses one context for a whole message). */
export function checkParsed(c: ParsedContact, ctx: ContactContext): ContactCheck {
  let result: { reasons: Reason[]; official: boolean };
  switch (c.kind) {
    case 'url':
      result = checkUrl(c, ctx);
      break;
    case 'email':
      result = checkEmail(c, ctx);
      break;
    case 'social':
      result = checkSocial(c, ctx);
      break;
    case 'phone':
      result = ctx.officialKeys.has(`phone:${c.digits}`)
        ? { reasons: [r('official_contact', { contact: c.e164 })], official: true }
        : { reasons: [r('phone_unlisted', { phone: c.e164 })], official: false };
      break;
    default:
      result = { reasons: [r('unrecognized', { value: c.text.slice(0, 120) })], official: false };
  }
  const reasons = [...result.reasons, ...c.notes];
  const danger = reasons.some((x) => DANGER_CODES.has(x.code));
  const verdict: Verdict = danger ? 'suspicious' : result.official ? 'official' : 'unverified';
  // Danger first, then the rest in the order found.
  reasons.sort((a, b) => Number(DANGER_CODES.has(b.code)) - Number(DANGER_CODES.has(a.code)));
  return { verdict, kind: c.kind as ContactKind, normalized: normalizedOf(c).slice(0, 2048), reasons };
}

export function checkContact(value: string, platform: PlatformRef): ContactCheck {
  try {
    return checkParsed(parseContact(value), contactContext(platform));
  } catch (error) {
    // A bug here must never stop the user from logging what happened.
    const text = typeof value === 'string' ? value.slice(0, 200) : '';
    return { verdict: 'unverified', kind: 'unknown', normalized: text, reasons: [r('check_failed', { error: String(error).slice(0, 200) })] };
  }
}
