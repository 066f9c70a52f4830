/** Every bad input gets a clear error code, and parsing the same bytes twice gives the same result. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseTranscript } from '../../../src/main/core/import';
import { fixture, importError, parseFixture, parseText } from './helpers';

const FIXTURES = [
  'whatsapp-android-en.txt',
  'whatsapp-ios-en-gb.txt',
  'whatsapp-android-zh.txt',
  'whatsapp-gbk.txt',
  'telegram-result.json',
  'telegram-full-export-one-chat.json',
  'email-gb2312-attachment.eml',
  'email-html-only-qp.eml',
  'livechat-paste-zh.txt',
  'livechat-en.txt',
  'livechat-bracket.txt',
  'messages-semicolon-bom.csv',
];

describe('format detection', () => {
  it.each([
    ['whatsapp-android-en.txt', 'whatsapp'],
    ['whatsapp-ios-en-gb.txt', 'whatsapp'],
    ['telegram-result.json', 'telegram'],
    ['email-gb2312-attachment.eml', 'email'],
    ['livechat-paste-zh.txt', 'livechat'],
    ['livechat-bracket.txt', 'livechat'],
    ['messages-semicolon-bom.csv', 'csv'],
  ])('%s is %s, whatever it is called', async (file, format) => {
    expect((await parseFixture(file)).format).toBe(format);
    expect((await parseTranscript(fixture(file), 'download (1).txt')).format).toBe(format);
    expect((await parseTranscript(fixture(file), 'noextension')).format).toBe(format);
    expect((await parseTranscript(fixture(file), 'misnamed.json')).format).toBe(format);
  });

  it('lets the caller force a format', async () => {
    const r = await parseText('客服 Anna 14:03\n您好\n', 'x.txt', { format: 'livechat', date: '2024-07-08', timeZone: 'UTC' });
    expect(r.messages).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('empty files and files with only blank lines are "empty"', async () => {
    expect((await importError(parseTranscript(new Uint8Array(), 'a.txt'))).code).toBe('empty');
    expect((await importError(parseText(' \r\n\n\t', 'a.txt'))).code).toBe('empty');
  });

  it('a file over the limit is "too_large" before anything is read', async () => {
    // calloc'd and never touched: costs address space, not memory.
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const error = await importError(parseTranscript(huge, 'huge.txt'));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('500 MB');
  });

  it('a binary file named .txt is "not_text"', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await importError(parseTranscript(png, 'WhatsApp Chat.txt'));
    expect(error.code).toBe('not_text');
    expect(error.message).toContain('PNG');
    const zeros = new Uint8Array(1000).fill(0x41);
    zeros[500] = 0;
    expect((await importError(parseTranscript(zeros, 'chat.txt'))).code).toBe('not_text');
    expect((await importError(parseTranscript(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'chat.txt'))).message).toContain('unzip');
  });

  it('text that is no known format is "unknown_format"', async () => {
    expect((await importError(parseText('just a note\nwith two lines', 'notes.txt'))).code).toBe('unknown_format');
  });

  it('bad options are "bad_option"', async () => {
    const bytes = fixture('livechat-paste-zh.txt');
    expect((await importError(parseTranscript(bytes, 'p.txt', { timeZone: 'Nowhere/Land' }))).code).toBe('bad_option');
    expect((await importError(parseTranscript(bytes, 'p.txt', { date: '2024-02-30' }))).code).toBe('bad_option');
    expect((await importError(parseTranscript(bytes, 'p.txt', { date: '8 July' }))).code).toBe('bad_option');
  });

  it('an e-mail with a binary attachment is still an e-mail', async () => {
    expect((await parseFixture('email-gb2312-attachment.eml')).messages[0]!.attachments[0]!.bytes!.length).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  it.each(FIXTURES)('%s parses to identical results twice', async (file) => {
    const a = await parseFixture(file, { timeZone: 'Asia/Shanghai' });
    const b = await parseFixture(file, { timeZone: 'Asia/Shanghai' });
    expect(b).toEqual(a);
    expect(new Set(a.messages.map((m) => m.key)).size).toBe(a.messages.length);
  });
});
