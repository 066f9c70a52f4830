/**
 * The README's screenshots (docs/screenshot.png, docs/screenshot-zh.png): a realistic ticket at
 * 1280×800 in the light theme. Only with CASEFILE_SCREENSHOTS=1, since they rewrite files in docs/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import { en, zh } from './labels';
import { seedRealisticCase } from './realisticCase';
import { seedClient } from './seed';

test.use({ locale: en.locale, viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: 'Asia/Shanghai' });

/** The gallery's screenshot thumbnail has arrived, and every image on screen has finished loading (lazy ones below the fold never do). */
async function waitForThumbnails(page: Page) {
  const gallery = page.getByRole('complementary').getByRole('img', { name: 'screenshot-withdrawal-pending.png' });
  await expect.poll(() => gallery.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect
    .poll(() =>
      page.getByRole('img').evaluateAll((imgs) =>
        imgs.every((img) => {
          const box = img.getBoundingClientRect();
          const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
          return !onScreen || (img as HTMLImageElement).complete;
        }),
      ),
    )
    .toBe(true);
}

test('README screenshots in English and Chinese', async ({ page, serverUrl }) => {
  test.skip(process.env.CASEFILE_SCREENSHOTS !== '1', 'Set CASEFILE_SCREENSHOTS=1 to rewrite docs/screenshot*.png.');
  const api = seedClient(page.request, serverUrl);
  const ticketId = await seedRealisticCase(api, { evidence: 'tied' });
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
