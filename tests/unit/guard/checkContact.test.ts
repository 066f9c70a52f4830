import { describe, expect, it } from 'vitest';
import { checkContact, type ContactCheck, type PlatformRef } from '../../../src/main/core/guard';

const binance: PlatformRef = {
  name: 'Binance',
  officialDomains: ['binance.com'],
  officialContacts: ['https://t.me/BinanceExchange', '+1 (415) 555-0123', 'https://x.com/binance'],
};
const okx: PlatformRef = { name: 'OKX', officialDomains: ['https://www.okx.com/'] };

function codes(result: ContactCheck): string[] {
  return result.reasons.map((r) => r.code);
}

interface Case {
  value: string;
  platform?: PlatformRef;
  verdict: ContactCheck['verdict'];
  kind: ContactCheck['kind'];
  reason?: string;
  normalized?: string;
}

const CASES: Case[] = [
  // official
  { value: 'binance.com', verdict: 'official', kind: 'url', reason: 'official_domain', normalized: 'binance.com' },
  { value: 'accounts.binance.com', verdict: 'official', kind: 'url', reason: 'official_domain' },
  { value: 'https://www.binance.com:443/en/support', verdict: 'official', kind: 'url', reason: 'official_domain' },
  { value: 'binance.com/login', verdict: 'official', kind: 'url', normalized: 'binance.com/login' },
  { value: 'BINANCE.COM.', verdict: 'official', kind: 'url', normalized: 'binance.com' },
  { value: 'support@binance.com', verdict: 'official', kind: 'email', reason: 'official_domain' },
  { value: 'https://t.me/binanceexchange', verdict: 'official', kind: 'social', reason: 'official_contact' },
  { value: 'telegram: @BinanceExchange', verdict: 'official', kind: 'social', reason: 'official_contact' },
  { value: '+1 415 555 0123', verdict: 'official', kind: 'phone', reason: 'official_contact', normalized: '+14155550123' },
  { value: 'www.okx.com/help', platform: okx, verdict: 'official', kind: 'url' },
  // full-width: leads to the official site, but the unusual writing is reported
  { value: 'ｂｉｎａｎｃｅ．ｃｏｍ', verdict: 'official', kind: 'url', reason: 'fullwidth', normalized: 'binance.com' },
  { value: 'bin\u200Bance.com', verdict: 'official', kind: 'url', reason: 'invisible_chars' },
  // lookalikes
  { value: 'binnance.com', verdict: 'suspicious', kind: 'url', reason: 'lookalike_spelling' },
  { value: 'bianance.com', verdict: 'suspicious', kind: 'url', reason: 'lookalike_spelling' },
  { value: 'binanec.com', verdict: 'suspicious', kind: 'url', reason: 'lookalike_spelling' },
  { value: 'b1nance.com', verdict: 'suspicious', kind: 'url', reason: 'lookalike_chars' },
  { value: 'binance-support-help.com', verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'support-binance.net', verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'binancesupport.io', verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'okx-verify.xyz', platform: okx, verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'okx-verify.xyz', verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'binance.com.security-check.io', verdict: 'suspicious', kind: 'url', reason: 'brand_in_subdomain' },
  { value: 'binance-help.vercel.app', verdict: 'suspicious', kind: 'url', reason: 'brand_with_extra_words' },
  { value: 'binance.co', verdict: 'suspicious', kind: 'url', reason: 'different_tld' },
  { value: 'binance.net.cn', verdict: 'suspicious', kind: 'url', reason: 'different_tld' },
  { value: 'http://xn--bnance-bwa.com', verdict: 'suspicious', kind: 'url', reason: 'homoglyph' },
  { value: 'binаnce.com', verdict: 'suspicious', kind: 'url', reason: 'homoglyph' }, // Cyrillic а
  { value: 'https://bіnance.com/login', verdict: 'suspicious', kind: 'url', reason: 'mixed_scripts' }, // Cyrillic і
  { value: 'ｂｉｎｎａｎｃｅ．ｃｏｍ', verdict: 'suspicious', kind: 'url', reason: 'lookalike_spelling' },
  // hidden destinations
  { value: 'bit.ly/x', verdict: 'suspicious', kind: 'url', reason: 'shortener' },
  { value: 'https://t.co/abc123', verdict: 'suspicious', kind: 'url', reason: 'shortener' },
  { value: 'http://203.0.113.5/login', verdict: 'suspicious', kind: 'url', reason: 'ip_address', normalized: '203.0.113.5/login' },
  { value: '203.0.113.5/login', verdict: 'suspicious', kind: 'url', reason: 'ip_address' },
  { value: 'http://3232235777', verdict: 'suspicious', kind: 'url', reason: 'ip_obfuscated', normalized: '192.168.1.1' },
  { value: 'http://0xC0A80101/x', verdict: 'suspicious', kind: 'url', reason: 'ip_obfuscated' },
  { value: 'http://[2001:db8::1]/login', verdict: 'suspicious', kind: 'url', reason: 'ip_address' },
  { value: 'https://binance.com@evil.io/', verdict: 'suspicious', kind: 'url', reason: 'userinfo_trick', normalized: 'evil.io' },
  { value: 'javascript:alert(1)', verdict: 'suspicious', kind: 'url', reason: 'dangerous_scheme' },
  // e-mail
  { value: '"Binance Support" <binance.support@gmail.com>', verdict: 'suspicious', kind: 'email', reason: 'free_mail' },
  { value: 'binance.help@qq.com', verdict: 'suspicious', kind: 'email', reason: 'free_mail' },
  { value: 'support@outlook.com', verdict: 'suspicious', kind: 'email', reason: 'free_mail' },
  { value: '"Binance Support" <help@binance-support.com>', verdict: 'suspicious', kind: 'email', reason: 'brand_with_extra_words' },
  { value: 'Binance Security <noreply@mail-center.net>', verdict: 'suspicious', kind: 'email', reason: 'display_name_claim' },
  { value: 'mailto:help@binnance.com', verdict: 'suspicious', kind: 'email', reason: 'lookalike_spelling' },
  { value: 'someone@example.org', verdict: 'unverified', kind: 'email', reason: 'not_official_domain' },
  // social and messengers
  { value: 't.me/binance_support_help', verdict: 'unverified', kind: 'social', reason: 'social_dm_warning', normalized: 'telegram:binance_support_help' },
  { value: '@binance_help', verdict: 'unverified', kind: 'social', reason: 'social_dm_warning' },
  { value: 'wa.me/14155550123', verdict: 'unverified', kind: 'social', normalized: 'whatsapp:+14155550123' },
  { value: 'WhatsApp: +1 415 555 0199', verdict: 'unverified', kind: 'social', normalized: 'whatsapp:+14155550199' },
  { value: '微信：binance888', verdict: 'unverified', kind: 'social', normalized: 'wechat:binance888' },
  { value: 'https://twitter.com/binance', verdict: 'official', kind: 'social' },
  { value: 'x.com/binancehelpdesk', verdict: 'unverified', kind: 'social', reason: 'social_dm_warning' },
  { value: 'discord.gg/abcd', verdict: 'unverified', kind: 'social', reason: 'social_dm_warning' },
  { value: 't.me/binanceexchang', verdict: 'suspicious', kind: 'social', reason: 'lookalike_handle' },
  // phones
  { value: '+1 (202) 555-0199', verdict: 'unverified', kind: 'phone', reason: 'phone_unlisted', normalized: '+12025550199' },
  { value: '001 415 555 0123', verdict: 'official', kind: 'phone', normalized: '+14155550123' },
  { value: 'tel:+14155550123', verdict: 'official', kind: 'phone' },
  // unrelated or unrecognisable
  { value: 'example.com', verdict: 'unverified', kind: 'url', reason: 'not_official_domain' },
  { value: 'okx.com', verdict: 'unverified', kind: 'url', reason: 'not_official_domain' },
  { value: 'finance.yahoo.com', verdict: 'unverified', kind: 'url' },
  { value: 'https://sites.google.com/view/binance-support', verdict: 'unverified', kind: 'url', reason: 'brand_in_path' },
  { value: 'Binance', verdict: 'unverified', kind: 'unknown', reason: 'unrecognized' },
  { value: '', verdict: 'unverified', kind: 'unknown' },
];

