import { describe, expect, it } from 'vitest';
import { checkContact, DEFAULT_RULES, REASON_CODES, reasonText, scanMessage, type Reason } from '../../../src/main/core/guard';

const binance = { name: 'Binance', officialDomains: ['binance.com'] };

describe('reasonText', () => {
  it('writes the lookalike sentence in plain words in both languages', () => {
    const reason = checkContact('binnance.com', binance).reasons[0] as Reason;
    expect(reasonText(reason, 'en')).toBe('binnance.com looks like binance.com (one letter added) but is not it.');
    expect(reasonText(reason, 'zh-CN')).toBe('binnance.com 与 binance.com 只差一个字母（多了一个），并非官方域名。');
  });

  it('has a complete sentence for every code and every contact case, in both languages', () => {
    const samples = [
      'binnance.com', 'binanec.com', 'b1nance.com', 'binance-support-help.com', 'binance.com.security-check.io', 'binance.co',
      'binаnce.com', 'bit.ly/x', 'http://3232235777', 'https://binance.com@evil.io/', 'ｂｉｎａｎｃｅ．ｃｏｍ', 'bin\u200Bance.com',
      '"Binance Support" <binance.support@gmail.com>', 't.me/binance_support_help', '+1 202 555 0199', 'xyz', 'javascript:x',
      'http://exa mple.com', 'https://sites.google.com/view/binance-support', 'example.com', 'support@binance.com',
      `https://binance.com/${'a'.repeat(3000)}`,
    ];
    const seen = new Set<string>();
    for (const value of samples) {
      for (const reason of checkContact(value, { ...binance, officialContacts: ['t.me/binanceexchange'] }).reasons) {
        seen.add(reason.code);
        for (const lang of ['en', 'zh-CN'] as const) {
          const text = reasonText(reason, lang);
          expect(text, `${reason.code} ${lang}`).not.toMatch(/undefined|\$\{|looks unusual|不太正常/);
          expect(text.length).toBeGreaterThan(10);
        }
      }
    }
    for (const code of seen) expect(REASON_CODES).toContain(code);
  });

  it('knows the same codes in English and Chinese', () => {
    for (const code of REASON_CODES) {
      const reason = { code, params: { domain: 'a.com', official: 'b.com', platform: 'P' } };
      expect(reasonText(reason, 'en')).not.toMatch(/looks unusual/);
      expect(reasonText(reason, 'zh-CN')).not.toMatch(/不太正常/);
    }
  });

  it("explains a rule hit with the rule's own words", () => {
    const [flag] = scanMessage('请提供您的验证码').flags;
    const rule = DEFAULT_RULES.rules.find((r) => r.id === flag?.ruleId);
    expect(reasonText(flag?.reason as Reason, 'zh-CN')).toBe(rule?.why['zh-CN']);
    expect(reasonText(flag?.reason as Reason, 'en')).toBe(rule?.why.en);
    expect(reasonText({ code: 'rule_hit', params: { ruleId: 'gone', kind: 'otp_code' } }, 'en')).toMatch(/verification/);
  });

  it('never throws on an unknown code', () => {
    expect(reasonText({ code: 'new_code', params: {} }, 'en')).toContain('new_code');
    expect(reasonText({ code: 'new_code', params: {} }, 'zh-CN')).toContain('new_code');
  });
});
