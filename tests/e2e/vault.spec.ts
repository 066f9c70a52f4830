/**
 * "Check the vault": intact, then a file altered on disk is reported, then a stray file is listed as an
 * orphan and removed after a confirmation. The progress display and Cancel are checked against a
 * slowed-down job, and the size limit setting against its validation.
 */
import { appendFileSync, chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { en } from './labels';
import { openTicketPage } from './evidencePage';
import { makePng } from './files';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });

async function openVault(page: Page) {
  await page.getByRole('button', { name: 'Vault & settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evidence vault and settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('check the vault: intact, then an altered file, then orphans removed after confirmation', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const png = makePng(300, 200, 5);
  const stored = await api.upload(ticketId, 'withdrawal-status.png', png);
  await api.upload(ticketId, 'second.png', makePng(100, 100, 6));
  await page.goto(server.url);

  // From the home screen.
  await page.getByRole('button', { name: 'Check the vault…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Evidence vault and settings' });
  await dialog.getByRole('button', { name: 'Check the vault', exact: true }).click();
  await expect(dialog.getByText('All files intact')).toBeVisible();
  await expect(dialog.getByText(/^2 files \([\d.]+ KB\) checked: each matches its fingerprint\.$/)).toBeVisible();

  // Someone changes a stored file behind Casefile's back.
  const { sha256 } = await api.call<{ sha256: string }>('evidence.get', { id: stored.id });
  const file = path.join(server.dataDir, 'evidence', sha256.slice(0, 2), sha256.slice(2));
  chmodSync(file, 0o644);
  appendFileSync(file, Buffer.from([0]));
  await dialog.getByRole('button', { name: 'Check again' }).click();
  await expect(dialog.getByText('Problems found')).toBeVisible();
  const altered = dialog.getByRole('region', { name: 'Altered files (1)' });
  await expect(altered).toContainText('withdrawal-status.png');
  await expect(altered.getByRole('link', { name: `Open ticket #${ticketId}` })).toBeVisible();

  // A stray file in the vault.
  const strayDir = path.join(server.dataDir, 'evidence', 'ee');
  const stray = path.join(strayDir, 'e'.repeat(62));
  mkdirSync(strayDir, { recursive: true });
  writeFileSync(stray, Buffer.alloc(2048, 1));
  await dialog.getByRole('button', { name: 'Check again' }).click();
  const orphans = dialog.getByRole('region', { name: 'Orphaned files (1)' });
  await expect(orphans).toContainText('2 KB');

  await orphans.getByRole('button', { name: 'Remove orphaned files' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove orphaned files?' });
  await expect(confirm).toContainText('Remove 1 file (2 KB) that no evidence item refers to?');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByText('Removed 1 file; 2 KB freed.')).toBeVisible();
  expect(existsSync(stray)).toBe(false);
  // The altered file is evidence, not an orphan: it stays for the user to look at.
  expect(existsSync(file)).toBe(true);

  // The ticket link goes to the ticket and closes the dialog.
  await altered.getByRole('link', { name: `Open ticket #${ticketId}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Withdrawal of 0.5 BTC not received');
});

test('the check shows files, bytes and percent while it runs, and can be cancelled', async ({ page, server }) => {
  // The real check of a small vault is over in milliseconds: the job is slowed down here.
  const progress = { done: 3, total: 12, bytesDone: 350 * 1024 * 1024, bytesTotal: 1400 * 1024 * 1024 };
  let state: 'running' | 'cancelled' = 'running';
  const job = () => ({
    id: 'job-1',
    kind: 'vault.check',
    state,
    progress,
    startedAt: new Date().toISOString(),
    finishedAt: state === 'running' ? null : new Date().toISOString(),
    result: null,
    error: null,
  });
  await page.route('**/api/vault.check', (route) => route.fulfill({ json: { jobId: 'job-1' } }));
  await page.route('**/api/jobs.get', (route) => route.fulfill({ json: job() }));
  await page.route('**/api/jobs.cancel', (route) => {
    state = 'cancelled';
    return route.fulfill({ json: job() });
  });

  await page.goto(server.url);
  const dialog = await openVault(page);
  await dialog.getByRole('button', { name: 'Check the vault', exact: true }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Vault check progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '25');
  await expect(dialog.getByText('3 of 12 files · 350 MB of 1.4 GB')).toBeVisible();
  await expect(dialog.getByText('25%')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel check' }).click();
  await expect(dialog.getByText('The check was cancelled. Nothing was changed.')).toBeVisible();
  await expect(bar).toBeHidden();
});

test('the evidence size limit is set in MB, with validation', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openVault(page);
  const limit = dialog.getByRole('textbox', { name: 'Largest file (MB)' });
  await expect(limit).toHaveValue('4096');

  await limit.fill('0');
  await limit.blur();
  await expect(dialog.getByText('At least 1 MB.')).toBeVisible();
  await limit.fill('2.5');
  await expect(dialog.getByText('Use a whole number of megabytes, e.g. 500.')).toBeVisible();
  await limit.fill('5000');
  await expect(dialog.getByText('At most 4,096 MB.')).toBeVisible();
  await limit.fill('');
  await expect(dialog.getByText('Enter a number of megabytes.')).toBeVisible();
  await limit.fill('2');
  await dialog.getByRole('button', { name: 'Save limit' }).click();
  await expect(dialog.getByText('Saved: files up to 2 MB are accepted.')).toBeVisible();
  expect((await seedClient(page.request, server.url).call<{ evidenceMaxBytes: number }>('settings.get')).evidenceMaxBytes).toBe(2 * 1024 * 1024);
  await page.keyboard.press('Escape');

  // The limit is named when a file is refused.
  await page.getByLabel(en.attachEvidence).setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024, 1) });
  await expect(page.getByRole('region', { name: 'Uploads' })).toContainText('Larger than the limit of 2 MB');
});
