/** What the user typed survives a reload: the data (server side) and the capture box's draft (local). */
import { expect, test } from './fixtures';
import { en } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });

test('a reload keeps the open ticket, its entries and the unsent draft', async ({ page, serverUrl }) => {
  const api = seedClient(page.request, serverUrl);
  const ticketId = await seedTicket(api);
  await api.call('log.add', { ticketId, author: 'me', text: 'Already sent: where is my 0.5 BTC?' });

  await page.goto(serverUrl);
  await page.getByRole('navigation').getByRole('link', { name: /Withdrawal of 0\.5 BTC not received/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Withdrawal of 0.5 BTC not received' })).toBeVisible();

  const draft = '草稿 draft: the agent promised an answer within 24 hours';
  await page.getByRole('radio', { name: en.agent }).check();
  await page.getByRole('textbox', { name: en.agentName }).fill('Lily');
  await page.getByRole('textbox', { name: en.message, exact: true }).fill(draft);

  await page.reload();

  await expect(page).not.toHaveURL(/token=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Withdrawal of 0.5 BTC not received' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: en.timeline }).getByRole('article').filter({ hasText: 'Already sent: where is my 0.5 BTC?' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: en.message, exact: true })).toHaveValue(draft);
  await expect(page.getByRole('radio', { name: en.agent })).toBeChecked();
  await expect(page.getByRole('textbox', { name: en.agentName })).toHaveValue('Lily');

  // Sent, the draft is gone for good: another reload shows an empty box.
  await page.getByRole('button', { name: en.addEntry }).click();
  await expect(page.getByRole('region', { name: en.timeline }).getByRole('article').filter({ hasText: draft })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: en.message, exact: true })).toHaveValue('');
});
