/** The keyboard: `?` lists the shortcuts, Escape closes, Ctrl/⌘+N and Alt+N open a new ticket. */
import { expect, test } from './fixtures';
import { en } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });

test('shortcuts open and close dialogs', async ({ page, serverUrl }) => {
  await seedTicket(seedClient(page.request, serverUrl));
  await page.goto(serverUrl);
  await expect(page.getByRole('heading', { name: 'Open tickets' })).toBeVisible();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Switch author/ })).toContainText('Alt');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  const newTicket = page.getByRole('dialog', { name: en.openTicketDialog });
  await page.keyboard.press('ControlOrMeta+n');
  await expect(newTicket).toBeVisible();
  // The form starts in the title field, ready for typing.
  await expect(newTicket.getByRole('textbox', { name: en.ticketTitle })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(newTicket).toBeHidden();

  await page.keyboard.press('Alt+n');
  await expect(newTicket).toBeVisible();
  await newTicket.getByRole('button', { name: 'Cancel' }).click();
  await expect(newTicket).toBeHidden();

  // Typing "?" in a field is just text.
  await page.getByRole('navigation').getByRole('link', { name: /Withdrawal of 0\.5 BTC/ }).click();
  const capture = page.getByRole('textbox', { name: en.message, exact: true });
  await capture.fill('Why?');
  await capture.press('?');
  await expect(shortcuts).toBeHidden();
  await expect(capture).toHaveValue('Why??');
});
