/**
 * The complaint dossier, exported through its dialog against the real web-mode server: the cover facts
 * filled from the dialog's hint (profile, fiat value), a full ZIP read back (pdftotext finds the Chinese
 * and English transcript lines and every evidence hash; sha256sum -c accepts SHA256SUMS), cancelling a
 * large export (no file left in the exports folder), masking, the portal preset's limits, the fiat value
 * fields' validation, and the dialog in Chinese.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { openTicketPage } from './evidencePage';
import { makePng } from './files';
import { en, zh } from './labels';
import { seedClient, seedTicket } from './seed';
import { readZip, unpack } from './zip';

const CHINESE_LINE = '我的提现还没有到账';
const ENGLISH_LINE = 'Your withdrawal is under review';
const EMAIL = 'liwei.chen@example.com';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** pdftotext's text with all white space removed: a column may wrap a hash or a Chinese line anywhere. */
function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

type Api = ReturnType<typeof seedClient>;

/** A ticket with a Chinese and an English message, an e-mail address in the text, and two screenshots. */
async function seedDossierTicket(api: Api): Promise<{ ticketId: number; hashes: string[] }> {
  const ticketId = await seedTicket(api);
  await api.call('log.add', { ticketId, author: 'me', channel: 'live_chat', text: `${CHINESE_LINE}。` });
  await api.call('log.add', {
    ticketId,
    author: 'agent',
    agentName: 'Amy',
    channel: 'live_chat',
    text: `${ENGLISH_LINE}. We will write to ${EMAIL}.`,
  });
  const images = [makePng(640, 400, 1), makePng(480, 320, 2)];
  await api.upload(ticketId, 'withdrawal-pending.png', images[0]!);
  await api.upload(ticketId, 'chat-with-amy.png', images[1]!);
  return { ticketId, hashes: images.map(sha256) };
}

async function openExportDialog(page: Page, server: ServerInfo, ticketId: number, label = 'Export dossier…', title = 'Export the complaint dossier') {
  await openTicketPage(page, server, ticketId);
  await page.getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks Start and returns the download the dialog triggers when the job is done. */
async function startAndDownload(page: Page, dialog: Locator, start = 'Start export'): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: start }).click();
  return downloading;
}

function withWorkDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'casefile-dossier-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test.describe('in English', () => {
  test.use({ locale: en.locale });

  test('a complete dossier: cover facts from the hint, then a ZIP a third party can verify', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const { ticketId, hashes } = await seedDossierTicket(api);
    await openTicketPage(page, server, ticketId);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // Ctrl+E opens the dialog.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export the complaint dossier' });
    await expect(dialog).toBeVisible();

    // The hint says what the cover will lack.
    const hint = dialog.getByRole('complementary', { name: 'Some facts will show as “not given” on the cover' });
    await expect(hint).toContainText('Your name, contact, country.');
    await expect(hint).toContainText('Nexa Exchange: legal entity, registration or licence number, jurisdiction, your account UID.');
    await expect(hint).toContainText('The value in dispute in money');

    // The profile, filled from the hint in a dialog over the export.
    await hint.getByRole('button', { name: 'Fill in my profile' }).click();
    const profile = page.getByRole('dialog', { name: 'My profile' });
    await expect(profile).toContainText('Stored only on this computer');
    await profile.getByRole('textbox', { name: 'Full name' }).fill('Li Wei 李伟');
    await profile.getByRole('textbox', { name: 'Contact' }).fill('+852 5123 4567');
    await profile.getByRole('combobox', { name: 'Country you live in' }).fill('hk');
    await expect(profile.getByText('HK: Hong Kong')).toBeVisible();
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await expect(profile).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(hint).not.toContainText('Your name');

    // The fiat value, from the hint too: a typing mistake first.
    await hint.getByRole('button', { name: 'Enter the value' }).click();
    await hint.getByRole('textbox', { name: 'Value in dispute: amount' }).fill('12,500.50');
    await hint.getByRole('button', { name: 'Save' }).click();
    await expect(hint.getByText('Enter the currency code too (USD, CNY, HKD…), or clear both fields.')).toBeVisible();
    await hint.getByRole('combobox', { name: 'Value in dispute: currency code' }).fill('usd');
    await hint.getByRole('button', { name: 'Save' }).click();
    await expect(hint.getByText('On the dossier’s cover: $12,500.50')).toBeVisible();
    await expect(hint).not.toContainText('The value in dispute in money');

    // The respondent's facts live on the platform: its dialog opens over the export and closes back to it.
    await hint.getByRole('button', { name: 'Open the platform’s details' }).click();
    const platformDialog = page.getByRole('dialog', { name: 'Nexa Exchange' });
    await expect(platformDialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(platformDialog).toBeHidden();
    await expect(dialog).toBeVisible();

    // Defaults: the complete dossier, both languages, nothing masked.
    await expect(dialog.getByRole('radio', { name: 'Complete dossier (ZIP)' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Both, side by side (中文 + English)' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /^Mask personal identifiers/ })).not.toBeChecked();

    const download = await startAndDownload(page, dialog);
    expect(download.suggestedFilename()).toMatch(/^casefile-ticket-\d+-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(dialog.getByText('Dossier exported', { exact: true })).toBeVisible();
    await expect(dialog.getByText(`Saved to your downloads as ${download.suggestedFilename()}.`)).toBeVisible();

    await withWorkDir(async (dir) => {
      const zipPath = path.join(dir, 'dossier.zip');
      await download.saveAs(zipPath);
      // The SHA-256 shown is the downloaded file's.
      await expect(dialog.getByLabel('SHA-256 of the file')).toHaveText(sha256(readFileSync(zipPath)));

      const files = await readZip(zipPath);
      for (const name of ['dossier.pdf', 'transcript.html', 'transcript.csv', 'manifest.json', 'SHA256SUMS', 'README.txt']) {
        expect([...files.keys()], `the ZIP holds ${name}`).toContain(name);
      }
      const evidence = [...files.keys()].filter((name) => name.startsWith('evidence/'));
      expect(evidence.map((name) => sha256(files.get(name)!)).sort()).toEqual([...hashes].sort());

      const unpacked = path.join(dir, 'unpacked');
      unpack(files, unpacked);
      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' })).toMatch(/OK/);

      const text = pdfText(path.join(unpacked, 'dossier.pdf'));
      expect(text).toContain(squeeze(CHINESE_LINE));
      expect(text).toContain(squeeze(ENGLISH_LINE));
      for (const hash of hashes) expect(text).toContain(hash);
      expect(text).toContain(squeeze('Li Wei 李伟'));
      expect(text).toContain(EMAIL); // not masked: masking was off
      expect(readFileSync(path.join(unpacked, 'transcript.csv'), 'utf8')).toContain(CHINESE_LINE);
    });

    // The profile is kept: the top bar's "My profile" shows it again.
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'My profile' }).click();
    const again = page.getByRole('dialog', { name: 'My profile' });
    await expect(again.getByRole('textbox', { name: 'Full name' })).toHaveValue('Li Wei 李伟');
    await expect(again.getByRole('combobox', { name: 'Country you live in' })).toHaveValue('HK');
  });

  test('cancelling a large export leaves no file behind and says so', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api);
    // Random bytes do not compress: 384 MB of evidence takes the export ~3 s here (240 MB took 1.9 s),
    // time enough to see the bar and press Cancel.
    for (let i = 0; i < 3; i++) await api.upload(ticketId, `screen-recording-${i + 1}.bin`, randomBytes(128 * 1024 * 1024));
    const dialog = await openExportDialog(page, server, ticketId);
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));

    await dialog.getByRole('button', { name: 'Start export' }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Export progress' });
    await expect(bar).toBeVisible();
    await expect(dialog.getByText(/^\d+ of \d+ files · .+ of .+$/)).toBeVisible();
    // The export is writing its partial file now: what Cancel must remove.
    const exportsDir = path.join(server.dataDir, 'exports');
    const listExports = () => (existsSync(exportsDir) ? readdirSync(exportsDir) : []);
    await expect.poll(() => listExports().some((name) => name.startsWith('.partial-')), { intervals: [50] }).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect(dialog.getByText('Export cancelled. Nothing was saved and no partial file was left behind.')).toBeVisible();
    await expect(bar).toBeHidden();

    // Nothing in the exports folder: no finished file, no partial one.
    await expect.poll(listExports, { timeout: 15_000 }).toEqual([]);
    expect(downloads).toEqual([]);

    // And the dialog can start again.
    await dialog.getByRole('button', { name: 'Export again' }).click();
    await expect(dialog.getByRole('button', { name: 'Start export' })).toBeVisible();
  });

  test('masking hides the e-mail address in the PDF; the result says masking was applied', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const { ticketId, hashes } = await seedDossierTicket(api);
    const dialog = await openExportDialog(page, server, ticketId);
    await dialog.getByRole('radio', { name: 'PDF only' }).check();
    await dialog.getByRole('checkbox', { name: /^Mask personal identifiers/ }).check();
    await expect(dialog.getByText(/The original evidence files are never changed/)).toBeVisible();

    const download = await startAndDownload(page, dialog);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect(dialog.getByText('Personal identifiers were masked in the PDF and transcripts; the original evidence files are unchanged.')).toBeVisible();
    await withWorkDir(async (dir) => {
      const pdfPath = path.join(dir, 'dossier.pdf');
      await download.saveAs(pdfPath);
      const text = pdfText(pdfPath);
      expect(text).toContain(squeeze(ENGLISH_LINE));
      expect(text).not.toContain(EMAIL);
      expect(text).not.toContain('liwei.chen@');
      for (const hash of hashes) expect(text).toContain(hash); // hashes are never masked
    });
    // The choice is remembered for the next export.
    await dialog.getByRole('button', { name: 'Export again' }).click();
    await expect(dialog.getByRole('radio', { name: 'PDF only' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /^Mask personal identifiers/ })).toBeChecked();
  });

  test('portal preset: at most 4 files of at most 4 MB, JPEG or PDF only, and what was left out, and why', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const { ticketId } = await seedDossierTicket(api);
    for (let i = 3; i <= 6; i++) await api.upload(ticketId, `screenshot-${i}.png`, makePng(1200, 900, i));
    await api.upload(ticketId, 'notes.txt', Buffer.from('Things the agent said on the phone.'));
    const dialog = await openExportDialog(page, server, ticketId);

    await dialog.getByRole('radio', { name: 'For an online complaint form' }).check();
    const limits = dialog.getByRole('combobox', { name: 'Upload limits' });
    await expect(limits).toHaveValue('sfc');
    await expect(limits.locator('option:checked')).toHaveText('Hong Kong SFC online complaint form: 4 files × 4 MB');

    const download = await startAndDownload(page, dialog);
    await expect(dialog.getByText('Dossier exported, with warnings')).toBeVisible();
    const leftOut = dialog.getByRole('region', { name: /did not fit the upload limits$/ });
    // The dossier PDF and the first images took the four files; the rest is listed with the reason.
    await expect(leftOut).toContainText('notes.txt');
    await expect(leftOut).toContainText('screenshot-6.png');
    await expect(leftOut).toContainText('No file left: the form’s number of files was used by what came before.');
    await expect(leftOut).not.toContainText('文件数量已用完'); // the reader's language only
    await withWorkDir(async (dir) => {
      const zipPath = path.join(dir, 'portal.zip');
      await download.saveAs(zipPath);
      const files = await readZip(zipPath);
      const uploads = [...files].filter(([name]) => name !== 'PORTAL-README.txt');
      expect(uploads.length).toBeGreaterThan(0);
      expect(uploads.length).toBeLessThanOrEqual(4);
      for (const [name, bytes] of uploads) {
        expect(name).toMatch(/\.(pdf|jpe?g)$/i);
        expect(bytes.length, name).toBeLessThanOrEqual(4 * 1024 * 1024);
      }
    });
  });

  test('custom portal limits: checked before anything starts, then used', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const { ticketId } = await seedDossierTicket(api);
    await api.upload(ticketId, 'notes.txt', Buffer.from('Things the agent said on the phone.'));
    const dialog = await openExportDialog(page, server, ticketId);
    await dialog.getByRole('radio', { name: 'For an online complaint form' }).check();
    await dialog.getByRole('combobox', { name: 'Upload limits' }).selectOption({ label: 'Other limits…' });
    await dialog.getByRole('textbox', { name: 'Number of files' }).fill('0');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await expect(dialog.getByText('Number of files: a whole number from 1 to 100.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Number of files' }).fill('3');
    await dialog.getByRole('textbox', { name: 'MB per file' }).fill('0.1');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await expect(dialog.getByText('MB per file: from 0.5 to 1024.')).toBeVisible();
    await expect(dialog.getByRole('progressbar')).toHaveCount(0);

    // 3 files of 2 MB: the PDF and both screenshots fit; the text file is not a type the form takes.
    await dialog.getByRole('textbox', { name: 'MB per file' }).fill('2');
    const download = await startAndDownload(page, dialog);
    const leftOut = dialog.getByRole('region', { name: '1 item did not fit the upload limits' });
    await expect(leftOut).toContainText('notes.txt');
    await expect(leftOut).toContainText('The form accepts only JPEG and PDF files');
    await withWorkDir(async (dir) => {
      const zipPath = path.join(dir, 'portal.zip');
      await download.saveAs(zipPath);
      const uploads = [...(await readZip(zipPath))].filter(([name]) => name !== 'PORTAL-README.txt');
      expect(uploads).toHaveLength(3);
      for (const [name, bytes] of uploads) expect(bytes.length, name).toBeLessThanOrEqual(2 * 1024 * 1024);
    });
  });

  test('the fiat value in the ticket details: validated, saved, kept after a reload', async ({ page, server }) => {
    const ticketId = await seedTicket(seedClient(page.request, server.url));
    await openTicketPage(page, server, ticketId);
    const details = page.getByRole('complementary', { name: en.details }).getByRole('form', { name: 'Value in dispute (in money)' });
    const amount = details.getByRole('textbox', { name: 'Value in dispute: amount' });
    const currency = details.getByRole('combobox', { name: 'Value in dispute: currency code' });
    await amount.fill('about 30k');
    await currency.fill('HKD');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(details.getByText('Enter the amount as a number like 12500 or 12500.50.')).toBeVisible();
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await amount.fill('30000');
    await currency.fill('HK');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(details.getByText('Use a three-letter currency code like USD, CNY or HKD.')).toBeVisible();
    await currency.fill('HKD');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(details.getByText('On the dossier’s cover: HK$30,000.00')).toBeVisible();
    await page.reload();
    await expect(amount).toHaveValue('30000');
    await expect(currency).toHaveValue('HKD');
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: zh.locale });

  test('导出对话框、资料和金额校验都是中文', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const { ticketId } = await seedDossierTicket(api);
    const dialog = await openExportDialog(page, server, ticketId, '导出维权档案…', '导出投诉档案');
    await expect(dialog.getByRole('radio', { name: '完整档案（ZIP）' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: '中英对照（中文 + English）' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /^遮盖个人身份信息/ })).toBeVisible();
    const hint = dialog.getByRole('complementary', { name: '封面上有些信息将显示为“未提供”' });
    await expect(hint).toContainText('你的姓名、联系方式、居住国家或地区。');

    await hint.getByRole('button', { name: '填写金额' }).click();
    await hint.getByRole('textbox', { name: '争议金额：数额' }).fill('三万');
    await hint.getByRole('combobox', { name: '争议金额：货币代码' }).fill('CNY');
    await hint.getByRole('button', { name: '保存', exact: true }).click();
    await expect(hint.getByText('请用数字填写金额，例如 12500 或 12500.50。')).toBeVisible();

    await hint.getByRole('button', { name: '填写我的资料' }).click();
    const profile = page.getByRole('dialog', { name: '我的资料' });
    await profile.getByRole('combobox', { name: /^居住国家或地区/ }).fill('X1');
    await profile.getByRole('button', { name: '保存资料' }).click();
    await expect(profile.getByText('请使用两个字母的国家或地区代码，例如 CN、HK、GB、US。')).toBeVisible();
    await profile.getByRole('combobox', { name: /^居住国家或地区/ }).fill('cn');
    await expect(profile.getByText('CN：中国')).toBeVisible();
    await profile.getByRole('button', { name: '关闭' }).click();

    await dialog.getByRole('radio', { name: '仅 PDF' }).check();
    const download = await startAndDownload(page, dialog, '开始导出');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expect(dialog.getByText('档案已导出', { exact: true })).toBeVisible();
    await expect(dialog.getByText(`已保存到下载文件夹：${download.suggestedFilename()}。`)).toBeVisible();
    await expect(dialog.getByRole('button', { name: '复制 SHA-256' })).toBeVisible();
  });

  test('磁盘写满时，导出失败的原因是中文的', async ({ page, server }) => {
    // A full disk cannot be arranged here: the job's answer is replaced by what the core reports then
    // (the core's own handling of ENOSPC is covered by its unit tests).
    const ticketId = await seedTicket(seedClient(page.request, server.url));
    await page.route('**/api/export.start', (route) => route.fulfill({ json: { jobId: 'job-full' } }));
    await page.route('**/api/jobs.get', (route) =>
      route.fulfill({
        json: {
          id: 'job-full',
          kind: 'export',
          state: 'failed',
          progress: { done: 1, total: 4, bytesDone: 1024, bytesTotal: 4096 },
          startedAt: new Date().toISOString(),
          finishedAt: new Date().toISOString(),
          result: null,
          exportResult: null,
          error: 'The disk filled up during the export, so it was stopped and the unfinished file removed. Free some space and export again.',
          errorCode: 'storage_full',
        },
      }),
    );
    const dialog = await openExportDialog(page, server, ticketId, '导出维权档案…', '导出投诉档案');
    await dialog.getByRole('button', { name: '开始导出' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('导出没有完成');
    await expect(alert).toContainText('磁盘已满。请释放一些空间后重试。');
    await expect(alert).toContainText('没有留下写了一半的文件。');
    await dialog.getByRole('button', { name: '重新导出' }).click();
    await expect(dialog.getByRole('button', { name: '开始导出' })).toBeVisible();
  });
});
