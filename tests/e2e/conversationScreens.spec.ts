/**
 * Screens of the conversation log to look at, not assertions: the import preview, search results, the
 * response figures and checklist, the call form and the home scorecards, in English and Chinese (light)
 * and English dark. Only with CASEFILE_UI_SHOTS=1; pictures go to $CASEFILE_UI_SHOTS_DIR.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sharedFixture, test, type ServerInfo } from './fixtures';
import { openTicketPage } from './evidencePage';
import { at, seedRealisticCase } from './realisticCase';
import { seedClient } from './seed';
import { CONV_EN, CONV_ZH, type ConversationLabels } from './conversationLabels';

const OUT = process.env.CASEFILE_UI_SHOTS_DIR ?? path.join(tmpdir(), 'casefile-ui-shots');

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function tour(page: Page, server: ServerInfo, L: ConversationLabels, prefix: string) {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedRealisticCase(api, { evidence: 'tied' });
  // A second platform with its own answers, for the comparison on the home screen.
  const other = await api.call('platforms.create', {
    name: 'Kraken',
    channels: [{ kind: 'email', address: 'support@kraken.example', foundVia: 'official_website', verified: true }],
  });
  const otherTicket = await api.call('tickets.create', { platformId: other.id, title: 'USDT withdrawal pending', category: 'withdrawal_delayed' });
  for (const [author, channel, minutes] of [
    ['me', 'email', 0],
    ['agent', 'email', 190],
    ['me', 'live_chat', 300],
    ['agent', 'live_chat', 306],
  ] as const) {
    await api.call('log.add', {
      ticketId: otherTicket.id,
      author,
      channel,
      text: author === 'me' ? 'Where is my withdrawal?' : 'We are checking.',
      occurredAt: new Date(Date.parse(at(3, 9, 0)) + minutes * 60_000).toISOString(),
    });
  }
  mkdirSync(OUT, { recursive: true });

  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: L.scorecardsTitle })).toBeVisible();
  await page.getByRole('main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await shot(page, `${prefix}-home-scorecards`);

  await openTicketPage(page, server, ticketId);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: L.responseTimes })).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, `${prefix}-ticket`);
  await page.getByRole('heading', { name: L.prepareTitle }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, `${prefix}-ticket-panel-figures`);

  // Capture: an entry logged after the fact, then the phone call form.
  await page.getByRole('button', { name: L.setTime }).click();
  await shot(page, `${prefix}-capture-time`);
  await page.getByRole('button', { name: L.useNow }).click();
  await page.getByRole('button', { name: L.phoneCall, exact: true }).click();
  await page.getByRole('textbox', { name: L.numberDialled }).fill('+1 800 555 0199');
  await page.getByRole('button', { name: L.startTimer }).click();
  await page.waitForTimeout(1200);
  await shot(page, `${prefix}-call`);
  await page.getByRole('button', { name: L.discardCall }).click();

  // Import preview of the WhatsApp export.
  await page.getByRole('button', { name: L.importButton }).click();
  const dialog = page.getByRole('dialog', { name: L.importTitle });
  await dialog.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('whatsapp-android-en.txt'));
  await expect(dialog.getByRole('combobox', { name: L.whichIsMe })).toBeVisible();
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption('Alex Chen');
  await expect(dialog.getByRole('button', { name: L.importN(8) })).toBeEnabled();
  await shot(page, `${prefix}-import-preview`);
  await page.keyboard.press('Escape');

  // Search results.
  await page.keyboard.press('ControlOrMeta+k');
  const search = page.getByRole('dialog', { name: L.searchTitle });
  await search.getByRole('combobox', { name: L.searchLabel }).fill(L.searchSample);
  await expect(search.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await shot(page, `${prefix}-search`);
  await search.getByRole('combobox', { name: L.searchLabel }).fill('zzzz-nothing');
  await expect(search.getByText(L.nothingFound)).toBeVisible();
  await shot(page, `${prefix}-search-empty`);
}

for (const [L, scheme] of [
  [CONV_EN, 'light'],
  [CONV_ZH, 'light'],
  [CONV_EN, 'dark'],
] as const) {
  test.describe(`conversation ${L.locale} ${scheme}`, () => {
    test.use({ locale: L.locale, colorScheme: scheme, viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai' });
    test(`conversation screens ${L.locale} ${scheme}`, async ({ page, server }) => {
      test.skip(process.env.CASEFILE_UI_SHOTS !== '1', 'Set CASEFILE_UI_SHOTS=1 to take the UI review screenshots.');
      await tour(page, server, L, `conv-${L.locale}-${scheme}`);
    });
  });
}
