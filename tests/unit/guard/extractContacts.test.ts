import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../src/main/core/guard';

function values(text: string): [string, string][] {
  return extractContacts(text).map((c) => [c.value, c.kind]);
}

describe('extractContacts', () => {
  it('finds links without a scheme next to Chinese punctuation, without swallowing it', () => {
    expect(values('请访问binance.com，或者联系客服：help@binance-support.com。谢谢！')).toEqual([
      ['binance.com', 'url'],
      ['help@binance-support.com', 'email'],
    ]);
    expect(values('官网（www.binance.com）提交工单')).toEqual([['www.binance.com', 'url']]);
    expect(values('链接：https://okx-verify.xyz/login。请尽快')).toEqual([['https://okx-verify.xyz/login', 'url']]);
    expect(values('点击：bit.ly/bn-airdrop领取')).toEqual([['bit.ly/bn-airdrop', 'url']]);
  });

  it('finds links, handles and messenger links in English text', () => {
    expect(values('Visit https://binance.com@evil.io/login, then DM @binance_help or t.me/binance_support_help.')).toEqual([
      ['https://binance.com@evil.io/login', 'url'],
      ['@binance_help', 'social'],
      ['t.me/binance_support_help', 'social'],
    ]);
    expect(values('Chat on wa.me/14155550123 or https://discord.gg/abcd')).toEqual([
      ['wa.me/14155550123', 'social'],
      ['https://discord.gg/abcd', 'social'],
    ]);
  });

  it('reports full-width links at their original offsets', () => {
    const text = '访问ｂｉｎａｎｃｅ．ｃｏｍ获取帮助';
    const [found] = extractContacts(text);
    expect(found?.value).toBe('ｂｉｎａｎｃｅ．ｃｏｍ');
    expect(text.slice(found?.start, found?.end)).toBe(found?.value);
  });

  it('finds phone numbers with + or a phone word, not amounts, dates or order numbers', () => {
    expect(values('Call +1 (415) 555-0123 or WhatsApp: +44 20 7946 0958. Order 1234567890, 2024-05-01, 1,000 USDT.')).toEqual([
      ['+1 (415) 555-0123', 'phone'],
      ['+44 20 7946 0958', 'phone'],
    ]);
    expect(values('客服电话 13800138000')).toEqual([['13800138000', 'phone']]);
  });

  it('finds WeChat and QQ IDs with their label', () => {
    expect(values('加微信：binance888 或 QQ：123456789')).toEqual([
      ['微信：binance888', 'social'],
      ['QQ：123456789', 'social'],
    ]);
  });

  it('ignores things that only look like domains', () => {
    expect(values('e.g. Node.js, file.txt, report.pdf, v2.5, wallet.Live chat, a.m.')).toEqual([]);
    expect(values('BINANCE.COM')).toEqual([['BINANCE.COM', 'url']]);
  });

  it('keeps a closing bracket that belongs to the link', () => {
    expect(values('(https://en.wikipedia.org/wiki/Foo_(bar))')).toEqual([['https://en.wikipedia.org/wiki/Foo_(bar)', 'url']]);
  });

  it('finds e-mail addresses inside display-name forms', () => {
    expect(values('From: "Binance Support" <binance.support@gmail.com>')).toEqual([['binance.support@gmail.com', 'email']]);
  });
});
