/**
 * The measured rates: false positives on benign support messages, detection on impersonation scripts.
 * Both corpora are in resources/guard/; the rates are printed so a change in either shows in the log.
 */
import { describe, expect, it } from 'vitest';
import benign from '../../../resources/guard/benign-support-messages.json';
import scams from '../../../resources/guard/scam-messages.json';
import { scanMessage } from '../../../src/main/core/guard';

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

function count(messages: { lang: string }[], lang: string): number {
  return messages.filter((m) => m.lang === lang).length;
}

describe('benign support messages', () => {
  it('has at least 220 messages, 110 in each language, some mixed', () => {
    expect(benign.messages.length).toBeGreaterThanOrEqual(220);
    expect(count(benign.messages, 'en')).toBeGreaterThanOrEqual(110);
    expect(count(benign.messages, 'zh')).toBeGreaterThanOrEqual(110);
    expect(count(benign.messages, 'mixed')).toBeGreaterThan(0);
    for (const m of benign.messages) {
      if (m.lang === 'zh' || m.lang === 'mixed') expect(HAN.test(m.text), m.text).toBe(true);
      if (m.lang === 'en') expect(HAN.test(m.text), m.text).toBe(false);
    }
  });

  it('keeps the false-positive rate at or below 2%', () => {
    const flagged = benign.messages
      .map((m) => ({ text: m.text, flags: scanMessage(m.text).flags }))
      .filter((m) => m.flags.length > 0);
    const rate = flagged.length / benign.messages.length;
    console.log(
      `guard false-positive rate: ${flagged.length}/${benign.messages.length} = ${(rate * 100).toFixed(2)}%` +
        flagged.map((m) => `\n  ${m.text} → ${m.flags.map((f) => `${f.ruleId}: "${f.excerpt}"`).join('; ')}`).join(''),
    );
    expect(rate).toBeLessThanOrEqual(0.02);
  });
});

describe('impersonation scripts', () => {
  it('has at least 60 messages in both languages', () => {
    expect(scams.messages.length).toBeGreaterThanOrEqual(60);
    expect(scams.messages.some((m) => HAN.test(m.text))).toBe(true);
    expect(scams.messages.some((m) => !HAN.test(m.text) && LATIN.test(m.text))).toBe(true);
  });

  it('flags at least 95% of them', () => {
    const missed = scams.messages.filter((m) => scanMessage(m.text).flags.length === 0);
    const rate = (scams.messages.length - missed.length) / scams.messages.length;
    console.log(
      `guard detection rate: ${scams.messages.length - missed.length}/${scams.messages.length} = ${(rate * 100).toFixed(2)}%` +
        missed.map((m) => `\n  missed: ${m.text}`).join(''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('flags links to lookalike domains in a message as "link"', () => {
    const text = 'Please verify at https://binance-verify.xyz/login within 24 hours.';
    const links = scanMessage(text).flags.filter((f) => f.kind === 'link');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ excerpt: 'https://binance-verify.xyz/login', ruleId: 'link.suspicious' });
    expect(links[0]?.reason.code).toBe('brand_with_extra_words');
  });

  it('flags unverified links only when the platform is known', () => {
    const text = 'Contact us at t.me/binance_support_help or see example.com and www.binance.com';
    expect(scanMessage(text).flags).toEqual([]);
    const platform = { name: 'Binance', officialDomains: ['binance.com'] };
    const flags = scanMessage(text, platform).flags;
    expect(flags.map((f) => [f.excerpt, f.ruleId, f.reason.code])).toEqual([
      ['t.me/binance_support_help', 'link.unverified', 'social_dm_warning'],
      ['example.com', 'link.unverified', 'not_official_domain'],
    ]);
  });
});
