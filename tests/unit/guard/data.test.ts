import { describe, expect, it } from 'vitest';
import suffixes from '../../../resources/guard/public-suffixes.json';
import contactLists from '../../../resources/guard/contact-lists.json';
import knownBrands from '../../../resources/guard/known-brands.json';
import { GuardDataError, loadGuardLists } from '../../../src/main/core/guard/data';
import { hostParts } from '../../../src/main/core/guard/domain';
import { skeleton } from '../../../src/main/core/guard/confusables';
import { describeEdit, editDistance } from '../../../src/main/core/guard/editDistance';

describe('guard reference lists', () => {
  it('load and reject broken files with the faulty field named', () => {
    expect(() => loadGuardLists(suffixes, contactLists, knownBrands)).not.toThrow();
    expect(() => loadGuardLists({ ...suffixes, multiPart: ['CO.UK'] }, contactLists, knownBrands)).toThrow(
      /public-suffixes.json multiPart\[0\]/,
    );
    expect(() => loadGuardLists(suffixes, { ...contactLists, version: 3 }, knownBrands)).toThrow(GuardDataError);
    expect(() => loadGuardLists(suffixes, contactLists, { version: 1, brands: [{ name: '', domains: ['a.com'] }] })).toThrow(
      /brands\[0\]\.name/,
    );
  });

  it.each([
    ['accounts.binance.com', 'binance.com', 'binance', ['accounts']],
    ['www.example.co.uk', 'example.co.uk', 'example', ['www']],
    ['binance.net.cn', 'binance.net.cn', 'binance', []],
    ['binance-help.vercel.app', 'binance-help.vercel.app', 'binance-help', []],
    ['binance.com.security-check.io', 'security-check.io', 'security-check', ['binance', 'com']],
    ['localhost', 'localhost', 'localhost', []],
  ])('registrable domain of %s is %s', (host, registrable, label, subLabels) => {
    expect(hostParts(host)).toMatchObject({ registrable, label, subLabels });
  });

  it('maps look-alike characters to one skeleton', () => {
    for (const s of ['binance', 'bіnаnce', 'ｂｉｎａｎｃｅ', 'b1nance', 'BINANCE', 'bínance', '𝐛𝐢𝐧𝐚𝐧𝐜𝐞']) {
      expect(skeleton(s), s).toBe(skeleton('binance'));
    }
    expect(skeleton('rnexc')).toBe(skeleton('mexc'));
    expect(skeleton('g00gle')).toBe(skeleton('google'));
  });

  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('bianance', 'binance')).toBe(1);
    expect(editDistance('binanec', 'binance')).toBe(1);
    expect(describeEdit('binanec', 'binance')).toBe('swapped');
    expect(describeEdit('binnance', 'binance')).toBe('added');
    expect(describeEdit('binace', 'binance')).toBe('removed');
    expect(describeEdit('binanse', 'binance')).toBe('replaced');
    expect(describeEdit('bnanse', 'binance')).toBe('several');
  });
});
