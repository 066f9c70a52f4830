/** The language switch changes labels, dates and <html lang>, and is remembered. */
import { expect, test } from './fixtures';
import { en, zh } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale, timezoneId: 'Asia/Shanghai' });

test('switching to Chinese translates labels and dates, and sticks after a reload', async ({ page, serverUrl }) => {
  const api = seedClient(page.request, serverUrl);
  const ticketId = await seedTicket(api);
  // 02:15 UTC is 10:15 in Shanghai, on Monday 3 March 2025.
  await api.call('log.add', {
    ticketId,
    author: 'agent',
    text: 'Your withdrawal is being processed.',
    occurredAt: '2025-03-03T02:15:00Z',
    timeZone: 'Asia/Shanghai',
  });

  await page.goto(serverUrl);
  await page.getByRole('navigation').getByRole('link', { name: /Withdrawal of 0\.5 BTC/ }).click();
  const timeline = page.getByRole('region', { name: en.timeline });
  await expect(timeline.getByRole('heading', { name: 'Monday, March 3rd, 2025' })).toBeVisible();
  await expect(timeline.getByText('10:15 AM')).toBeVisible();
  await expect(page.getByRole('button', { name: en.newTicket })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('combobox', { name: en.language }).selectOption({ label: '简体中文' });

  const zhTimeline = page.getByRole('region', { name: zh.timeline });
  await expect(zhTimeline.getByRole('heading', { name: '2025年3月3日 星期一' })).toBeVisible();
  await expect(zhTimeline.getByText('上午 10:15')).toBeVisible();
  await expect(page.getByRole('button', { name: zh.newTicket })).toBeVisible();
  await expect(page.getByRole('button', { name: en.newTicket })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: zh.details }).getByText('提现延迟')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  await expect(page.getByRole('button', { name: zh.newTicket })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
