import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/shared/safeFileName';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"|?*]/u;
/** No lone surrogate: every emoji is whole. */
const wellFormed = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

describe('safeFileName', () => {
  it.each([
    ['report.png', 'report.png'],
    ['提现截图 2024-03-01.png', '提现截图 2024-03-01.png'],
    ['../../etc/passwd', 'passwd'],
    ['/abs/path.png', 'path.png'],
    ['C:\\x\\y.png', 'y.png'],
    ['\\\\server\\share\\z.pdf', 'z.pdf'],
    ['a\u0000b\u0007c\u001fd.txt', 'abcd.txt'],
    ['line\nbreak\r.txt', 'linebreak.txt'],
    ['\u202Egnp.exe', 'gnp.exe'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero\u200Bwidth\uFEFF.png', 'zerowidth.png'],
    ['a<b>c:d"e|f?g*h.png', 'a_b_c_d_e_f_g_h.png'],
    ['ideographic\u3000space   and\u00A0nbsp .png', 'ideographic space and nbsp .png'],
    ['tab\tis a control character.txt', 'tabis a control character.txt'],
    ['  padded.png  ', 'padded.png'],
    ['.bashrc', 'bashrc'],
    ['trailing dots...', 'trailing dots'],
    ['CON.txt', '_CON.txt'],
    ['con', '_con'],
    ['nul', '_nul'],
    ['NUL.tar.gz', '_NUL.tar.gz'],
    ['com1.log', '_com1.log'],
    ['LPT9', '_LPT9'],
    ['console.txt', 'console.txt'],
    ['nullable.txt', 'nullable.txt'],
    ['e\u0301te\u0301.txt', 'été.txt'],
    ['', 'unnamed'],
    ['..', 'unnamed'],
    ['...', 'unnamed'],
    ['   ', 'unnamed'],
    ['dir/', 'unnamed'],
    ['\u202E', 'unnamed'],
  ])('%j → %j', (raw, expected) => {
    expect(safeFileName(raw)).toBe(expected);
  });

  it('shortens long names to the limit and keeps the extension', () => {
    const long = safeFileName('x'.repeat(1000) + '.png');
    expect(long).toHaveLength(255);
    expect(long.endsWith('.png')).toBe(true);

    const chinese = safeFileName('提'.repeat(300) + '.jpeg');
    expect([...chinese]).toHaveLength(255);
    expect(chinese.endsWith('.jpeg')).toBe(true);

    // Emoji are two UTF-16 units: never cut one in half.
    const emoji = safeFileName('😀'.repeat(300) + '.png');
    expect([...emoji]).toHaveLength(255);
    expect(emoji).toBe('😀'.repeat(251) + '.png');
    expect(wellFormed(emoji)).toBe(true);
    expect(wellFormed('a\uD83D')).toBe(false);

    expect(safeFileName('abcdef.txt', 8)).toBe('abcd.txt');
    // An "extension" longer than 10 characters is part of the name.
    expect(safeFileName('a.' + 'b'.repeat(300))).toBe(('a.' + 'b'.repeat(300)).slice(0, 255));
  });

  it('whatever the input, the result is one safe, non-empty, bounded path segment', () => {
    const hostileChar = fc.constantFrom(
      '/', '\\', '.', ' ', ':', '\u0000', '\u001f', '\u007f', '\u202e', '\u2066', '\u200b', '\ufeff', '<', '?', '提', '😀', 'a', 'e\u0301',
    );
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(hostileChar, { maxLength: 400 }).map((parts) => parts.join('')),
      fc.constantFrom('con', 'CON.', 'aux.txt', 'Com1', 'lpt²'),
    );
    fc.assert(
      fc.property(input, fc.integer({ min: 20, max: 255 }), (raw, max) => {
        const name = safeFileName(raw, max);
        expect(name.length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(max);
        expect(name).not.toMatch(UNSAFE);
        expect(name).not.toMatch(RESERVED);
        expect(name === '.' || name === '..').toBe(false);
        expect(wellFormed(name)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
