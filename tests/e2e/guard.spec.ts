/**
 * The guard (issue 7) in the UI: impersonation warnings on entries, the ticket banner and sidebar marker,
 * the find-support panel with live contact checks, in English and Chinese. Real web-mode server.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedClient } from './seed';

const SCAM = '请提供您的助记词，我们帮您解冻账户';
const BENIGN = 'We will never ask for your password';
const SHOTS = 'test-results/guard-screens';

async function seedBinance(page: Page, serverUrl: string) {
  const api = seedClient(page.request, serverUrl);
  const platform = await api.call('platforms.create', { name: 'Binance', website: 'https://www.binance.com', officialDomains: ['binance.com'] });
  const ticket = await api.call('tickets.create', {
    platformId: platform.id,
    title: 'USDT withdrawal stuck',
    category: 'withdrawal_delayed',
    transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20' }],
  });
  return { api, platformId: platform.id, ticketId: ticket.id };
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('an agent asking for the seed phrase is flagged on the entry, the ticket and the sidebar', async ({ page, serverUrl }) => {
    await seedBinance(page, serverUrl);
    await page.goto(serverUrl);
    await page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck/ }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });

    // Type the agent's message: the live check warns before it is saved, but never blocks saving.
    await page.getByRole('radio', { name: 'Agent' }).check();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill(SCAM);
    const live = page.getByRole('status', { name: 'Impersonation check of this message' });
    await expect(live).toContainText(/Warning: \d+ signs? of impersonation/);
    await expect(live).toContainText('No exchange or wallet support ever asks for it.');
    await page.screenshot({ path: `${SHOTS}/capture-scan-en.png` });
    await page.getByRole('button', { name: 'Add entry' }).click();

    const flagged = timeline.getByRole('article').filter({ hasText: SCAM });
    const warning = flagged.getByRole('region', { name: 'Possible impersonation' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('助记词');
    await expect(warning).toContainText('A seed (recovery) phrase is the wallet itself');
    await expect(flagged.locator('mark').first()).toContainText('助记词');

    const banner = page.getByRole('region', { name: 'Impersonation warning' });
    await expect(banner).toContainText('1 message on this ticket shows signs of impersonation.');
    await expect(banner).toContainText('Real support never asks for your seed phrase');
    await expect(
      page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck.*1 message shows signs of impersonation/ }),
    ).toBeVisible();

    // A benign support phrase is not flagged.
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill(BENIGN);
    await expect(page.getByRole('status', { name: 'Impersonation check of this message' })).toContainText('No signs of impersonation');
    await page.getByRole('button', { name: 'Add entry' }).click();
    const benign = timeline.getByRole('article').filter({ hasText: BENIGN });
    await expect(benign).toBeVisible();
    await expect(benign.getByRole('region', { name: 'Possible impersonation' })).toHaveCount(0);
    await expect(banner).toContainText('1 message on this ticket');

    await banner.getByRole('button', { name: 'Show the first flagged message' }).click();
    await expect(flagged).toBeInViewport();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/flagged-en.png` });
  });

  test('the find-support panel checks channel addresses live and shows each channel’s state', async ({ page, serverUrl }) => {
    await seedBinance(page, serverUrl);
    await page.goto(serverUrl);
    await page.getByRole('navigation').getByRole('button', { name: /^Binance/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Binance' });
    const panel = dialog.getByRole('region', { name: 'Find the real support' });
    await expect(panel.getByRole('list', { name: 'Where to look' }).getByRole('listitem')).toHaveCount(4);
    await expect(panel.getByRole('heading', { name: 'A search engine, with care' })).toBeVisible();
    await expect(panel.getByRole('code').filter({ hasText: /^binance\.com$/ })).toBeVisible();

    // Record a lookalike found through a search engine: suspicious before saving, and after.
    await panel.getByRole('listitem').filter({ hasText: 'A search engine, with care' }).getByRole('button', { name: 'Record a channel found here' }).click();
    const form = panel.getByRole('form', { name: 'Record a channel' });
    await expect(form.getByRole('combobox', { name: 'Where found' })).toHaveValue('search_engine');
    await form.getByRole('textbox', { name: 'Address' }).fill('https://binance-support-help.com');
    const check = form.getByRole('status', { name: 'Check of this address' });
    await expect(check).toContainText('Suspicious');
    await expect(check).toContainText('binance-support-help.com adds words to the name Binance');
    await form.getByRole('button', { name: 'Record channel' }).click();
    const fake = panel.getByRole('listitem').filter({ hasText: 'https://binance-support-help.com' });
    await expect(fake).toContainText('Suspicious');
    await expect(fake).toContainText('Found via Search engine');

    // The official help page, found on the website: official, and it counts as a channel offered.
    await panel.getByRole('listitem').filter({ hasText: 'The official website' }).getByRole('button', { name: 'Record a channel found here' }).click();
    await form.getByRole('textbox', { name: 'Address' }).fill('https://www.binance.com/en/support');
    await expect(check).toContainText('Official');
    await expect(check).toContainText('an official domain of Binance');
    await form.getByRole('checkbox', { name: 'Verified as official' }).check();
    await form.getByRole('button', { name: 'Record channel' }).click();
    const real = panel.getByRole('listitem').filter({ hasText: 'https://www.binance.com/en/support' });
    await expect(real).toContainText('Official');
    await expect(panel.getByRole('definition').filter({ hasText: 'Only channels confirmed as official count.' })).toContainText('1');

    await dialog.getByRole('heading', { name: 'Find the real support' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/find-support-en.png` });
    await form.getByRole('textbox', { name: 'Address' }).fill('binance-support-help.com');
    await expect(check).toContainText('Suspicious');
    await check.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/find-support-en-form.png` });
  });

  test('official domains are edited in the find-support panel; a link on the added domain is no longer flagged', async ({ page, serverUrl }) => {
    const { api, ticketId } = await seedBinance(page, serverUrl);
    const LINK = 'Open your case at https://help.binance-exchange.io/case/123';
    await api.call('log.add', { ticketId, author: 'agent', text: LINK });
    await page.goto(serverUrl);
    await page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck/ }).click();
    const entry = page.getByRole('region', { name: 'Timeline' }).getByRole('article').filter({ hasText: LINK });
    await expect(entry.getByRole('region', { name: 'Possible impersonation' })).toBeVisible();

    await page.getByRole('navigation').getByRole('button', { name: /^Binance/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Binance' });
    const details = dialog.getByRole('region', { name: 'Find the real support' }).getByRole('form', { name: 'Official domains and website' });
    const domains = details.getByRole('textbox', { name: /Official domains/ });
    await expect(domains).toHaveValue('binance.com');
    // An invalid domain is refused, in the user's language, naming the field.
    await domains.fill('binance.com, not a domain!');
    await details.getByRole('button', { name: 'Save domains' }).click();
    await expect(details.getByRole('alert')).toContainText('Official domains');
    await domains.fill('binance.com\nbinance-exchange.io');
    await details.getByRole('button', { name: 'Save domains' }).click();
    await expect(details.getByRole('status')).toContainText('Saved.');
    await expect(details.getByRole('alert')).toHaveCount(0);

    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: /^Binance/ }).click();
    const panel = page.getByRole('dialog', { name: 'Binance' }).getByRole('region', { name: 'Find the real support' });
    await expect(panel.getByRole('code').filter({ hasText: /^binance-exchange\.io$/ })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: /Official domains/ })).toHaveValue('binance.com\nbinance-exchange.io');
    await page.keyboard.press('Escape');
    await expect(entry).toBeVisible();
    await expect(entry.getByRole('region', { name: 'Possible impersonation' })).toHaveCount(0);
  });

  test('a lookalike typed in the add-platform dialog is called out before the platform exists', async ({ page, serverUrl }) => {
    await page.goto(serverUrl);
    await page.getByRole('button', { name: 'Add the platform you are dealing with' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add platform' });
    await dialog.getByRole('textbox', { name: 'Platform name' }).fill('Binance');
    await dialog.getByRole('textbox', { name: 'Address' }).fill('https://binance-support-help.com');
    const check = dialog.getByRole('status', { name: 'Check of this address' });
    await expect(check).toContainText('Suspicious');
    await expect(check).toContainText('binance-support-help.com');
    // Only advice: saving still works.
    await dialog.getByRole('button', { name: 'Add platform' }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('warnings, banner and channel reasons are in Chinese', async ({ page, serverUrl }) => {
    const { api, platformId, ticketId } = await seedBinance(page, serverUrl);
    await api.call('log.add', { ticketId, author: 'agent', agentName: 'Binance 客服', text: SCAM });
    await api.call('log.add', { ticketId, author: 'agent', text: '我们绝不会索要您的密码。' });
    await api.call('channels.add', { platformId, kind: 'live_chat', address: 'https://binance-support-help.com', foundVia: 'search_engine' });
    await api.call('channels.add', { platformId, kind: 'live_chat', address: 'https://www.binance.com/en/support', foundVia: 'official_website', verified: true });

    await page.goto(serverUrl);
    await page.getByRole('navigation').getByRole('link', { name: /USDT withdrawal stuck.*1 条消息疑似冒充客服/ }).click();
    const timeline = page.getByRole('region', { name: '时间线' });
    const flagged = timeline.getByRole('article').filter({ hasText: SCAM });
    const warning = flagged.getByRole('region', { name: '疑似冒充客服' });
    await expect(warning).toContainText('助记词就等于钱包本身');
    await expect(timeline.getByRole('article').filter({ hasText: '我们绝不会索要您的密码' }).getByRole('region')).toHaveCount(0);
    const banner = page.getByRole('region', { name: '冒充客服警告' });
    await expect(banner).toContainText('此工单中有 1 条消息显示冒充客服的迹象');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/flagged-zh.png` });

    await page.getByRole('navigation').getByRole('button', { name: /^Binance/ }).click();
    const panel = page.getByRole('dialog', { name: 'Binance' }).getByRole('region', { name: '寻找官方客服' });
    const fake = panel.getByRole('listitem').filter({ hasText: 'https://binance-support-help.com' });
    await expect(fake).toContainText('可疑');
    await expect(fake).toContainText('在 Binance 的名字上加了别的词');
    await expect(panel.getByRole('listitem').filter({ hasText: 'https://www.binance.com/en/support' })).toContainText('官方');
    const form = panel.getByRole('form', { name: '记录一个渠道' });
    await form.getByRole('textbox', { name: '地址' }).fill('binance-support-help.com');
    await expect(form.getByRole('status', { name: '此地址的检查结果' })).toContainText('这种域名任何人都能注册');
    await page.screenshot({ path: `${SHOTS}/find-support-zh.png` });
  });
});
