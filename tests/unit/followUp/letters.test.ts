/**
 * Letter templates: the shipped ones (every kind in both languages, only known placeholders), the user's
 * edits of them (restorable), the user's own, and templates with bad placeholders refused by name.
 */
import { afterEach, describe, expect, it } from 'vitest';
import builtinFile from '../../../resources/letters/builtin.json';
import { LETTER_KINDS, LETTER_LANGUAGES, LETTER_PLACEHOLDERS, type LetterTemplate } from '../../../src/shared/followUp';
import { BUILTIN_LETTERS, LetterDataError, loadBuiltinTemplates } from '../../../src/main/core/followUp/letters/letterData';
import { placeholderProblems, placeholdersIn } from '../../../src/main/core/followUp/letters/placeholders';
import { call, callError, cleanup, count, openTestCore } from '../helpers';

afterEach(cleanup);

const templates = (t: ReturnType<typeof openTestCore>) => call<LetterTemplate[]>(t.router, 'letters.templates');
/** What letters.saveTemplate takes of a template. */
const input = ({ id, kind, language, name, subject, body }: LetterTemplate) => ({ id, kind, language, name, subject, body });

describe('the shipped letters', () => {
  it('parse: one per kind and language, each using only known placeholders, all placeholders used somewhere', () => {
    const { version, templates: shipped } = loadBuiltinTemplates(builtinFile);
    expect(version).toBeGreaterThan(0);
    expect(shipped.map((t) => t.id)).toEqual(LETTER_KINDS.flatMap((k) => LETTER_LANGUAGES.map((l) => `builtin:${k}:${l}`)));
    for (const t of shipped) {
      expect(placeholderProblems(t.body), t.id).toEqual({ unknown: [], malformed: [] });
      expect(t.body.length, t.id).toBeGreaterThan(300);
      if (t.language === 'zh-CN') expect(t.body, t.id).toMatch(/[\u4e00-\u9fff]/);
    }
    const used = new Set(shipped.flatMap((t) => [...placeholdersIn(t.subject), ...placeholdersIn(t.body)]));
    expect([...LETTER_PLACEHOLDERS].filter((p) => !used.has(p))).toEqual([]);
    // The third-party letter is addressed to the venue; the others to the platform.
    expect(shipped.find((t) => t.id === 'builtin:third_party_complaint:en')!.body).toMatch(/^To: \{\{venue\}\}/);
    expect(shipped.find((t) => t.id === 'builtin:follow_up:zh-CN')!.body).toMatch(/^尊敬的 \{\{platform\}\} 客服团队：/);
    for (const t of shipped) {
      // A Chinese letter closes with 此致 and 敬礼 on the next line, never 此致 straight before the name.
      if (t.language === 'zh-CN') expect(t.body, t.id).toMatch(/\n此致\n敬礼！\n\n\{\{my_name\}\}/);
      // Counts are labelled facts: no sentence has to agree with a number it cannot see ("1 of my messages have").
      expect(t.body, t.id).not.toMatch(/\{\{(contact_count|unanswered_count)\}\} (times|of)/);
    }
  });

  it('refuse a broken file, naming the template', () => {
    const [first, ...rest] = builtinFile.templates;
    expect(() => loadBuiltinTemplates({ ...builtinFile, templates: rest })).toThrow(/expected one builtin:follow_up:en template, found 0/);
    expect(() => loadBuiltinTemplates({ ...builtinFile, templates: [{ ...first!, body: ['Dear {{platfrom}}'] }, ...rest] })).toThrow(
      /builtin:follow_up:en body: bad placeholders \{\{platfrom\}\}/,
    );
    expect(() => loadBuiltinTemplates({ ...builtinFile, templates: [{ ...first!, kind: 'apology' }, ...rest] })).toThrow(LetterDataError);
  });
});

describe('placeholder checks', () => {
  it.each([
    ['Dear {{platform}}, since {{ opened_on }}', [], []],
    ['{{unknown_thing}} and {{Platform}}', ['{{unknown_thing}}', '{{Platform}}'], []],
    ['Hello {{platform', [], ['Hello {{platform']],
    ['}}{{platform', [], ['}}{{platform']],
    ['{{{{platform}}}}', [], ['{{{{platform}}', 'platform}}}}']],
    ['{{}}', [], ['{{}}']],
    ['Dear {platform},', [], ['{platform}']],
    ['A set {like this} is fine', [], []],
  ])('%j → unknown %j, malformed %j', (text, unknown, malformed) => {
    const problems = placeholderProblems(text);
    expect(problems.unknown).toEqual(unknown);
    expect(problems.malformed.length).toBe(malformed.length);
    for (const [i, m] of malformed.entries()) expect(problems.malformed[i]).toContain(m);
  });
});

