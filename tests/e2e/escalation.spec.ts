/**
 * The escalation ladder, the playbook, "where to complain" and the platform's legal facts (issue 5) in
 * the UI, in English and Chinese, against the real web-mode server.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { en, zh, type EscalationLabels } from './escalationLabels';
import { seedClient } from './seed';

const SHOTS = 'test-results/escalation-screens';
const DAY = 24 * 3600 * 1000;

async function seed(page: Page, serverUrl: string, platform: Record<string, unknown> = {}) {
  const api = seedClient(page.request, serverUrl);
  const { id: platformId } = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    officialDomains: ['nexa.example'],
    channels: [{ kind: 'email', address: 'support@nexa.example', foundVia: 'official_website', verified: true }],
    ...platform,
  });
  const { id: ticketId } = await api.call('tickets.create', {
    platformId,
    title: 'USDT withdrawal stuck',
    category: 'withdrawal_delayed',
    platformRefs: ['CS-88213'],
    transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: 'a1b2c3d4e5f6' }],
  });
  return { api, platformId, ticketId };
}

async function openTicket(page: Page, serverUrl: string, language: 'en' | 'zh-CN') {
  await page.addInitScript((lang) => localStorage.setItem('casefile.language', lang), language);
  await page.goto(serverUrl);
  await page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck/ }).click();
}

for (const [language, L] of [
  ['en', en],
  ['zh-CN', zh],
] as const satisfies readonly (readonly ['en' | 'zh-CN', EscalationLabels])[]) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: L.locale });

    test('recording a senior-support step shows it on the ladder and the timeline and moves the status', async ({ page, serverUrl }) => {
      const { api, ticketId } = await seed(page, serverUrl);
      await openTicket(page, serverUrl, language);
      const details = page.getByRole('complementary', { name: L.details });
      const ladder = details.getByRole('region', { name: L.ladder });
      await expect(ladder.getByRole('list', { name: L.ladderSteps }).getByRole('listitem')).toHaveCount(4);

      const record = ladder.getByRole('button', { name: L.recordEscalation });
      await record.click();
      const dialog = page.getByRole('dialog', { name: L.recordEscalation });
      // With no step taken yet, the dialog proposes the next one up: senior support.
      await expect(dialog.getByRole('combobox', { name: L.step })).toHaveValue('senior');
      await dialog.getByRole('textbox', { name: new RegExp(`^${L.toWhom}`) }).fill('Supervisor Li');
      await dialog.getByRole('combobox', { name: new RegExp(`^${L.channel}`) }).selectOption({ label: L.email });
      await dialog.getByRole('textbox', { name: new RegExp(`^${L.reference}`) }).fill('ESC-2025-0117');
      if (language === 'en') await page.screenshot({ path: `${SHOTS}/record-dialog-${language}.png` });
      await dialog.getByRole('button', { name: L.recordStep }).click();
      await expect(dialog).toBeHidden();
      // Focus goes back to the button that opened the dialog.
      await expect(record).toBeFocused();

      // The ladder: senior support is the current step, with the step's facts under it.
      const current = ladder.locator('li[aria-current="step"]');
      await expect(current).toContainText(L.senior);
      await expect(current).toContainText(L.currentStep);
      await expect(current).toContainText('ESC-2025-0117');
      await expect(current).toContainText('Supervisor Li');

      // The timeline: the step is a note, marked as an escalation.
      const timeline = page.getByRole('region', { name: L.timeline });
      const note = timeline.getByRole('article').filter({ hasText: 'ESC-2025-0117' });
      await expect(note).toBeVisible();
      await expect(note.getByText(L.marker)).toBeVisible();

      // The status moved to "escalated", in the header and the details panel.
      await expect(page.getByRole('banner').or(page.locator('.ticket__header')).getByText(L.escalated).first()).toBeVisible();
      const ticket = await api.call<{ status: string }>('tickets.get', { id: ticketId });
      expect(ticket.status).toBe('escalated');

      // Their answer comes later.
      await current.getByRole('button', { name: L.addAnswer }).click();
      const answerDialog = page.getByRole('dialog');
      await answerDialog.getByRole('textbox', { name: L.theirAnswer }).fill('We will reply within 5 working days.');
      await answerDialog.getByRole('button', { name: L.saveAnswer }).click();
      await expect(answerDialog).toBeHidden();
      await expect(current).toContainText('We will reply within 5 working days.');
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SHOTS}/ladder-${language}.png`, fullPage: true });
    });

    test('the playbook proposes a follow-up for an unanswered e-mail, and dismissing it sticks', async ({ page, serverUrl }) => {
      const { api, ticketId } = await seed(page, serverUrl);
      await api.call('log.add', {
        ticketId,
        author: 'me',
        channel: 'email',
        text: 'Hello, my USDT withdrawal has not arrived. Please check.',
        occurredAt: new Date(Date.now() - 3 * DAY).toISOString(),
      });
      await openTicket(page, serverUrl, language);
      const card = page.getByRole('complementary', { name: L.details }).getByRole('region', { name: L.nextStep });
      await expect(card.getByRole('heading', { name: L.followUp })).toBeVisible();
      // The reason is in the UI's language, with the figures it used.
      const reason = card.locator('.playbook__reason');
      await expect(reason).not.toBeEmpty();
      if (language === 'zh-CN') await expect(reason).toContainText(/[\u4e00-\u9fff]/);
      await expect(card.getByRole('button', { name: L.writeTheLetter })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/playbook-${language}.png` });

      // Dismiss, undo, dismiss again: after a few seconds it is saved.
      await card.getByRole('button', { name: L.dismiss }).click();
      await expect(card.getByRole('status')).toContainText(L.dismissed);
      await card.getByRole('button', { name: L.undo }).click();
      await expect(card.getByRole('heading', { name: L.followUp })).toBeVisible();
      await card.getByRole('button', { name: L.dismiss }).click();
      await expect(card.getByText(L.nothing)).toBeVisible({ timeout: 15_000 });
      const answer = await api.call<{ proposal: unknown; dismissedKeys: string[] }>('playbook.next', { ticketId });
      expect(answer.dismissedKeys.length).toBe(1);
      expect(answer.proposal).toBeNull();
      await page.reload();
      await expect(page.getByRole('complementary', { name: L.details }).getByRole('region', { name: L.nextStep })).toContainText(L.nothing);
    });

    test('where to complain: a GB platform lists the ombudsman with its deadlines', async ({ page, serverUrl }) => {
      await seed(page, serverUrl, { jurisdiction: 'GB' });
      await openTicket(page, serverUrl, language);
      const open = page.getByRole('complementary', { name: L.details }).getByRole('button', { name: L.whereToComplain });
      await open.click();
      const dialog = page.getByRole('dialog', { name: L.venuesDialog });
      await expect(dialog.getByRole('note').filter({ hasText: L.noLegalAdvice })).toBeVisible();
      // The ombudsman comes with the plain caveat that many crypto firms are outside it.
      await expect(dialog.getByRole('alert')).toContainText(L.amlWarning);
      const fos = dialog.getByRole('article', { name: L.fos });
      await expect(fos).toContainText(L.fosWeeks);
      await expect(fos).toContainText(L.fosMonths);
      await expect(fos.getByRole('link').first()).toHaveAttribute('target', '_blank');
      await expect(fos.getByRole('link').first()).toHaveAttribute('rel', /noopener/);
      await page.screenshot({ path: `${SHOTS}/venues-gb-${language}.png` });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();
    });

    test('where to complain: an unknown jurisdiction says plainly that no venue may take it', async ({ page, serverUrl }) => {
      const { api } = await seed(page, serverUrl, { jurisdiction: 'SC' });
      await openTicket(page, serverUrl, language);
      await page.getByRole('complementary', { name: L.details }).getByRole('button', { name: L.whereToComplain }).click();
      const dialog = page.getByRole('dialog', { name: L.venuesDialog });
      await expect(dialog.getByRole('alert')).toContainText(L.noVenueWarning);
      await expect(dialog.getByRole('article')).toHaveCount(0);
      await page.screenshot({ path: `${SHOTS}/venues-none-${language}.png` });

      // Picking the user's own country lists its venues at once, and can be saved to the profile.
      await dialog.getByRole('combobox', { name: L.yourCountry }).fill('GB');
      await expect(dialog.getByRole('article', { name: L.fos })).toBeVisible();
      await dialog.getByRole('button', { name: L.saveCountry }).click();
      await expect(dialog.getByText(L.countrySaved)).toBeVisible();
      const profile = await api.call<{ country: string | null }>('profile.get');
      expect(profile.country).toBe('GB');
    });
  });
}

test.describe('platform facts', () => {
  test.use({ locale: 'en-US' });

  test('legal entity, jurisdiction, account UID and promised response times are saved from the forms', async ({ page, serverUrl }) => {
    const api = seedClient(page.request, serverUrl);
    await page.addInitScript(() => localStorage.setItem('casefile.language', 'en'));
    await page.goto(serverUrl);
    await page.getByRole('button', { name: 'Add the platform you are dealing with' }).click();
    const add = page.getByRole('dialog', { name: 'Add platform' });
    await add.getByRole('textbox', { name: 'Platform name' }).fill('Harbour Coin');
    await add.getByRole('textbox', { name: /^Address/ }).fill('help@harbour.example');
    await add.getByRole('spinbutton', { name: /^Promised response time/ }).fill('2');
    await add.getByRole('combobox', { name: 'Unit' }).selectOption('days');
    await add.getByText('Legal facts').click();
    await add.getByRole('textbox', { name: /^Legal entity/ }).fill('Harbour Coin Ltd');
    await add.getByRole('combobox', { name: /^Jurisdiction/ }).fill('hk');
    await expect(add.getByText(/Hong Kong/)).toBeVisible();
    await add.getByRole('textbox', { name: /^Your account UID/ }).fill('UID 7781');
    await add.getByRole('button', { name: 'Add platform' }).click();
    await expect(add).toBeHidden();

    const [created] = await api.call<
      { id: number; legalEntity: string; jurisdiction: string; accountUid: string; channels: { id: number; promisedResponseHours: number }[] }[]
    >('platforms.list');
    expect(created).toMatchObject({ legalEntity: 'Harbour Coin Ltd', jurisdiction: 'HK', accountUid: 'UID 7781' });
    expect(created?.channels[0]?.promisedResponseHours).toBe(48);

    // The platform's dialog edits the facts and each channel's promise.
    await page.getByRole('navigation').getByRole('button', { name: /^Harbour Coin/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Harbour Coin' });
    await dialog.getByRole('textbox', { name: /^Registration or licence number/ }).fill('SFC-BNX123');
    await dialog.getByRole('button', { name: 'Save legal facts' }).click();
    await expect.poll(async () => (await api.call<{ registrationNumber: string }>('platforms.get', { id: created!.id })).registrationNumber).toBe(
      'SFC-BNX123',
    );
    const promise = dialog.getByRole('form', { name: 'Promised response times' });
    await promise.getByRole('spinbutton').fill('12');
    await promise.getByRole('combobox', { name: 'Unit' }).selectOption('hours');
    await promise.getByRole('button', { name: 'Save response times' }).click();
    await expect(promise.getByRole('status')).toHaveText('Saved.');
    const after = await api.call<{ channels: { promisedResponseHours: number }[] }>('platforms.get', { id: created!.id });
    expect(after.channels[0]?.promisedResponseHours).toBe(12);

    // "Where to complain" opens from the platform too; Escape closes only it.
    await dialog.getByRole('button', { name: 'Where to complain' }).click();
    const venues = page.getByRole('dialog', { name: 'Where to complain' });
    await expect(venues.getByRole('article').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(venues).toBeHidden();
    await expect(dialog).toBeVisible();
  });
});

test.describe('third parties', () => {
  test.use({ locale: 'en-US' });

  test('a third-party step picks its body from the directory and files the complaint', async ({ page, serverUrl }) => {
    const { api, ticketId } = await seed(page, serverUrl, { jurisdiction: 'GB' });
    await openTicket(page, serverUrl, 'en');
    const ladder = page.getByRole('complementary', { name: en.details }).getByRole('region', { name: en.ladder });
    await ladder.getByRole('button', { name: en.recordEscalation }).click();
    const dialog = page.getByRole('dialog', { name: en.recordEscalation });
    await dialog.getByRole('combobox', { name: en.step }).selectOption('third_party');
    await dialog.getByRole('combobox', { name: /^Venue/ }).selectOption({ label: 'Financial Ombudsman Service (UK) (GB)' });
    // Picking the body fills in who it went to and what kind of body it is.
    await expect(dialog.getByRole('textbox', { name: /^To whom/ })).toHaveValue('Financial Ombudsman Service (UK)');
    await expect(dialog.getByRole('combobox', { name: /^Kind of body/ })).toHaveValue('ombudsman');
    await dialog.getByRole('textbox', { name: /^Reference number/ }).fill('FOS-552190');
    await dialog.getByRole('button', { name: en.recordStep }).click();
    await expect(dialog).toBeHidden();

    const current = ladder.locator('li[aria-current="step"]');
    await expect(current).toContainText('Third party');
    await expect(current).toContainText('Ombudsman');
    await expect(current).toContainText('FOS-552190');
    const [step] = await api.call<{ venueId: string; venueKind: string }[]>('escalations.list', { ticketId });
    expect(step).toMatchObject({ venueId: 'uk-fos', venueKind: 'ombudsman' });
    expect((await api.call<{ status: string }>('tickets.get', { id: ticketId })).status).toBe('complaint_filed');
  });

  test('a venue of my own is listed beside the directory’s and can be deleted', async ({ page, serverUrl }) => {
    await seed(page, serverUrl, { jurisdiction: 'SC' });
    await openTicket(page, serverUrl, 'en');
    await page.getByRole('complementary', { name: en.details }).getByRole('button', { name: en.whereToComplain }).click();
    const dialog = page.getByRole('dialog', { name: en.venuesDialog });
    await expect(dialog.getByRole('alert')).toContainText(en.noVenueWarning);

    await dialog.getByText('Add a venue of my own').click();
    const form = dialog.getByRole('form', { name: 'Add a venue of my own' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Seychelles FSA');
    await form.getByRole('combobox', { name: 'Jurisdiction' }).fill('SC');
    await form.getByRole('combobox', { name: 'Kind of body' }).selectOption('regulator');
    await form.getByRole('textbox', { name: 'Website' }).fill('https://fsaseychelles.sc');
    await form.getByRole('spinbutton', { name: /^Deadline in days/ }).fill('30');
    await form.getByRole('button', { name: 'Add venue' }).click();
    const card = dialog.getByRole('article', { name: 'Seychelles FSA' });
    await expect(card).toContainText('Added by me');
    await expect(card.getByRole('link', { name: /fsaseychelles\.sc/ })).toHaveAttribute('href', 'https://fsaseychelles.sc/');
    await expect(dialog.getByRole('alert').filter({ hasText: en.noVenueWarning })).toHaveCount(0);

    await card.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this venue?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(card).toBeHidden();
    await expect(dialog.getByRole('alert')).toContainText(en.noVenueWarning);
    await expect(dialog).toBeVisible();
  });

  test('a venue’s upload limits are shown as the venue states them', async ({ page, serverUrl }) => {
    await seed(page, serverUrl, { jurisdiction: 'HK' });
    await openTicket(page, serverUrl, 'en');
    await page.getByRole('complementary', { name: en.details }).getByRole('button', { name: en.whereToComplain }).click();
    const sfc = page.getByRole('dialog', { name: en.venuesDialog }).getByRole('article', { name: /Securities and Futures Commission/ });
    await expect(sfc).toContainText('At most 4 files of 4 MB each (JPEG, PDF)');
  });
});
