/**
 * The README's screenshots (docs/screenshot.png, docs/screenshot-zh.png): a realistic ticket at
 * 1280×800 in the light theme. Only with CASEFILE_SCREENSHOTS=1, since they rewrite files in docs/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, sharedFixture, test } from './fixtures';
import { en, zh } from './labels';
import { seedClient } from './seed';

test.use({ locale: en.locale, viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: 'Asia/Shanghai' });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `daysAgo` days before now at a fixed local (Shanghai, UTC+8) wall-clock time. */
function at(daysAgo: number, hour: number, minute: number): string {
  const date = new Date(Date.now() - daysAgo * DAY);
  date.setUTCHours(hour - 8, minute, 0, 0);
  return date.toISOString();
}

async function seedRealisticCase(api: ReturnType<typeof seedClient>): Promise<number> {
  const platform = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    website: 'https://www.nexa.example',
    officialDomains: ['nexa.example', 'support.nexa.example'],
    channels: [
      { kind: 'live_chat', address: 'https://support.nexa.example/chat', foundVia: 'official_website', verified: true },
      { kind: 'email', address: 'support@nexa.example', foundVia: 'user_agreement', verified: true },
    ],
  });

  const closed = await api.call('tickets.create', {
    platformId: platform.id,
    title: 'Deposit of 300 USDT not credited',
    category: 'deposit_not_credited',
    openedAt: at(20, 14, 2),
    transactions: [{ asset: 'USDT', amount: '300', network: 'TRC20' }],
  });
  await api.call('tickets.update', { id: closed.id, status: 'resolved' });

  await api.call('tickets.create', {
    platformId: platform.id,
    title: '账户被冻结，要求补充资金来源证明',
    category: 'account_frozen',
    openedAt: at(1, 16, 40),
    transactions: [{ asset: 'USDT', amount: '12500', network: 'ERC20' }],
  });

  const ticket = await api.call('tickets.create', {
    platformId: platform.id,
    title: 'Withdrawal of 0.5 BTC stuck in review',
    category: 'withdrawal_delayed',
    status: 'waiting_platform',
    platformRefs: ['NX-2024-118823'],
    openedAt: at(2, 9, 10),
    desiredOutcome: 'Release the 0.5 BTC to my own wallet, or return it to my Nexa balance.',
    transactions: [
      {
        asset: 'BTC',
        amount: '0.5',
        network: 'Bitcoin',
        orderId: 'W-88123',
        txid: '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
        occurredAt: at(3, 21, 5),
      },
    ],
  });
  const ticketId = ticket.id;
  const entry = (input: Record<string, unknown>) => api.call('log.add', { ticketId, timeZone: 'Asia/Shanghai', ...input });

  await entry({
    author: 'me',
    channel: 'live_chat',
    occurredAt: at(2, 9, 12),
    text: 'Hi, I withdrew 0.5 BTC to my own wallet two days ago (order W-88123) and it still shows "Processing". Can you check what is wrong?',
  });
  await entry({
    author: 'agent',
    agentName: 'Lily',
    channel: 'live_chat',
    occurredAt: at(2, 9, 20),
    text: 'Thank you for contacting Nexa Support. Your withdrawal is under review by our risk control team. Please allow 24–48 hours.',
  });
  await entry({
    author: 'note',
    occurredAt: at(2, 9, 26),
    text: 'Lily gave no reason. Asked for a case number: NX-2024-118823. 要求书面说明审核原因。',
  });
  await entry({
    author: 'me',
    channel: 'email',
    occurredAt: at(0, 10, 3),
    text: 'It has been 48 hours. Please tell me the exact reason for the review and the date my 0.5 BTC will be released.\n您好，已经超过 48 小时，请说明具体原因和放行日期。',
  });
  await entry({
    author: 'agent',
    agentName: 'Nexa Support',
    channel: 'email',
    occurredAt: at(0, 11, 47),
    text: '您好，您的案件已升级至高级审核团队，我们将在 3 个工作日内答复。We have escalated your case to the senior review team.',
  });
  const evidence = await api.upload(ticketId, 'screenshot-withdrawal-pending.png', readFileSync(sharedFixture('screenshot-withdrawal-pending.png')), Date.now() - 2 * DAY);
  expect(evidence.id).toBeGreaterThan(0);
  return ticketId;
}

async function waitForThumbnails(page: Page) {
  const images = page.getByRole('img', { name: 'screenshot-withdrawal-pending.png' });
  await expect(images).toHaveCount(2);
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
}

test('README screenshots in English and Chinese', async ({ page, serverUrl }) => {
  test.skip(process.env.CASEFILE_SCREENSHOTS !== '1', 'Set CASEFILE_SCREENSHOTS=1 to rewrite docs/screenshot*.png.');
  const api = seedClient(page.request, serverUrl);
  const ticketId = await seedRealisticCase(api);
  const docs = path.join(repoRoot, 'docs');
  mkdirSync(docs, { recursive: true });

  await page.goto(serverUrl);
  await page.evaluate((id) => (window.location.hash = `#/tickets/${id}`), ticketId);
  await expect(page.getByRole('heading', { level: 1, name: 'Withdrawal of 0.5 BTC stuck in review' })).toBeVisible();
  await waitForThumbnails(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(docs, 'screenshot.png') });

  await page.getByRole('combobox', { name: en.language }).selectOption({ label: '简体中文' });
  await expect(page.getByRole('button', { name: zh.newTicket })).toBeVisible();
  await waitForThumbnails(page);
  await page.screenshot({ path: path.join(docs, 'screenshot-zh.png') });
});