describe('letters.templates / saveTemplate / deleteTemplate', () => {
  it('lists the built-ins unedited at first', async () => {
    const t = openTestCore();
    const list = await templates(t);
    expect(list).toHaveLength(8);
    expect(list.every((x) => x.builtIn && !x.edited && x.updatedAt === null)).toBe(true);
    expect(list[0]).toMatchObject({ id: 'builtin:follow_up:en', kind: 'follow_up', language: 'en', name: 'Follow-up' });
    expect(list[1]!.name).toBe('跟进催复');
  });

  it("adds the user's own templates as user:<n>, edits them, and never reuses a deleted number", async () => {
    const t = openTestCore();
    const mine = await call<LetterTemplate>(t.router, 'letters.saveTemplate', {
      kind: 'follow_up',
      language: 'en',
      name: 'Short nudge',
      subject: 'Any news on {{last_reference}}?',
      body: 'Hello, any news on {{ticket_title}}? I have waited {{current_wait}}.',
    });
    expect(mine).toMatchObject({ id: 'user:1', builtIn: false, edited: false, updatedAt: t.clock.iso() });
    const edited = await call<LetterTemplate>(t.router, 'letters.saveTemplate', { ...input(mine), body: 'Hello again, {{platform}}.' });
    expect(edited.body).toBe('Hello again, {{platform}}.');
    expect((await templates(t)).map((x) => x.id).slice(8)).toEqual(['user:1']);

    expect(await call(t.router, 'letters.deleteTemplate', { id: 'user:1' })).toEqual({ deleted: true, restored: false });
    const next = await call<LetterTemplate>(t.router, 'letters.saveTemplate', { kind: 'follow_up', language: 'zh-CN', name: '催', body: '{{platform}} 您好' });
    expect(next.id).toBe('user:2');
    await callError(t.router, 'letters.saveTemplate', { id: 'user:1', kind: 'follow_up', language: 'en', name: 'x', body: 'x' }, 'not_found');
    await callError(t.router, 'letters.deleteTemplate', { id: 'user:1' }, 'not_found');
    await callError(t.router, 'letters.saveTemplate', { id: 'nope', kind: 'follow_up', language: 'en', name: 'x', body: 'x' }, 'not_found');
  });

  it('stores an edit of a built-in under its id and restores the original on delete; a pristine one cannot be deleted', async () => {
    const t = openTestCore();
    const original = (await templates(t))[0]!;
    const changed = await call<LetterTemplate>(t.router, 'letters.saveTemplate', {
      id: original.id,
      kind: original.kind,
      language: original.language,
      name: 'My follow-up',
      subject: original.subject,
      body: `${original.body}\n\nP.S. Please reply by e-mail.`,
    });
    expect(changed).toMatchObject({ id: 'builtin:follow_up:en', builtIn: true, edited: true, name: 'My follow-up' });
    expect((await templates(t))[0]).toEqual(changed);

    expect(await call(t.router, 'letters.deleteTemplate', { id: original.id })).toEqual({ deleted: false, restored: true });
    expect((await templates(t))[0]).toEqual(original);
    const error = await callError(t.router, 'letters.deleteTemplate', { id: original.id }, 'conflict');
    expect(error.message).toContain('never edited');

    // Saving the original text back counts as restoring it.
    await call(t.router, 'letters.saveTemplate', { ...input(original), name: 'Tmp' });
    const back = await call<LetterTemplate>(t.router, 'letters.saveTemplate', input(original));
    expect(back.edited).toBe(false);
    expect(count(t.ctx, 'letter_templates')).toBe(0);

    // A built-in id keeps its kind and language.
    expect((await callError(t.router, 'letters.saveTemplate', { ...input(original), language: 'zh-CN' }, 'invalid_input')).field).toBe('language');
    const actions = t.ctx.db.prepare("SELECT action FROM audit_events WHERE action LIKE 'letterTemplate.%' ORDER BY id").pluck().all();
    expect(actions).toEqual(['letterTemplate.edited', 'letterTemplate.restored', 'letterTemplate.edited', 'letterTemplate.restored']);
  });

  it('refuses unknown placeholders and malformed braces, naming them, and stores nothing', async () => {
    const t = openTestCore();
    const base = { kind: 'escalation_request', language: 'en', name: 'Mine' };
    const unknown = await callError(t.router, 'letters.saveTemplate', { ...base, body: 'Dear {{platfrom}}, my UID is {{uid}}.' }, 'invalid_input');
    expect(unknown).toMatchObject({ field: 'body', reason: 'bad_placeholders' });
    expect(unknown.message).toContain('unknown placeholders {{platfrom}}, {{uid}}');
    expect(unknown.message).toContain('account_uid');

    const malformed = await callError(t.router, 'letters.saveTemplate', { ...base, body: 'Dear {{platform}, since {{opened_on}}' }, 'invalid_input');
    expect(malformed.field).toBe('body');
    expect(malformed.message).toContain('malformed braces at "Dear {{platform}, s…"');

    const subject = await callError(t.router, 'letters.saveTemplate', { ...base, subject: 'Re: {{ref}}', body: 'ok' }, 'invalid_input');
    expect(subject.field).toBe('subject');

    await callError(t.router, 'letters.saveTemplate', { ...base, body: '   ' }, 'invalid_input');
    await callError(t.router, 'letters.saveTemplate', { ...base, kind: 'love_letter', body: 'x' }, 'invalid_input');
    expect(count(t.ctx, 'letter_templates')).toBe(0);
    expect(await templates(t)).toHaveLength(BUILTIN_LETTERS.templates.length);
  });
});
