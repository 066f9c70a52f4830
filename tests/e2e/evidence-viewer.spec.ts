/**
 * The viewer: zoom, the full fingerprint, custody, editing, moving with the arrows, deleting with a
 * confirmation that leaves the audit trail's record; and never rendering an SVG with a script.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, sharedFixture, test } from './fixtures';
import { en } from './labels';
import { openTicketPage, pageApi } from './evidencePage';
import { makePdf, makePng, makeWav, SVG_WITH_SCRIPT } from './files';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });

const SCREENSHOT = 'screenshot-withdrawal-pending.png';

test('viewer: zoom, fingerprint, custody, description, arrows, delete with confirmation', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const screenshot = readFileSync(sharedFixture(SCREENSHOT));
  await page.getByLabel(en.attachEvidence).setInputFiles([
    { name: SCREENSHOT, mimeType: 'image/png', buffer: screenshot },
    { name: 'receipt.pdf', mimeType: 'application/pdf', buffer: makePdf() },
  ]);
  const gallery = page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' });
  await expect(gallery.getByRole('listitem')).toHaveCount(2);

  await gallery.getByRole('button', { name: `Open ${SCREENSHOT}` }).click();
  const viewer = page.getByRole('dialog', { name: SCREENSHOT });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('1 of 2')).toBeVisible();
  const image = viewer.getByRole('img', { name: SCREENSHOT });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Fit by default; buttons, keys and Ctrl+wheel zoom.
  const level = viewer.getByRole('status').filter({ hasText: /^Zoom/ });
  await expect(level).toHaveText('Zoom: fit to window');
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(level).toHaveText(/^Zoom: \d+%$/);
  const zoomedIn = Number((await level.textContent())!.replace(/\D/g, ''));
  await page.keyboard.press('ControlOrMeta+Minus');
  await expect.poll(async () => Number((await level.textContent())!.replace(/\D/g, ''))).toBeLessThan(zoomedIn);
  await page.keyboard.press('ControlOrMeta+0');
  await expect(level).toHaveText('Zoom: fit to window');
  await viewer.getByRole('button', { name: 'Actual size' }).click();
  await expect(level).toHaveText('Zoom: 100%');
  await image.hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(level).toHaveText('Zoom: 125%');
  await viewer.getByRole('button', { name: 'Fit to window' }).click();

  // The whole SHA-256, and the custody record with the hash at that moment.
  const sha256 = createHash('sha256').update(screenshot).digest('hex');
  await expect(viewer.getByText(sha256, { exact: true })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Copy SHA-256' })).toBeVisible();
  const custody = viewer.getByRole('list', { name: 'Chain of custody' });
  await expect(custody.getByRole('listitem').first()).toContainText('Added with the file picker');
  await expect(viewer.getByText('when added', { exact: false }).or(viewer.getByText('file time'))).toBeVisible();

  // Describe and tag it.
  await viewer.getByRole('textbox', { name: 'Description' }).fill('Withdrawal still "Processing" after 48 hours');
  await viewer.getByRole('textbox', { name: 'Tags' }).fill('withdrawal, risk review');
  await viewer.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(viewer.getByText('Saved', { exact: true })).toBeVisible();
  const [first] = await pageApi<{ id: number; description: string; tags: string[] }[]>(page, 'evidence.list', { ticketId });
  expect(first).toMatchObject({ description: 'Withdrawal still "Processing" after 48 hours', tags: ['withdrawal', 'risk review'] });

  // → moves to the next item (the description field has focus: leave it first), ← back.
  await viewer.getByRole('heading', { name: SCREENSHOT }).click();
  await page.keyboard.press('ArrowRight');
  const pdfViewer = page.getByRole('dialog', { name: 'receipt.pdf' });
  await expect(pdfViewer.getByText('2 of 2')).toBeVisible();
  await expect(pdfViewer.locator('iframe[title="PDF preview of receipt.pdf"]').or(pdfViewer.getByText('No preview for this file'))).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(viewer.getByRole('textbox', { name: 'Description' })).toHaveValue('Withdrawal still "Processing" after 48 hours');

  // Delete: the confirmation names the file and what stays; Cancel keeps it (and has focus).
  await viewer.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete evidence?' });
  await expect(confirm).toContainText(`Delete “${SCREENSHOT}” from this ticket?`);
  await expect(confirm).toContainText('The audit trail keeps a record that it existed');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(viewer).toBeVisible();

  await viewer.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  // The viewer moves on to what is left.
  await expect(page.getByRole('dialog', { name: 'receipt.pdf' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(gallery.getByRole('listitem')).toHaveCount(1);
  await expect(gallery.getByRole('img', { name: SCREENSHOT })).toHaveCount(0);

  const audit = await pageApi<{ action: string; subject: string; detail: { name?: string; sha256?: string } }[]>(page, 'audit.list', {
    ticketId,
  });
  const removal = audit.find((event) => event.action === 'evidence.removed');
  expect(removal?.detail).toMatchObject({ name: SCREENSHOT, sha256 });
});

test('an SVG carrying a script is never rendered: the viewer offers a download', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  await api.upload(ticketId, 'logo.svg', SVG_WITH_SCRIPT);
  await api.upload(ticketId, 'export.html', Buffer.from('<html><body><script>window.top.__svgRan = 2</script>hi</body></html>'));
  await openTicketPage(page, server, ticketId);

  const gallery = page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' });
  await expect(gallery.getByRole('listitem').filter({ hasText: 'logo.svg' })).toContainText('SVG');
  await gallery.getByRole('button', { name: 'Open logo.svg' }).click();
  const viewer = page.getByRole('dialog', { name: 'logo.svg' });
  await expect(viewer.getByText('No preview for this file')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Open in another program…' })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await viewer.getByRole('button', { name: 'Download a copy' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('logo.svg');

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'export.html' }).getByText('No preview for this file')).toBeVisible();

  // Nowhere on the page did either file become an image, a frame, an object or running code.
  expect(await page.locator('img[src^="blob:"], iframe, object, embed').count()).toBe(0);
  expect(await page.locator('svg script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __svgRan?: number }).__svgRan)).toBeUndefined();
});

test('text shows as text (never as markup), audio plays from the vault', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  await api.upload(ticketId, 'chat.txt', Buffer.from('Agent 14:02: please <b>verify</b> your account at <a href="x">this link</a>\n客服：请耐心等待。\n'));
  await api.upload(ticketId, 'call.wav', makeWav(1));
  await openTicketPage(page, server, ticketId, 'evidence');

  await page.getByRole('button', { name: 'Open chat.txt' }).click();
  const viewer = page.getByRole('dialog', { name: 'chat.txt' });
  await expect(viewer.getByText('please <b>verify</b> your account')).toBeVisible();
  await expect(viewer.getByText('客服：请耐心等待。')).toBeVisible();
  await expect(viewer.locator('b, a[href="x"]')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  const audio = page.getByRole('dialog', { name: 'call.wav' }).locator('audio[controls]');
  await expect(audio).toBeVisible();
  await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.duration)).toBeCloseTo(1, 1);
});

test('an upload can be cancelled while it is sent or waiting; the others go on', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  // Hold every upload at the door until the test lets it through.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/evidence.upload**', async (route) => {
    await gate;
    await route.continue().catch(() => undefined);
  });
  await openTicketPage(page, server, ticketId);
  await page.getByLabel(en.attachEvidence).setInputFiles([
    { name: 'first.png', mimeType: 'image/png', buffer: makePng(60, 40, 1) },
    { name: 'second.png', mimeType: 'image/png', buffer: makePng(60, 40, 2) },
    { name: 'third.png', mimeType: 'image/png', buffer: makePng(60, 40, 3) },
  ]);
  const uploads = page.getByRole('region', { name: 'Uploads' });
  await expect(uploads.getByRole('progressbar', { name: 'Upload of first.png' })).toBeVisible();
  await expect(uploads.getByRole('listitem').filter({ hasText: 'second.png' })).toContainText('Waiting…');

  await uploads.getByRole('button', { name: 'Cancel upload of second.png' }).click();
  await expect(uploads.getByRole('listitem').filter({ hasText: 'second.png' })).toContainText('Cancelled');
  await uploads.getByRole('button', { name: 'Cancel upload of first.png' }).click();
  await expect(uploads.getByRole('listitem').filter({ hasText: 'first.png' })).toContainText('Cancelled');
  release();
  await expect(uploads.getByRole('listitem').filter({ hasText: 'third.png' })).toContainText('Added');
  const items = await pageApi<{ originalName: string }[]>(page, 'evidence.list', { ticketId });
  expect(items.map((item) => item.originalName)).toEqual(['third.png']);
});

test('the evidence view lists a large ticket virtualized, filters, and switches to a list', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const count = 300;
  for (let i = 0; i < count; i++) {
    await api.upload(ticketId, `note-${String(i).padStart(3, '0')}.txt`, Buffer.from(`note ${i}\n`));
  }
  await api.upload(ticketId, 'wallet.png', makePng(64, 64, 9));
  await openTicketPage(page, server, ticketId, 'evidence');

  const view = page.getByRole('region', { name: 'Evidence of this ticket' });
  const list = view.getByRole('list', { name: 'Evidence' });
  await expect(view.getByRole('status')).toContainText('301 items');
  // Only what is on screen is in the page.
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const rendered = await list.getByRole('listitem').count();
  expect(rendered).toBeGreaterThan(4);
  expect(rendered).toBeLessThan(120);
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(count + 1));

  // Scrolling to the end brings the last item in.
  await list.evaluate((element) => element.parentElement!.scrollTo({ top: element.parentElement!.scrollHeight }));
  await expect(list.getByRole('listitem').filter({ hasText: 'wallet.png' })).toBeVisible();

  await view.getByRole('searchbox', { name: 'Filter' }).fill('note-29');
  await expect(view.getByRole('status')).toHaveText('Showing 10 of 301');
  await view.getByRole('searchbox', { name: 'Filter' }).fill('');
  await view.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Image' });
  await expect(list.getByRole('listitem')).toHaveCount(1);

  await view.getByRole('button', { name: 'List' }).click();
  await expect(view.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(list.getByRole('button', { name: 'Open wallet.png' })).toBeVisible();

  // The tab says how many; the timeline groups the batch instead of listing 301 cards.
  await page.getByRole('link', { name: /Timeline/ }).click();
  const timeline = page.getByRole('region', { name: en.timeline });
  await expect(timeline.getByText('301 files added')).toBeVisible();
  await expect(timeline.getByRole('link', { name: '295 more: show all in Evidence' })).toBeVisible();
});
