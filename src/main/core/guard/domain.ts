/** Host names: registrable domain (with a compact public-suffix list), IP addresses, official-domain input. */
import { domainToASCII, domainToUnicode } from 'node:url';
import { LISTS, type GuardLists } from './data';

export interface HostParts {
  /** Lower-case ASCII (punycode) host without a trailing dot. */
  host: string;
  /** The name someone registered: "binance.com" for "accounts.binance.com", "example.co.uk", "x.github.io". */
  registrable: string;
  /** The registered label: "binance" for "binance.com". */
  label: string;
  /** The public suffix: "com", "co.uk", "github.io". */
  suffix: string;
  /** Labels in front of the registrable domain, left to right. */
  subLabels: string[];
}

/** Splits an ASCII host into its registrable domain, label, suffix and subdomain labels. */
export function hostParts(hostIn: string, lists: GuardLists = LISTS): HostParts {
  const host = hostIn.toLowerCase().replace(/\.+$/, '');
  const labels = host.split('.').filter((l) => l !== '');
  let suffixLength = labels.length > 1 ? 1 : 0;
  for (let k = Math.min(lists.maxSuffixLabels, labels.length - 1); k >= 2; k--) {
    if (lists.multiPartSuffixes.has(labels.slice(-k).join('.'))) {
      suffixLength = k;
      break;
    }
  }
  const regLength = Math.min(labels.length, suffixLength + 1);
  const registrableLabels = labels.slice(labels.length - regLength);
  return {
    host: labels.join('.'),
    registrable: registrableLabels.join('.'),
    label: registrableLabels[0] ?? '',
    suffix: labels.slice(labels.length - suffixLength).join('.'),
    subLabels: labels.slice(0, labels.length - regLength),
  };
}

/** True when `host` is `domain` itself or one of its subdomains. */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
}

export function isIPv4(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

export function isIPv6(host: string): boolean {
  return host.startsWith('[') && host.endsWith(']');
}

/** The Unicode form of a punycode host, or the host itself when it cannot be decoded. */
export function toUnicodeHost(asciiHost: string): string {
  try {
    return domainToUnicode(asciiHost) || asciiHost;
  } catch {
    return asciiHost;
  }
}

/**
 * An official-domain entry as users type it ("https://www.Binance.com/en", "binance.com.") → "binance.com".
 * Returns '' when nothing host-like is left.
 */
export function normalizeDomainEntry(entry: string): string {
  let s = entry.normalize('NFKC').trim().toLowerCase().replace(/[\u3002\uff61]/g, '.');
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/^[^/@]*@/, '');
  s = s.split(/[/?#\\]/)[0] ?? '';
  s = s.replace(/:\d*$/, '').replace(/\.+$/, '').replace(/^\*?\./, '');
  if (s.startsWith('www.')) s = s.slice(4);
  if (s === '' || s.length > 253) return '';
  let ascii: string;
  try {
    ascii = domainToASCII(s);
  } catch {
    ascii = '';
  }
  return ascii.includes('.') ? ascii : '';
}
