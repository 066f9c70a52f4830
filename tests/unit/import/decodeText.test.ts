import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/main/core/import/decodeText';
import { type ImportError, parseTranscript } from '../../../src/main/core/import';
import { codes, fixture, parseText } from './helpers';

const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const GBK_LINE = Uint8Array.from([0xc4, 0xfa, 0xba, 0xc3, 0xa3, 0xac, 0xc7, 0xeb, 0xce, 0xca, 0xb3, 0xe4, 0xd6, 0xb5]); // 您好，请问充值
const BIG5_LINE = Uint8Array.from([0xb1, 0x7a, 0xa6, 0x6e, 0xa1, 0x41, 0xbd, 0xd0, 0xb0, 0xdd, 0xc0, 0x78, 0xad, 0xc8]); // 您好，請問儲值

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))));
}

describe('decodeText', () => {
  it('follows a BOM: UTF-8, UTF-16LE, UTF-16BE', () => {
    expect(decodeText(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), '你好'), 'a')).toEqual({ text: '你好', encoding: 'utf-8', warnings: [] });
    expect(decodeText(concat(Uint8Array.from([0xff, 0xfe]), utf16le('hi 你好')), 'a').text).toBe('hi 你好');
    const be = Buffer.from(utf16le('hi 你好')).swap16();
    expect(decodeText(concat(Uint8Array.from([0xfe, 0xff]), be), 'a')).toMatchObject({ text: 'hi 你好', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM (Windows "Unicode" text)', () => {
    expect(decodeText(utf16le('3/14/24, 9:02 AM - A: hi\r\n'), 'a')).toMatchObject({ encoding: 'utf-16le', text: '3/14/24, 9:02 AM - A: hi\r\n' });
  });

  it('reads GBK and Big5 files and says it guessed', () => {
    const gbk = decodeText(concat(GBK_LINE, '\n'), 'a');
    expect(gbk).toMatchObject({ text: '您好，请问充值\n', encoding: 'gb18030' });
    expect(gbk.warnings.map((w) => w.code)).toEqual(['encoding_guessed']);
    expect(decodeText(concat(BIG5_LINE, '\n'), 'a')).toMatchObject({ text: '您好，請問儲值\n', encoding: 'big5' });
  });

  it('reads a file that mixes UTF-8 and GBK line by line', () => {
    const decoded = decodeText(concat('第一行 UTF-8\r\n', GBK_LINE, '\r\n', 'third 🙂\r\n'), 'a');
    expect(decoded.text).toBe('第一行 UTF-8\r\n您好，请问充值\r\nthird 🙂\r\n');
    expect(decoded.encoding).toBe('utf-8+gb18030');
    expect(decoded.warnings[0]!.message).toContain('lines 2');
  });

  it('refuses binary data as not_text', () => {
    const refuse = (bytes: Uint8Array) => {
      try {
        decodeText(bytes, 'x.txt');
      } catch (error) {
        return (error as ImportError).code;
      }
      return 'accepted';
    };
    expect(refuse(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('not_text');
    expect(refuse(Uint8Array.from([0x68, 0x69, 0x00, 0x01, 0x02, 0x68]))).toBe('not_text');
    expect(refuse(new Uint8Array(Buffer.from('%PDF-1.7\n')))).toBe('not_text');
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) random[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    expect(refuse(random)).toBe('not_text');
  });
});

describe('encodings end to end', () => {
  it('imports a GBK WhatsApp export', async () => {
    const r = await parseTranscript(fixture('whatsapp-gbk.txt'), 'WhatsApp Chat.txt', { timeZone: 'UTC' });
    expect(r.encoding).toBe('gb18030');
    expect(r.messages.map((m) => m.text)).toEqual(['你好，我的提现还没到账', '您好，请提供订单号']);
    expect(codes(r)).toEqual(['encoding_guessed']);
  });

  it('imports a UTF-16LE WhatsApp export with a BOM', async () => {
    const bytes = concat(Uint8Array.from([0xff, 0xfe]), utf16le('3/14/24, 9:02 AM - 王芳: 你好 👋\r\n'));
    const r = await parseTranscript(bytes, 'chat.txt', { timeZone: 'UTC' });
    expect(r.messages[0]).toMatchObject({ sender: '王芳', text: '你好 👋' });
  });

  it('keeps emoji, combining marks and right-to-left text exactly', async () => {
    const text = 'مرحبا 👩🏽‍💻 שָׁלוֹם e\u0301 \u202Bembedded\u202C';
    const r = await parseText(`3/14/24, 9:02 AM - A: ${text}\n`, 'c.txt', { timeZone: 'UTC' });
    expect(r.messages[0]!.text).toBe(text);
  });
});
