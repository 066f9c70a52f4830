/**
 * The renderer's small pure helpers for letters, the playbook, venues and platform facts: what a user
 * would notice if they were wrong (a file name Windows refuses, a Chinese name cut in half, a promise of
 * "2 days" saved as 2 hours, the playbook opening an English letter in the Chinese UI).
 */
import { describe, expect, it } from 'vitest';
import { letterFileName } from '../../src/renderer/src/features/letters/letterFileName';
import { hoursFromPromise, promiseFromHours, promiseProblem } from '../../src/renderer/src/features/escalation/promisedResponse';
import { normalizeRegion, regionLabel } from '../../src/renderer/src/lib/regions';
import { safeHttpUrl, shortUrl } from '../../src/renderer/src/features/venues/externalLink';
import { fileTypeName } from '../../src/renderer/src/features/venues/uploadLimits';

describe('letterFileName', () => {
  it('keeps a readable subject and adds .txt', () => {
    expect(letterFileName('Follow-up: USDT withdrawal stuck (ref. CS-88213)')).toBe('Follow-up USDT withdrawal stuck (ref. CS-88213).txt');
  });

  it('removes characters file systems refuse, and control characters', () => {
    const name = letterFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\nl');
    expect(name).toBe('a b c d e f g h i j k l.txt');
  });

  it('cuts long subjects by characters, never inside a Chinese character or an emoji', () => {
    const subject = '跟进：'.concat('提现未到账'.repeat(30), '😀');
    const name = letterFileName(subject);
    const base = name.slice(0, -'.txt'.length);
    expect(Array.from(base)).toHaveLength(80);
    expect(base).toBe(Array.from(subject).slice(0, 80).join(''));
  });

  it('falls back when nothing usable is left, and avoids names Windows reserves', () => {
    expect(letterFileName('   ')).toBe('letter.txt');
    expect(letterFileName('...///')).toBe('letter.txt');
    expect(letterFileName('CON')).toBe('CON_.txt');
    expect(letterFileName('Subject.')).toBe('Subject.txt');
  });
});

describe('promised response time', () => {
  it('reads days as 24 hours each, and accepts a decimal comma', () => {
    expect(hoursFromPromise({ amount: '2', unit: 'days' })).toBe(48);
    expect(hoursFromPromise({ amount: '1,5', unit: 'hours' })).toBe(1.5);
    expect(hoursFromPromise({ amount: ' ', unit: 'hours' })).toBeNull();
  });

  it('shows stored hours as days when they are whole days', () => {
    expect(promiseFromHours(48)).toEqual({ amount: '2', unit: 'days' });
    expect(promiseFromHours(36)).toEqual({ amount: '36', unit: 'hours' });
    expect(promiseFromHours(null)).toEqual({ amount: '', unit: 'hours' });
    for (const hours of [0.25, 1, 24, 36, 72, 2160]) expect(hoursFromPromise(promiseFromHours(hours))).toBe(hours);
  });

  it('flags what the API would refuse, and keeps it so the API can name the field', () => {
    expect(promiseProblem({ amount: '0.1', unit: 'hours' })).toBe(true);
    expect(promiseProblem({ amount: '91', unit: 'days' })).toBe(true);
    expect(promiseProblem({ amount: 'abc', unit: 'hours' })).toBe(true);
    expect(hoursFromPromise({ amount: 'abc', unit: 'hours' })).toBeNaN();
    expect(promiseProblem({ amount: '90', unit: 'days' })).toBe(false);
    expect(promiseProblem({ amount: '', unit: 'days' })).toBe(false);
  });
});

describe('regions', () => {
  it('accepts two letters in any case, nothing else', () => {
    expect(normalizeRegion(' gb ')).toBe('GB');
    expect(normalizeRegion('eu')).toBe('EU');
    expect(normalizeRegion('GBR')).toBeNull();
    expect(normalizeRegion('英国')).toBeNull();
  });

  it('names a code in the UI language, and falls back to the code', () => {
    expect(regionLabel('GB', 'en')).toBe('United Kingdom (GB)');
    expect(regionLabel('HK', 'zh-CN')).toMatch(/香港.*\(HK\)$/);
    expect(regionLabel('XX', 'en')).toBe('XX');
  });
});

describe('external links', () => {
  it('links only http(s) addresses', () => {
    expect(safeHttpUrl('https://www.financial-ombudsman.org.uk/')).toBe('https://www.financial-ombudsman.org.uk/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('file:///etc/passwd')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });

  it('shortens an address for reading and names file types as people know them', () => {
    expect(shortUrl('https://www.sfc.hk/en/Regulatory-functions/Enforcement/Complaints/')).toBe('sfc.hk/en/Regulatory-functions/Enforcement/Complaints');
    expect(fileTypeName('image/jpeg')).toBe('JPEG');
    expect(fileTypeName('application/pdf')).toBe('PDF');
    expect(fileTypeName('.docx')).toBe('DOCX');
  });
});
