import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectType, extensionMismatch, INLINE_SAFE_TYPES, SNIFF_BYTES } from '../../src/main/core/evidence/detectType';
import { FIXTURE_PNG } from './helpers';

const bytes = (...values: (number | string)[]): Buffer =>
  Buffer.concat(values.map((v) => (typeof v === 'string' ? Buffer.from(v, 'latin1') : Buffer.from([v]))));
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** A minimal BMP header: "BM", file size, reserved zeros, pixel offset, 40-byte DIB header. */
const bmpHeader = Buffer.alloc(54);
bmpHeader.write('BM', 0, 'latin1');
bmpHeader.writeUInt32LE(54, 2);
bmpHeader.writeUInt32LE(54, 10);
bmpHeader.writeUInt32LE(40, 14);

describe('detectType: from the bytes, never the name', () => {
  it.each([
    ['the PNG screenshot fixture', fs.readFileSync(FIXTURE_PNG).subarray(0, SNIFF_BYTES), 'image/png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'), 'image/jpeg'],
    ['GIF87a', bytes('GIF87a', 1, 0), 'image/gif'],
    ['GIF89a', bytes('GIF89a', 1, 0), 'image/gif'],
    ['WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['WAV', bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '), 'audio/wav'],
    ['BMP', bmpHeader, 'image/bmp'],
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['QuickTime', bytes(0, 0, 0, 0x14, 'ftypqt  '), 'video/quicktime'],
    ['HEIC', bytes(0, 0, 0, 0x18, 'ftypheic'), 'image/heic'],
    ['MP4', bytes(0, 0, 0, 0x18, 'ftypisom'), 'video/mp4'],
    ['WebM', bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f), 'video/webm'],
    ['Ogg', bytes('OggS', 0, 2), 'audio/ogg'],
    ['MP3 with ID3', bytes('ID3', 4, 0), 'audio/mpeg'],
    ['ZIP / DOCX', bytes(0x50, 0x4b, 3, 4, 20, 0), 'application/zip'],
    ['gzip', bytes(0x1f, 0x8b, 8, 0), 'application/gzip'],
    ['Windows executable', bytes('MZ', 0x90, 0), 'application/x-msdownload'],
    ['ELF executable', bytes(0x7f, 'ELF', 2, 1, 1), 'application/x-executable'],
    ['SVG', utf8('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
    ['SVG after an XML prolog', utf8('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg width="1">'), 'image/svg+xml'],
    ['SVG after a BOM and blank lines', utf8('\uFEFF\n\n  <svg>'), 'image/svg+xml'],
    ['HTML doctype', utf8('<!DOCTYPE html><html><body>hi'), 'text/html'],
    ['HTML tag', utf8('<html lang="zh">'), 'text/html'],
    ['bare script', utf8('<script>alert(1)</script>'), 'text/html'],
    ['e-mail', utf8('From: support@exchange.com\r\nSubject: =?UTF-8?B?5rWL6K+V?=\r\n\r\nbody'), 'message/rfc822'],
    ['JSON (Telegram export)', utf8('{\n "name": "Support",\n "messages": []\n}'), 'application/json'],
    ['text that starts like a BMP header', utf8('BMW i4 receipt: withdrawal fee 25 USDT, paid 2024-03-01'), 'text/plain'],
    ['plain text in Chinese', utf8('客服：您好，请提供您的 UID。\n我：12345678'), 'text/plain'],
    ['empty', Buffer.alloc(0), 'application/octet-stream'],
    ['binary with NUL bytes', bytes(0x00, 0x01, 0x02, 0x03, 0xfe), 'application/octet-stream'],
    ['invalid UTF-8', bytes(0xc3, 0x28, 0xa0, 0xa1, 'abcdefgh'), 'application/octet-stream'],
  ])('%s', (_label, head, mime) => {
    expect(detectType(head).mime).toBe(mime);
  });

  it('does not take a UTF-8 character cut at the end of the sample for binary', () => {
    const text = Buffer.from('提'.repeat(2000), 'utf8').subarray(0, SNIFF_BYTES - 1);
    expect(detectType(text).mime).toBe('text/plain');
  });
});

describe('extensionMismatch', () => {
  const type = (head: Buffer) => detectType(head);
  const png = type(fs.readFileSync(FIXTURE_PNG));
  const pdf = type(utf8('%PDF-1.4'));
  const exe = type(bytes('MZ', 0x90, 0));
  const unknown = type(bytes(0, 1, 2, 3));

  it.each([
    ['screenshot.png', png, false],
    ['SCREENSHOT.PNG', png, false],
    ['screenshot', png, false],
    ['screenshot.jpg', png, true],
    ['statement.png', pdf, true],
    ['statement.pdf', pdf, false],
    ['holiday.jpg', exe, true],
    ['setup.exe', exe, false],
    ['blob.bin', unknown, false],
    ['截图.png', png, false],
  ] as const)('%s', (name, detected, mismatch) => {
    expect(extensionMismatch(name, detected)).toBe(mismatch);
  });
});

describe('inline display allow-list', () => {
  it('never shows types that can carry scripts inline', () => {
    for (const mime of ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/octet-stream', 'message/rfc822']) {
      expect(INLINE_SAFE_TYPES.has(mime), mime).toBe(false);
    }
    expect(INLINE_SAFE_TYPES.has('image/png')).toBe(true);
  });
});
