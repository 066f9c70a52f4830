/**
 * Screens to look at, not assertions: the timeline with evidence, the gallery, the evidence view, the
 * viewer and the vault check, in English and Chinese, light and dark. Only with CASEFILE_UI_SHOTS=1;
 * the pictures go to $CASEFILE_UI_SHOTS_DIR (default: <tmp>/casefile-ui-shots).
 */
import { appendFileSync, chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { openTicketPage } from './evidencePage';
import { makePng } from './files';
import { seedRealisticCase } from './realisticCase';
import { seedClient } from './seed';

const OUT = process.env.CASEFILE_UI_SHOTS_DIR ?? path.join(tmpdir(), 'casefile-ui-shots');

interface Texts {
  locale: string;
  gallery: string;
  viewTab: RegExp;
  list: string;
  vault: string;
  check: string;
  checkAgain: string;
  intact: string;
  problems: string;
  details: string;
  attach: string;
}

const EN: Texts = {
  locale: 'en-US',
  gallery: 'Evidence',
  viewTab: /^Evidence/,
  list: 'List',
  vault: 'Vault & settings',
  check: 'Check the vault',
  checkAgain: 'Check again',
  intact: 'All files intact',
  problems: 'Problems found',
  details: 'Ticket details',
  attach: 'Attach evidence',
};

const ZH: Texts = {
  locale: 'zh-CN',
  gallery: '证据',
  viewTab: /^证据/,
  list: '列表',
  vault: '证据库与设置',
  check: '检查证据库',
  checkAgain: '重新检查',
  intact: '所有文件完好',
  problems: '发现问题',
  details: '工单详情',
  attach: '添加证据',
};

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/** No thumbnail on screen still on its way (offscreen ones wait, by design), every image decoded. */
async function thumbnailsLoaded(page: Page) {
  await expect
    .poll(() =>
      page.locator('.thumb__placeholder--loading').evaluateAll(
        (placeholders) =>
          placeholders.filter((p) => {
            // Really on screen: not clipped away by a scrolled container.
            const box = p.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return hit !== null && (hit === p || p.contains(hit));
          }).length,
      ),
    )
    .toBe(0);
  await expect
    .poll(() => page.locator('img.thumb__image').evaluateAll((imgs) => imgs.every((img) => (img as HTMLImageElement).complete)))
    .toBe(true);
}

async function tour(page: Page, server: ServerInfo, L: Texts, prefix: string) {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedRealisticCase(api, { evidence: 'rich' });
  mkdirSync(OUT, { recursive: true });

  await openTicketPage(page, server, ticketId);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await thumbnailsLoaded(page);
  await shot(page, `${prefix}-timeline`);
  await page.getByRole('region', { name: 'Timeline' }).or(page.getByRole('region', { name: '时间线' })).evaluate((el) => el.scrollTo({ top: 0 }));
  await shot(page, `${prefix}-timeline-top`);

  // Uploads in progress, with one refusal.
  await api.call('settings.update', { evidenceMaxBytes: 1024 * 1024 });
  await page.getByLabel(L.attach).setInputFiles([
    { name: 'binance-style-screen-recording.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(2 * 1024 * 1024, 1) },
    { name: 'screenshot-withdrawal-pending.png', mimeType: 'image/png', buffer: makePng(64, 64, 11).subarray(0) },
    { name: 'another.png', mimeType: 'image/png', buffer: makePng(48, 48, 21) },
  ]);
  await expect(page.getByRole('region', { name: /Uploads|上传/ })).toBeVisible();
  await page.waitForTimeout(400);
  await shot(page, `${prefix}-uploads`);
  await api.call('settings.update', { evidenceMaxBytes: 4 * 1024 * 1024 * 1024 });

  // The evidence view, grid and list.
  await page.getByRole('link', { name: L.viewTab }).click();
  await thumbnailsLoaded(page);
  await shot(page, `${prefix}-evidence-grid`);
  await page.getByRole('button', { name: L.list }).click();
  await thumbnailsLoaded(page);
  await shot(page, `${prefix}-evidence-list`);

  // The viewer on the image, the PDF, the text and the flagged file.
  await page.getByRole('button', { name: /screenshot-withdrawal-pending\.png/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(300);
  await shot(page, `${prefix}-viewer-image`);
  for (const [name, file] of [
    [/withdrawal-record/, 'viewer-pdf'],
    [/live-chat-transcript/, 'viewer-text'],
    [/kyc-confirmation/, 'viewer-mismatch'],
  ] as const) {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300);
    await shot(page, `${prefix}-${file}`);
  }
  await page.keyboard.press('Escape');

  // The vault check: intact, then with problems.
  await page.getByRole('button', { name: L.vault }).click();
  const dialog = page.getByRole('dialog');
  await shot(page, `${prefix}-vault-start`);
  await dialog.getByRole('button', { name: L.check, exact: true }).click();
  await expect(dialog.getByText(L.intact)).toBeVisible();
  await shot(page, `${prefix}-vault-intact`);
  const items = await api.call<{ sha256: string }[]>('evidence.list', { ticketId });
  const victim = path.join(server.dataDir, 'evidence', items[0]!.sha256.slice(0, 2), items[0]!.sha256.slice(2));
  chmodSync(victim, 0o644);
  appendFileSync(victim, Buffer.from([0]));
  mkdirSync(path.join(server.dataDir, 'evidence', 'ee'), { recursive: true });
  writeFileSync(path.join(server.dataDir, 'evidence', 'ee', 'e'.repeat(62)), Buffer.alloc(4096, 1));
  await dialog.getByRole('button', { name: L.checkAgain }).click();
  await expect(dialog.getByText(L.problems)).toBeVisible();
  await shot(page, `${prefix}-vault-problems`);
}

for (const [L, scheme] of [
  [EN, 'light'],
  [ZH, 'light'],
  [EN, 'dark'],
] as const) {
  test.describe(`${L.locale} ${scheme}`, () => {
    test.use({ locale: L.locale, colorScheme: scheme, viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Shanghai' });
    test(`UI screens ${L.locale} ${scheme}`, async ({ page, server }) => {
      test.skip(process.env.CASEFILE_UI_SHOTS !== '1', 'Set CASEFILE_UI_SHOTS=1 to take the UI review screenshots.');
      await tour(page, server, L, `${L.locale}-${scheme}`);
    });
  });
}

test('empty states', async ({ page, server }) => {
  test.skip(process.env.CASEFILE_UI_SHOTS !== '1', 'Set CASEFILE_UI_SHOTS=1 to take the UI review screenshots.');
  mkdirSync(OUT, { recursive: true });
  const api = seedClient(page.request, server.url);
  const platform = await api.call('platforms.create', { name: 'Nexa Exchange' });
  const ticket = await api.call('tickets.create', { platformId: platform.id, title: 'Deposit of 300 USDT not credited' });
  await openTicketPage(page, server, ticket.id, 'evidence');
  await expect(page.getByText('No evidence yet').first()).toBeVisible();
  await shot(page, 'en-empty-evidence');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await shot(page, 'en-empty-timeline');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await shot(page, 'en-shortcuts');
});
