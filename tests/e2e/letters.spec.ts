/**
 * Letters (issue 5) in the UI: a follow-up filled from the ticket in English and Chinese, the facts it
 * lacks listed, copy and save; the template editor refusing a placeholder Casefile cannot fill, adding,
 * restoring and deleting templates. Real web-mode server.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { en, zh, type EscalationLabels } from './escalationLabels';
import { seedClient } from './seed';

const SHOTS = 'test-results/letters-screens';
const DAY = 24 * 3600 * 1000;

async function openTicketWithEmail(page: Page, serverUrl: string, language: 'en' | 'zh-CN') {
  const api = seedClient(page.request, serverUrl);
  const { id: platformId } = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    officialDomains: ['nexa.example'],
    channels: [{ kind: 'email', address: 'support@nexa.example', verified: true }],
  });
  const { id: ticketId } = await api.call('tickets.create', {
    platformId,
    title: 'USDT withdrawal stuck',
    category: 'withdrawal_delayed',
    platformRefs: ['CS-88213'],
    transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: 'a1b2c3d4e5f6' }],
  });
  await api.call('log.add', {
    ticketId,
    author: 'me',
    channel: 'email',
    text: 'Hello, my USDT withdrawal has not arrived.',
    occurredAt: new Date(Date.now() - 3 * DAY).toISOString(),
  });
  await page.addInitScript((lang) => localStorage.setItem('casefile.language', lang), language);
  await page.goto(serverUrl);
  await page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck/ }).click();
  return { api, ticketId };
}

for (const [language, L] of [
  ['en', en],
  ['zh-CN', zh],
] as const satisfies readonly (readonly ['en' | 'zh-CN', EscalationLabels])[]) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: L.locale });

    test('the playbook’s follow-up letter is filled from the ticket, lists what is missing, copies and saves', async ({ page, serverUrl, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openTicketWithEmail(page, serverUrl, language);
      const details = page.getByRole('complementary', { name: L.details });
      await details.getByRole('region', { name: L.nextStep }).getByRole('button', { name: L.writeTheLetter }).click();
      const dialog = page.getByRole('dialog', { name: L.lettersDialog });

      // Opened in the UI's language, filled from the ticket's facts.
      const ui = language === 'en' ? L.english : L.chinese;
      await expect(dialog.getByRole('radio', { name: ui })).toBeChecked();
      const text = dialog.getByRole('textbox', { name: L.letterText, exact: true });
      await expect(text).toHaveValue(/Nexa Exchange/);
      await expect(text).toHaveValue(/CS-88213/);
      await expect(text).toHaveValue(/a1b2c3d4e5f6/);
      if (language === 'zh-CN') await expect(text).toHaveValue(/客服团队/);
      else await expect(text).toHaveValue(/Dear Nexa Exchange Support team/);

      // The facts the ticket lacks are named, in the UI's language.
      const missing = dialog.getByRole('note', { name: L.missingNote });
      await expect(missing).toContainText(L.missingStart);
      await expect(missing).toContainText(L.accountUid);
      await page.screenshot({ path: `${SHOTS}/letter-${language}.png` });

      // Copy: the clipboard holds the text as shown (edits included), and the button says so.
      await text.press('Control+End');
      await text.pressSequentially(' PS');
      await dialog.getByRole('button', { name: L.copyLetter }).click();
      await expect(dialog.getByRole('button', { name: L.copied })).toBeVisible();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toBe(await text.inputValue());
      expect(clipboard.endsWith(' PS')).toBe(true);

      // Save as .txt: named after the subject, subject first.
      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: L.saveTxt }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.txt$/);
      expect(file.suggestedFilename()).not.toMatch(/[/\\:*?"<>|]/);
      const saved = readFileSync(await file.path(), 'utf8');
      const subject = await dialog.getByRole('textbox', { name: language === 'en' ? 'Subject' : '主题' }).inputValue();
      expect(saved.startsWith(subject)).toBe(true);
      expect(saved).toContain(' PS');

      // The other language: the same letter, in it (the warning stays in the UI's language).
      const other = language === 'en' ? L.chinese : L.english;
      await dialog.getByRole('radio', { name: other }).check();
      if (language === 'en') await expect(text).toHaveValue(/客服团队/);
      else await expect(text).toHaveValue(/Dear Nexa Exchange Support team/);
      await expect(missing).toContainText(L.accountUid);

      // Escape closes; focus returns to what opened the dialog.
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(details.getByRole('region', { name: L.nextStep }).getByRole('button', { name: L.writeTheLetter })).toBeFocused();
    });

    test('a template with a placeholder Casefile cannot fill is refused next to its text', async ({ page, serverUrl }) => {
      const { api } = await openTicketWithEmail(page, serverUrl, language);
      await page.getByRole('complementary', { name: L.details }).getByRole('button', { name: L.writeLetter, exact: true }).click();
      await page.getByRole('dialog', { name: L.lettersDialog }).getByRole('button', { name: L.editTemplates }).click();
      const dialog = page.getByRole('dialog', { name: L.templatesDialog });
      await dialog.getByRole('button', { name: L.newTemplate }).click();
      await dialog.getByRole('textbox', { name: L.templateName, exact: true }).fill('My nudge');
      const body = dialog.getByRole('textbox', { name: L.templateBody, exact: true });
      await body.fill('Hello, my UID is {{acount_uid}}.');
      // Said while typing, next to the text…
      await expect(dialog.getByRole('alert').filter({ hasText: L.unknownPlaceholder })).toBeVisible();
      // …and saving is refused by the core, nothing saved.
      await dialog.getByRole('button', { name: L.saveTemplate }).click();
      await expect(dialog.getByText(language === 'en' ? 'Some of what you entered is not valid.' : '你输入的部分内容无效。').first()).toBeVisible();
      const before = await api.call<{ builtIn: boolean }[]>('letters.templates');
      expect(before.filter((t) => !t.builtIn)).toHaveLength(0);
      await page.screenshot({ path: `${SHOTS}/template-error-${language}.png` });

      // Fixed with the placeholder list, it saves and becomes a template of the user's own.
      await body.fill('Hello, my UID is .');
      await body.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(17, 17));
      await dialog.getByRole('button', { name: language === 'en' ? 'Insert account UID' : '插入“账户 UID”' }).click();
      await expect(body).toHaveValue('Hello, my UID is {{account_uid}}.');
      await dialog.getByRole('button', { name: L.saveTemplate }).click();
      await expect(dialog.getByRole('status').filter({ hasText: language === 'en' ? 'Saved' : '已保存' })).toBeVisible();
      const after = await api.call<{ builtIn: boolean; name: string; body: string }[]>('letters.templates');
      expect(after.filter((t) => !t.builtIn)).toMatchObject([{ name: 'My nudge', body: 'Hello, my UID is {{account_uid}}.' }]);
    });
  });
}

test.describe('template editor', () => {
  test.use({ locale: 'en-US' });

  test('a built-in template edited is restored; the user’s own is deleted after confirming', async ({ page, serverUrl }) => {
    const { api } = await openTicketWithEmail(page, serverUrl, 'en');
    await api.call('letters.saveTemplate', { kind: 'follow_up', language: 'en', name: 'Short nudge', body: 'Any news on {{references}}?' });
    await page.getByRole('complementary', { name: en.details }).getByRole('button', { name: en.writeLetter, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: en.lettersDialog });

    // The user's own template is offered with the built-in ones and renders.
    await dialog.getByRole('combobox', { name: en.template }).selectOption({ label: 'Short nudge (mine)' });
    await expect(dialog.getByRole('textbox', { name: en.letterText, exact: true })).toHaveValue('Any news on CS-88213?');

    await dialog.getByRole('button', { name: en.editTemplates }).click();
    const editor = page.getByRole('dialog', { name: en.templatesDialog });
    await expect(editor.getByRole('form', { name: 'Short nudge' })).toBeVisible();
    const list = editor.getByRole('navigation', { name: 'Templates' });
    await list.getByRole('button', { name: /^Follow-up\b/ }).first().click();
    const form = editor.getByRole('form', { name: 'Follow-up' });
    await expect(form.getByRole('combobox', { name: 'What it is for' })).toBeDisabled();
    await form.getByRole('textbox', { name: 'Text', exact: true }).fill('Edited follow-up about {{references}}.');
    await form.getByRole('button', { name: 'Save template' }).click();
    await expect(form.getByRole('button', { name: 'Restore original' })).toBeVisible();
    await expect(list.getByRole('button', { name: /Follow-up \(edited\)/ })).toBeVisible();

    // Restore asks first; Escape there closes only the question.
    await form.getByRole('button', { name: 'Restore original' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Restore the original?' });
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(editor).toBeVisible();
    await expect(form.getByRole('button', { name: 'Restore original' })).toBeFocused();
    await form.getByRole('button', { name: 'Restore original' }).click();
    await confirm.getByRole('button', { name: 'Restore original' }).click();
    await expect(confirm).toBeHidden();
    const builtIn = (await api.call<{ id: string; edited: boolean; body: string }[]>('letters.templates')).find(
      (t) => t.id === 'builtin:follow_up:en',
    );
    expect(builtIn?.edited).toBe(false);
    expect(builtIn?.body).toContain('Dear {{platform}} Support team');

    // Delete the user's own, after confirming.
    await list.getByRole('button', { name: /Short nudge \(mine\)/ }).click();
    await editor.getByRole('form', { name: 'Short nudge' }).getByRole('button', { name: 'Delete template' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this template?' }).getByRole('button', { name: 'Delete template' }).click();
    await expect(list.getByRole('button', { name: /Short nudge/ })).toHaveCount(0);
    expect((await api.call<{ builtIn: boolean }[]>('letters.templates')).filter((t) => !t.builtIn)).toHaveLength(0);
  });
});
