/** Whatever text arrives, the guard answers: no exceptions, offsets inside the text, excerpts that are real slices. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContact, extractContacts, scanMessage } from '../../../src/main/core/guard';

const RUNS = Number(process.env.CASEFILE_PROPERTY_RUNS) || 300;
const platform = { name: 'Binance', officialDomains: ['binance.com'], officialContacts: ['t.me/binance'] };

// Pieces that exercise the interesting paths: scripts, full-width, invisible characters, URLs, emails.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'binance.com', 'https://', 'http://3232235777', '@', '.', '。', '，', 'ｂｉｎａｎｃｅ．ｃｏｍ', 'binаnce', '\u200B', '\u202E',
    'xn--', 't.me/', 'wa.me/', '+1 415 555 0123', '微信：', '请提供您的验证码', 'send your password', 'never ask', '不会',
    '"Name" <a@b.co>', 'e\u0301', '𝐛𝐢𝐧𝐚𝐧𝐜𝐞', '\uD800', ' ', '\n', '(', ')', 'www.', '/login?x=1#y', '00', '%',
  ),
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('guard never fails on any input', () => {
  it('checkContact answers for any string', () => {
    fc.assert(
      fc.property(text, (value) => {
        const result = checkContact(value, platform);
        expect(['official', 'unverified', 'suspicious']).toContain(result.verdict);
        expect(result.reasons.every((r) => typeof r.code === 'string')).toBe(true);
        // check_failed means an internal error was caught: the property must hold without it.
        expect(result.reasons.map((r) => r.code)).not.toContain('check_failed');
      }),
      { numRuns: RUNS },
    );
  });

  it('extractContacts returns in-bounds, non-overlapping slices of the text', () => {
    fc.assert(
      fc.property(text, (value) => {
        let last = 0;
        for (const c of extractContacts(value)) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.end).toBeLessThanOrEqual(value.length);
          expect(c.value).toBe(value.slice(c.start, c.end));
          last = c.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('scanMessage reports excerpts that are exactly the text between start and end', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, withPlatform) => {
        for (const flag of scanMessage(value, withPlatform ? platform : undefined).flags) {
          expect(flag.start).toBeGreaterThanOrEqual(0);
          expect(flag.end).toBeLessThanOrEqual(value.length);
          expect(flag.end).toBeGreaterThan(flag.start);
          expect(flag.excerpt).toBe(value.slice(flag.start, flag.end));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('handles long inputs quickly', () => {
    const long = `请访问 ${'binance.com/'.repeat(2000)} ${'a.'.repeat(20_000)} ${'@'.repeat(5000)} 请提供验证码`;
    const started = Date.now();
    expect(() => scanMessage(long, platform)).not.toThrow();
    expect(() => checkContact(long, platform)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
