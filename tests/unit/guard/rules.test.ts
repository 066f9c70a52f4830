/**
 * Every example in resources/guard/impersonation-rules.json, run as a test case, plus the negation
 * behaviour the rules promise and the load-time validation of the file.
 */
import { describe, expect, it } from 'vitest';
import rulesFile from '../../../resources/guard/impersonation-rules.json';
import { DEFAULT_RULES, GuardRulesError, loadRules, RULE_KINDS, scanMessage } from '../../../src/main/core/guard';

const cases = DEFAULT_RULES.rules.flatMap((rule) => [
  ...rule.mustMatch.map((text) => ({ id: rule.id, text, expected: true })),
  ...rule.mustNotMatch.map((text) => ({ id: rule.id, text, expected: false })),
]);

describe('impersonation rules: the examples in the data file', () => {
  it.each(cases)('$id ($expected): $text', ({ id, text, expected }) => {
    const hits = scanMessage(text).flags.filter((f) => f.ruleId === id);
    expect(hits.length > 0, JSON.stringify(hits.map((h) => h.excerpt))).toBe(expected);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.excerpt);
  });

  it('covers every kind, with at least 3 examples each way per rule', () => {
    const kinds = new Set(DEFAULT_RULES.rules.map((r) => r.kind));
    for (const kind of RULE_KINDS) expect(kinds.has(kind), kind).toBe(true);
    for (const rule of DEFAULT_RULES.rules) {
      expect(rule.mustMatch.length).toBeGreaterThanOrEqual(3);
      expect(rule.mustNotMatch.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('negations', () => {
  const flagged = (text: string): string[] => scanMessage(text).flags.map((f) => f.kind);

  it.each([
    'We will never ask for your password.',
    'We will never ask for your password, SMS code, 2FA code or seed phrase.',
    '我们不会向您索要验证码',
    '请勿向任何人透露您的密码、验证码或助记词。',
    'Please do not share your recovery phrase with anyone.',
    'Binance staff will never, under any circumstances, ask you to send your password.',
    'Did anyone ask you for your 2FA code?',
    '索要验证码的都是骗子。',
  ])('a warning is not a request: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['please send your password', 'password'],
    ['请提供您的验证码', 'otp_code'],
    ['We never ask for passwords, but please send your 2FA code.', 'otp_code'],
    ['官方不会索要密码，请提供您的验证码以完成核实。', 'otp_code'],
    ['We will never ask for your password. Please send us your seed phrase now.', 'seed_phrase'],
    ['为了防止诈骗，请把助记词发给我核实。', 'seed_phrase'],
    ['If you do not provide your seed phrase within 24 hours, your wallet will be frozen.', 'seed_phrase'],
    ['If you do not provide your seed phrase within 24 hours, your wallet will be frozen.', 'urgency_threat'],
    ["Don't worry, just send me your 2FA code and I will fix it.", 'otp_code'],
    ['不要担心，把验证码发给我就行。', 'otp_code'],
    ['如果您不提供助记词，钱包将被冻结。', 'seed_phrase'],
  ])('a request stands even after a warning: %s', (text, kind) => {
    expect(flagged(text)).toContain(kind);
  });

  it('matches through tricks that split words, and reports the original text', () => {
    const text = '请把验\u200B证码发给我，谢谢';
    const [flag] = scanMessage(text).flags;
    expect(flag?.kind).toBe('otp_code');
    expect(flag?.excerpt).toBe(text.slice(flag?.start, flag?.end));
    expect(flag?.excerpt).toContain('\u200B');
    expect(scanMessage('请 提 供 您 的 助 记 词').flags.map((f) => f.kind)).toContain('seed_phrase');
    expect(scanMessage('Ｐｌｅａｓｅ ｓｅｎｄ ｙｏｕｒ ｐａｓｓｗｏｒｄ').flags.map((f) => f.kind)).toContain('password');
  });
});

describe('loading the rules file', () => {
  const valid = rulesFile as unknown as { version: number; rules: Record<string, unknown>[] };
  const withRule = (patch: Record<string, unknown>): unknown => ({
    ...valid,
    rules: [{ ...valid.rules[0], ...patch }, ...valid.rules.slice(1)],
  });
  const problemsOf = (raw: unknown): string => {
    try {
      loadRules(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(GuardRulesError);
      return (error as Error).message;
    }
    throw new Error('expected the rules to be rejected');
  };

  it('loads the shipped file', () => {
    expect(loadRules(rulesFile).rules.length).toBe(valid.rules.length);
  });

  it.each([
    ['not an object', 'x', 'one JSON object'],
    ['wrong version', { ...valid, version: 2 }, 'version: expected 1'],
    ['no rules', { ...valid, rules: [] }, 'rules: expected a non-empty list'],
    ['a broken regex', withRule({ patterns: ['(unclosed'] }), 'rules[0] (seed_phrase.request).patterns[0]'],
    ['a regex matching empty text', withRule({ patterns: ['a*'] }), 'matches empty text'],
    ['an unknown kind', withRule({ kind: 'phishing' }), '.kind: expected one of'],
    ['missing Chinese why', withRule({ why: { en: 'x' } }), '.why: expected non-empty'],
    ['too few examples', withRule({ mustNotMatch: ['a'] }), '.mustNotMatch: expected at least 3'],
    ['one-language examples on a both-language rule', withRule({ mustMatch: ['a', 'b', 'c'] }), 'needs Chinese and English examples'],
    ['an unknown exception set', withRule({ exceptionSets: ['nope'] }), 'no set named "nope"'],
    ['a misspelt field', withRule({ exeptions: [] }), 'unknown field "exeptions"'],
    ['a duplicate id', { ...valid, rules: [valid.rules[0], valid.rules[0]] }, 'duplicate id'],
  ])('rejects %s with a clear message', (_name, raw, message) => {
    expect(problemsOf(raw)).toContain(message);
  });

  it('lists every problem at once', () => {
    const message = problemsOf(withRule({ kind: 'x', lang: 'fr', patterns: ['('] }));
    expect(message.split('\n').length).toBeGreaterThanOrEqual(4);
  });
});
