import { describe, expect, it } from 'vitest';
import { safeRelativePath } from '../../../src/main/core/import';

describe('safeRelativePath', () => {
  it.each([
    ['photos/a.jpg', 'photos/a.jpg'],
    ['./photos//a.jpg', 'photos/a.jpg'],
    ['files\\b.pdf', 'files/b.pdf'],
    ['../../x', null],
    ['photos/../../x', null],
    ['/etc/passwd', null],
    ['C:\\Windows\\x', null],
    ['\\\\server\\share', null],
    ['file:///etc/passwd', null],
    ['a\0b', null],
    ['', null],
    ['.', null],
  ])('%s → %s', (input, expected) => {
    expect(safeRelativePath(input)).toBe(expected);
  });
});
