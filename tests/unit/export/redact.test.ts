/**
 * The redactor on its own: what it masks (e-mail, phones in the shapes people write them, the UID, wallet
 * addresses 6…4, named strings) and what it must leave alone (Chinese text, amounts, dates, order and
 * reference numbers, txids and hashes, the platform's own contacts). Hostile input must stay fast.
 */
import { describe, expect, it } from 'vitest';
import { makeRedactor, maskWallet } from '../../../src/main/core/export/redact';

const redact = makeRedactor({
  accountUid: '35871234',
  extra: ['北京市朝阳区建国路88号'],
  wallets: ['weirdchainaddr123456'],
  keep: ['support@binance.com', 'ORD-2024-13800138000', '+1 800 555 0199'],
});

const TXID_EVM = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060';
const TXID_HEX = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('makeRedactor masks', () => {
  it('the mailbox of an e-mail address, keeping the provider', () => {
    expect(redact('我的邮箱是 zhang.wei@qq.com，谢谢')).toBe('我的邮箱是 z***@qq.com，谢谢');
    expect(redact('Mail: A.Person+tag@example.co.uk.')).toBe('Mail: A***@example.co.uk.');
  });

  it.each([
    ['手机13800138000', '手机*********00'],
    ['call 138 0013 8000 please', 'call *** **** **00 please'],
    ['+86 138-0013-8000', '+** ***-****-**00'],
    ['(555) 123-4567', '(***) ***-**67'],
    ['555.123.4567', '***.***.**67'],
    ['北京 010-12345678', '北京 ***-******78'],
    ['London 020 7946 0958', 'London *** **** **58'],
    ['Tel: 6888 8888', 'Tel: **** **88'],
    ['电话：62345678', '电话：******78'],
  ])('the phone number in %s', (text, masked) => {
    expect(redact(text)).toBe(masked);
  });

  it('the account UID (last two characters kept), case-insensitively, not inside a longer number', () => {
    expect(redact('UID 35871234 / uid:35871234')).toBe('UID ******34 / uid:******34');
    expect(redact('order 9935871234')).toBe('order 9935871234');
    expect(makeRedactor({ accountUid: 'abcDEF99' })('ABCdef99')).toBe('******99');
  });

  it('wallet addresses of every common kind, all but the first 6 and last 4 characters', () => {
    const cases = [
      '0x71C7656EC7ab88b098defB751B7401B5f6d8976F',
      'TJRabPrwbZy45sbavfcjinPJC4kY6dUkLk',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV',
    ];
    for (const address of cases) {
      const masked = redact(`转到 ${address}。`);
      expect(masked).toBe(`转到 ${maskWallet(address)}。`);
      expect(maskWallet(address)).toMatch(new RegExp(`^${address.slice(0, 6)}\\*{${address.length - 10}}${address.slice(-4)}$`));
    }
  });

  it('the transactions’ own addresses even in an unknown format, and named strings wholly', () => {
    expect(redact('chain weirdchainaddr123456 ok')).toBe('chain weirdc**********3456 ok');
    expect(redact('住址：北京市朝阳区建国路88号。')).toBe('住址：********。');
  });
});

describe('makeRedactor leaves alone', () => {
  it('txids and SHA-256 hashes, with or without 0x', () => {
    const text = `txid ${TXID_EVM} and ${TXID_HEX}`;
    expect(redact(text)).toBe(text);
  });

  it('Chinese text, amounts, dates, times, order and reference numbers', () => {
    const texts = [
      '您好，您的提现申请正在审核中，请耐心等待。预计24小时内到账。',
      '金额 1,380,013,800.50 USDT，0.00012345 BTC，15000000000 PEPE，¥13800138000',
      '日期 2024-03-01 13:45:00，2024/03/01，01/03/2024，1709258400000',
      '订单号 13912345678，order #13800138000，工单 CASE-2024-001，ref 13800138000',
      'support@binance.com replied. ORD-2024-13800138000. Call +1 800 555 0199.',
      'Version 1.2.3, 10 days, 3 times, 100%, port 8080',
    ];
    for (const text of texts) expect(redact(text)).toBe(text);
  });

  it('a UID shorter than 4 characters in running text (it would mangle amounts)', () => {
    expect(makeRedactor({ accountUid: '42' })('42 USDT')).toBe('42 USDT');
  });

  it('an empty text and a text with nothing to mask, unchanged', () => {
    expect(redact('')).toBe('');
    expect(makeRedactor({ accountUid: null })('hello 世界')).toBe('hello 世界');
  });
});

describe('makeRedactor on hostile input', () => {
  // A backtracking pattern takes minutes on these; linear ones milliseconds. The test's timeout is the check.
  it('gets through long runs that tempt a backtracking regex', { timeout: 20_000 }, () => {
    const inputs = [
      'a'.repeat(100_000),
      `a@${'a'.repeat(100_000)}`,
      '1'.repeat(100_000),
      '+1 '.repeat(30_000),
      '中'.repeat(100_000),
      `${'a.'.repeat(50_000)}@`,
      'x@'.repeat(40_000),
      `${'1 '.repeat(40_000)}`,
    ];
    for (const text of inputs) expect(redact(text)).toHaveLength(text.length);
  });
});
