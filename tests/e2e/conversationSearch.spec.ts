/**
 * Search (Ctrl/⌘+K): Chinese two-character queries, English in any case, a 6-character piece of a txid,
 * hostile input that must never raise an error, filters, and opening a result at its entry on a long
 * timeline.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { CONV_EN as L } from './conversationLabels';
import { en } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });

const TXID = '0x8f3c2a9b7e1d4c6f5a2b8e9d0c1f3a5b7d9e2c4a6b8d0f1e3c5a7b9d2e4f6a8b';

/** One ticket with 160 ordinary messages and four worth finding, spread through the middle. */
async function seedSearchable(page: Page, server: ServerInfo) {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api, 'USDT deposit not credited');
  const start = Date.parse('2024-03-01T01:00:00Z');
  const ids: Record<string, number> = {};
  const special: Record<number, { key: string; author: 'me' | 'agent'; text: string; channel: 'live_chat' | 'email' }> = {
    40: { key: 'zh', author: 'me', channel: 'live_chat', text: '充值的 0.35 ETH 到现在还没到账，请帮我查一下。' },
    80: { key: 'escalated', author: 'agent', channel: 'email', text: 'Your case has been ESCALATED to a senior agent.' },
    100: { key: 'txid', author: 'me', channel: 'live_chat', text: `TXID: ${TXID}` },
    120: { key: 'agentZh', author: 'agent', channel: 'live_chat', text: '客服 Anna：已为您提交给技术团队核实。' },
  };
  for (let i = 0; i < 160; i++) {
    const s = special[i];
    const { id } = await api.call('log.add', {
      ticketId,
      author: s?.author ?? (i % 2 ? 'agent' : 'me'),
      agentName: (s?.author ?? (i % 2 ? 'agent' : 'me')) === 'agent' ? 'Lily' : undefined,
      channel: s?.channel ?? 'live_chat',
      text: s?.text ?? `Follow-up number ${i}: still waiting for the deposit.`,
      occurredAt: new Date(start + i * 7 * 60_000).toISOString(),
      timeZone: 'Asia/Shanghai',
    });
    if (s) ids[s.key] = id;
  }
  return { ticketId, ids };
}

async function openSearch(page: Page) {
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: L.searchTitle });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: L.searchLabel });
  await expect(input).toBeFocused();
  return { dialog, input, results: dialog.getByRole('listbox', { name: 'Results' }).getByRole('option') };
}

async function expectHit(results: Locator, text: string, marked: string) {
  const hit = results.filter({ hasText: text });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText(marked);
}

test('finds Chinese, English in any case, and txid fragments; hostile input is just text', async ({ page, server }) => {
  await seedSearchable(page, server);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Open tickets' })).toBeVisible();
  const { dialog, input, results } = await openSearch(page);
  await expect(dialog.getByText(/Search messages, call summaries/)).toBeVisible();

  await input.fill('到账');
  await expectHit(results, '还没到账', '到账');
  await input.fill('客服');
  await expectHit(results, '客服 Anna', '客服');
  await input.fill('escalated');
  await expectHit(results, 'Your case has been ESCALATED', 'ESCALATED');
  await input.fill('9e2c4a');
  await expectHit(results, 'TXID', '9e2c4a');
  await expect(results.filter({ hasText: 'TXID' })).toContainText('USDT deposit not credited');

  for (const hostile of ['(((', '"', '*', 'OR', 'a AND (b', "'; DROP TABLE entries; --", '\\']) {
    await input.fill(hostile);
    await expect(dialog.getByText(/^Nothing found for|results?$/).first()).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  }
  await input.fill('zzqqxx');
  await expect(dialog.getByText('Nothing found for "zzqqxx".')).toBeVisible();
  await expect(dialog.getByText(/type any 6 or more characters/)).toBeVisible();

  // Filters narrow the results: only the platform's side.
  await input.fill('still waiting');
  await expect(results.first()).toBeVisible();
  await dialog.getByRole('combobox', { name: 'From', exact: true }).selectOption({ label: 'Agent' });
  await expect
    .poll(async () => {
      const texts = await results.allTextContents();
      return texts.length > 0 && texts.every((text) => /number \d*[13579]:/.test(text));
    })
    .toBe(true);
  await dialog.getByRole('button', { name: 'Clear filters' }).click();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a result opens the ticket scrolled to its entry, highlighted', async ({ page, server }) => {
  const { ticketId, ids } = await seedSearchable(page, server);
  await page.goto(`${server.url}#/tickets/${ticketId}`);
  const timeline = page.getByRole('region', { name: en.timeline });
  // The newest message is at the bottom; the one we look for is far above.
  await expect(timeline.getByText('Follow-up number 159')).toBeInViewport();
  const target = timeline.getByRole('article').filter({ hasText: 'ESCALATED' });
  await expect(target).toHaveCount(0);

  const { input, results, dialog } = await openSearch(page);
  await input.fill('Escalated');
  await expect(results).toHaveCount(1);
  await results.first().click();
  await expect(dialog).toBeHidden();
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  expect(new URL(page.url()).hash).toBe(`#/tickets/${ticketId}`);

  // The keyboard way: ↓ and Enter, from another ticket's page.
  await page.goto(`${server.url}#/`);
  await expect(page.getByRole('heading', { name: 'Open tickets' })).toBeVisible();
  const again = await openSearch(page);
  await again.input.fill('到账');
  await expect(again.results).toHaveCount(1);
  await again.input.press('ArrowDown');
  await again.input.press('Enter');
  const chinese = timeline.getByRole('article').filter({ hasText: '还没到账' });
  await expect(chinese).toBeInViewport();
  await expect(page.locator(`[data-entry-id="${ids.zh}"]`)).toBeVisible();
});
