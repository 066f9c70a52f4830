/**
 * Does a host imitate a brand? Compares the registered label with each brand's label: same name under
 * another ending, look-alike characters, a letter or two changed, the brand plus extra words, or the
 * brand's whole domain placed in front of someone else's.
 */
import { skeleton } from './confusables';
import { LISTS, type GuardLists } from './data';
import { hostParts, normalizeDomainEntry, toUnicodeHost, type HostParts } from './domain';
import { describeEdit, editDistance } from './editDistance';
import type { PlatformRef, Reason } from './types';

export interface Brand {
  /** Display name: "Binance". */
  name: string;
  /** ASCII registered label: "binance". */
  label: string;
  skeleton: string;
  /** Its registrable domain, or '' when only the name is known. */
  official: string;
  generic: boolean;
}

/** Words that say nothing about who runs a site: never treated as a brand taken from a platform's name. */
const GENERIC_WORDS = new Set([
  'support', 'help', 'service', 'official', 'crypto', 'exchange', 'wallet', 'global', 'online', 'trade',
  'trading', 'finance', 'coin', 'coins', 'bank', 'market', 'international', 'group', 'limited', 'app',
]);

function brandFromDomain(name: string, domain: string, generic: boolean, lists: GuardLists): Brand | null {
  const parts = hostParts(domain, lists);
  if (parts.label === '' || parts.label.length < 2) return null;
  return { name, label: parts.label, skeleton: skeleton(parts.label), official: parts.registrable, generic };
}

/** The platform's own brands first (from its official domains and name), then the well-known ones. */
export function brandsFor(platform: PlatformRef | undefined, lists: GuardLists = LISTS): Brand[] {
  const brands: Brand[] = [];
  const seen = new Set<string>();
  const add = (brand: Brand | null): void => {
    if (!brand || seen.has(`${brand.skeleton}|${brand.official}`)) return;
    seen.add(`${brand.skeleton}|${brand.official}`);
    brands.push(brand);
  };
  if (platform) {
    const name = String(platform.name ?? '');
    const domains = (platform.officialDomains ?? []).map((d) => normalizeDomainEntry(String(d))).filter((d) => d !== '');
    for (const d of domains) add(brandFromDomain(name, d, GENERIC_WORDS.has(hostParts(d, lists).label), lists));
    const nameTokens = name.normalize('NFKC').toLowerCase().split(/[^a-z0-9]+/);
    for (const token of nameTokens) {
      if (token.length < 4 || GENERIC_WORDS.has(token) || brands.some((b) => b.label === token)) continue;
      add({ name, label: token, skeleton: skeleton(token), official: domains[0] ?? '', generic: false });
    }
  }
  for (const known of lists.knownBrands) {
    for (const d of known.domains) add(brandFromDomain(known.name, d, known.generic, lists));
  }
  return brands;
}

/** Everyday words a letter away from a brand ("finance" / "binance"): not misspellings of it. */
const DICTIONARY_WORDS = new Set(['finance', 'balance', 'bitcoin', 'gateway', 'kraker', 'bitbank', 'coinbox', 'token']);

/** Edits allowed before a label stops counting as a misspelling of the brand. */
function allowedEdits(brandLabel: string): number {
  if (brandLabel.length >= 9) return 2;
  if (brandLabel.length >= 5) return 1;
  return 0;
}

function tokens(label: string): string[] {
  return label.split(/[-_]+/).filter((t) => t !== '');
}

function isAscii(s: string): boolean {
  return !/[^\p{ASCII}]/u.test(s);
}

/** One reason when `host` imitates `brand`, else null. `host` is lower-case ASCII. */
export function compareToBrand(parts: HostParts, brand: Brand): Reason | null {
  if (brand.official !== '' && parts.registrable === brand.official) return null;
  const official = brand.official || brand.label;
  const unicodeLabel = toUnicodeHost(parts.label);
  const domain = toUnicodeHost(parts.registrable);
  const sk = skeleton(unicodeLabel);
  const foreign = !isAscii(unicodeLabel);

  if (parts.label === brand.label) {
    return { code: 'different_tld', params: { domain, official, brand: brand.name } };
  }
  if (sk === brand.skeleton) {
    return { code: foreign ? 'homoglyph' : 'lookalike_chars', params: { domain, official, brand: brand.name } };
  }
  if (sk.length >= 3 && !DICTIONARY_WORDS.has(unicodeLabel)) {
    const distance = editDistance(sk, brand.skeleton);
    const change = describeEdit(unicodeLabel, brand.label);
    const within = distance <= allowedEdits(brand.label) || (distance === 1 && change === 'swapped');
    if (distance > 0 && within) {
      return foreign
        ? { code: 'homoglyph', params: { domain, official, brand: brand.name } }
        : { code: 'lookalike_spelling', params: { domain, official, change, brand: brand.name } };
    }
  }
  if (!brand.generic) {
    const words = tokens(sk);
    const fuzzy = (t: string): boolean =>
      t === brand.skeleton || (brand.label.length >= 7 && editDistance(t, brand.skeleton) <= 1);
    const inLabel =
      (words.length > 1 && words.some(fuzzy)) || (brand.skeleton.length >= 5 && sk.includes(brand.skeleton));
    if (inLabel) return { code: 'brand_with_extra_words', params: { domain, official, brand: brand.name } };
    const sub = parts.subLabels.flatMap((l) => tokens(skeleton(toUnicodeHost(l))));
    if (sub.some((t) => t === brand.skeleton)) {
      return {
        code: 'brand_in_subdomain',
        params: { domain: toUnicodeHost(parts.host), registrable: domain, official, brand: brand.name },
      };
    }
  }
  if (brand.official !== '' && `.${parts.subLabels.join('.')}.`.includes(`.${brand.official}.`)) {
    return {
      code: 'brand_in_subdomain',
      params: { domain: toUnicodeHost(parts.host), registrable: domain, official, brand: brand.name },
    };
  }
  return null;
}

/** The first brand the host imitates (the platform's own brands are checked first). */
export function findLookalike(host: string, brands: readonly Brand[], lists: GuardLists = LISTS): Reason | null {
  const parts = hostParts(host, lists);
  if (parts.label === '') return null;
  // Another official domain of one of these brands is not a lookalike (binance.com next to binance.us).
  if (brands.some((b) => b.official === parts.registrable)) return null;
  for (const brand of brands) {
    const hit = compareToBrand(parts, brand);
    if (hit) return hit;
  }
  return null;
}

/** A brand named in a path, mailbox or display name ("sites.google.com/view/binance-support"). */
export function mentionedBrand(text: string, brands: readonly Brand[]): Brand | null {
  const words = skeleton(text).split(/[^a-z0-9]+/).filter((w) => w !== '');
  for (const brand of brands) {
    if (brand.generic) continue;
    if (words.some((w) => w === brand.skeleton || (brand.skeleton.length >= 5 && w.includes(brand.skeleton)))) {
      return brand;
    }
  }
  return null;
}