describe('checkContact', () => {
  it.each(CASES)('$value → $verdict ($kind)', ({ value, platform, verdict, kind, reason, normalized }) => {
    const result = checkContact(value, platform ?? binance);
    expect(result.verdict).toBe(verdict);
    expect(result.kind).toBe(kind);
    if (reason) expect(codes(result)).toContain(reason);
    if (normalized !== undefined) expect(result.normalized).toBe(normalized);
  });

  it('names the edit in a one-letter lookalike', () => {
    const added = checkContact('binnance.com', binance).reasons[0];
    expect(added).toMatchObject({ code: 'lookalike_spelling', params: { domain: 'binnance.com', official: 'binance.com', change: 'added' } });
    expect(checkContact('binanec.com', binance).reasons[0]?.params.change).toBe('swapped');
    expect(checkContact('binace.com', binance).reasons[0]?.params.change).toBe('removed');
  });

  it('puts the reasons that make a contact suspicious first', () => {
    const result = checkContact('"Binance Support" <binance.support@gmail.com>', binance);
    expect(result.reasons[0]?.code).toBe('free_mail');
    expect(codes(result)).toEqual(expect.arrayContaining(['display_name_claim', 'brand_in_mailbox']));
  });

  it('does not treat another official domain of the platform as a lookalike', () => {
    const twoDomains: PlatformRef = { name: 'Binance', officialDomains: ['binance.com', 'binance.us'] };
    expect(checkContact('binance.us', twoDomains).verdict).toBe('official');
    expect(checkContact('binance.info', twoDomains).verdict).toBe('suspicious');
  });

  it('says so when no official domains are recorded yet, and still catches lookalikes of known brands', () => {
    const none: PlatformRef = { name: 'Binance', officialDomains: [] };
    expect(codes(checkContact('example.com', none))).toContain('no_official_domains');
    expect(checkContact('binance-verify.xyz', none).verdict).toBe('suspicious');
  });

  it('analyses only the start of a 10,000-character link, without throwing', () => {
    const long = `https://binance.com/${'a'.repeat(10_000)}`;
    const result = checkContact(long, binance);
    expect(result.verdict).toBe('official');
    expect(codes(result)).toContain('truncated');
    expect(result.normalized.length).toBeLessThanOrEqual(2048);
    expect(checkContact(`https://binnance.com/${'a'.repeat(10_000)}`, binance).verdict).toBe('suspicious');
  });

  it('copes with mixed languages, ports, trailing dots and wrapping punctuation', () => {
    expect(checkContact('（https://www.binance.com/zh-CN）。', binance).verdict).toBe('official');
    expect(checkContact('binance.com:8443/path', binance).verdict).toBe('official');
    expect(checkContact('<help@binance.com>', binance).verdict).toBe('official');
    expect(checkContact('binance。com', binance).verdict).toBe('official');
  });
});
