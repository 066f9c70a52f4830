/**
 * "Verify a dossier" against the real web-mode server: an exported ZIP is intact; the same ZIP with one
 * entry rewritten lists that file as changed; one with a file removed and one added lists both; a file
 * that is not a ZIP gets a clear, translated error; the dialog in Chinese.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import yazl from 'yazl';
import { expect, test, type ServerInfo } from './fixtures';
import { dropFiles } from './evidencePage';
import { makePng } from './files';
import { en, zh } from './labels';
import { seedClient, seedTicket } from './seed';
import { readZip } from './zip';

/** A ticket with a conversation and a screenshot, exported through the API as the dossier ZIP. */
async function exportedDossier(page: Page, server: ServerInfo): Promise<Map<string, Buffer>> {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  await api.call('log.add', { ticketId, author: 'me', text: '我的提现还没有到账。' });
  await api.call('log.add', { ticketId, author: 'agent', text: 'Your withdrawal is under review.' });
  await api.upload(ticketId, 'withdrawal-pending.png', makePng(320, 200, 3));
  const url = new URL(server.url);
  const response = await page.request.post(`${url.origin}/api/export.zip`, {
    headers: { Authorization: `Bearer ${url.searchParams.get('token')}` },
    data: { ticketId },
  });
  expect(response.ok()).toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-verify-'));
  try {
    const zipPath = path.join(dir, 'dossier.zip');
    writeFileSync(zipPath, await response.body());
    return await readZip(zipPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The entries written back as a ZIP (yazl), in the order given. */
async function zipOf(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of files) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function openVerify(page: Page, server: ServerInfo, button = 'Verify a dossier') {
  await page.goto(server.url);
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: button === 'Verify a dossier' ? 'Verify a dossier' : '核验维权档案' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const zipFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'application/zip', buffer });

test.describe('in English', () => {
  test.use({ locale: en.locale });

  test('an exported dossier is intact; a rewritten entry is listed as changed', async ({ page, server }) => {
    const files = await exportedDossier(page, server);
    const dialog = await openVerify(page, server);
    await expect(dialog.getByText(/compared with the fingerprints in its manifest\.json and SHA256SUMS/)).toBeVisible();

    const chooser = dialog.getByLabel('Choose a dossier ZIP');
    await chooser.setInputFiles(zipFile('dossier.zip', await zipOf(files)));
    await expect(dialog.getByText('Intact: nothing was changed')).toBeVisible();
    // Every entry but SHA256SUMS itself is checked.
    await expect(dialog.getByText(`All ${files.size - 1} files match manifest.json and SHA256SUMS.`)).toBeVisible();
    await expect(dialog.getByText('Not masked')).toBeVisible();
    await expect(dialog.getByText(/^\d+\.\d+\.\d+/)).toBeVisible(); // the app version that exported it

    // One entry rewritten: the same name, other bytes.
    const tampered = new Map(files);
    const transcript = tampered.get('transcript.html')!;
    tampered.set('transcript.html', Buffer.from(transcript.toString('utf8').replace('under review', 'approved')));
    await chooser.setInputFiles(zipFile('dossier-tampered.zip', await zipOf(tampered)));
    await expect(dialog.getByText('This dossier was changed')).toBeVisible();
    await expect(dialog.getByRole('heading', { name: '1 file changed' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'transcript.html' })).toBeVisible();
  });

  test('a removed and an added file are both listed; dropping the ZIP works too', async ({ page, server }) => {
    const files = await exportedDossier(page, server);
    const changed = new Map(files);
    const evidence = [...changed.keys()].find((name) => name.startsWith('evidence/'))!;
    changed.delete(evidence);
    changed.set('evidence/extra-screenshot.png', makePng(10, 10, 9));
    const dialog = await openVerify(page, server);
    await dropFiles(page, dialog.locator('.zip-drop'), [{ name: 'dossier.zip', type: 'application/zip', bytes: await zipOf(changed) }]);
    await expect(dialog.getByText('This dossier was changed')).toBeVisible();
    await expect(dialog.getByRole('heading', { name: '1 file missing' })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: '1 file added' })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: evidence })).toBeVisible();
    await expect(dialog.getByRole('listitem').filter({ hasText: 'evidence/extra-screenshot.png' })).toBeVisible();
  });

  test('a file that is not a ZIP gets a clear error', async ({ page, server }) => {
    const dialog = await openVerify(page, server);
    await dialog.getByLabel('Choose a dossier ZIP').setInputFiles(zipFile('notes.zip', Buffer.from('just some text, not an archive')));
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('That did not work');
    await expect(dialog.getByText('Intact: nothing was changed')).toHaveCount(0);
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: zh.locale });

  test('核验对话框是中文的', async ({ page, server }) => {
    const files = await exportedDossier(page, server);
    const dialog = await openVerify(page, server, '核验档案');
    await dialog.getByLabel('选择档案 ZIP 文件').setInputFiles(zipFile('dossier.zip', await zipOf(files)));
    await expect(dialog.getByText('完好：内容没有被改动')).toBeVisible();
    await expect(dialog.getByText(`全部 ${files.size - 1} 个文件均与 manifest.json 和 SHA256SUMS 一致。`)).toBeVisible();
    await expect(dialog.getByText('未遮盖')).toBeVisible();
    await dialog.getByText('不用 Casefile 怎么核验').click();
    await expect(dialog.getByText('sha256sum -c SHA256SUMS', { exact: true })).toBeVisible();
  });
});
