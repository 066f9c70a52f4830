/**
 * Adding evidence in a second: several files from the picker at once, a drop onto one entry, a pasted
 * screenshot; per-file results (duplicates, the size limit) without losing the other files.
 */
import { readFileSync } from 'node:fs';
import type { FileChooser } from '@playwright/test';
import { expect, sharedFixture, test } from './fixtures';
import { en } from './labels';
import { dropFiles, openTicketPage, pageApi, pasteInto } from './evidencePage';
import { makePdf, makePng } from './files';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });

const SCREENSHOT = 'screenshot-withdrawal-pending.png';

interface EvidenceJson {
  id: number;
  entryId: number | null;
  originalName: string;
  mimeType: string;
  extensionMismatch: boolean;
}

test('the picker adds several files at once; a PDF named .png is flagged', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const panel = page.getByRole('complementary', { name: en.details });
  await expect(panel.getByText('Drop files here, paste a screenshot, or Attach evidence.')).toBeVisible();

  await page.getByLabel(en.attachEvidence).setInputFiles([
    { name: SCREENSHOT, mimeType: 'image/png', buffer: readFileSync(sharedFixture(SCREENSHOT)) },
    { name: 'receipt.png', mimeType: 'image/png', buffer: makePdf() },
    { name: 'chat-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Agent Lily, 3 March: "under review by risk control"\n') },
  ]);

  const uploads = page.getByRole('region', { name: 'Uploads' });
  await expect(uploads.getByRole('status')).toHaveText(/3 of 3 added/);
  const gallery = panel.getByRole('list', { name: 'Evidence' });
  await expect(gallery.getByRole('listitem')).toHaveCount(3);

  const receipt = gallery.getByRole('listitem').filter({ hasText: 'receipt.png' });
  await expect(receipt).toContainText('Named .png, is PDF');
  await expect(receipt).toContainText('PDF');
  const notes = gallery.getByRole('listitem').filter({ hasText: 'chat-notes.txt' });
  await expect(notes).toContainText('TXT');
  await expect(notes.getByText('Named')).toHaveCount(0);
  // The real image gets its server-made thumbnail.
  const thumb = gallery.getByRole('img', { name: SCREENSHOT });
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  const items = await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId });
  expect(items.map((i) => [i.originalName, i.mimeType, i.extensionMismatch])).toEqual(
    expect.arrayContaining([
      [SCREENSHOT, 'image/png', false],
      ['receipt.png', 'application/pdf', true],
      ['chat-notes.txt', 'text/plain', false],
    ]),
  );
  const custody = await pageApi<{ event: string; via: string | null }[]>(page, 'evidence.custody', { id: items[0]!.id });
  expect(custody[0]).toMatchObject({ event: 'added', via: 'picker' });

  // The same file again: said plainly, nothing added.
  await page.getByLabel(en.attachEvidence).setInputFiles(sharedFixture(SCREENSHOT));
  await expect(uploads.getByRole('listitem').filter({ hasText: SCREENSHOT }).last()).toContainText('Already in this ticket');
  await expect(gallery.getByRole('listitem')).toHaveCount(3);
});

test('a file dropped on an entry is tied to that entry and shows under it', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const entry = await api.call('log.add', {
    ticketId,
    author: 'agent',
    agentName: 'Lily',
    channel: 'live_chat',
    text: 'Please send a screenshot of the withdrawal page.',
  });
  await api.call('log.add', { ticketId, author: 'me', channel: 'live_chat', text: 'Sending it now.' });
  await openTicketPage(page, server, ticketId);

  const timeline = page.getByRole('region', { name: en.timeline });
  const article = timeline.getByRole('article').filter({ hasText: 'Please send a screenshot' });
  const bubble = article.locator('p').first();
  const file = { name: 'withdrawal-page.png', type: 'image/png', bytes: makePng(320, 200, 7) };

  // While dragging, the entry under the pointer is highlighted and says what a drop will do.
  const dragging = await dropFiles(page, bubble, [file], false);
  await expect(article.getByText('Drop to attach to this entry')).toBeVisible();
  await bubble.dispatchEvent('drop', { dataTransfer: dragging });
  await expect(article.getByText('Drop to attach to this entry')).toBeHidden();

  const attached = article.getByRole('group', { name: 'Evidence attached to this entry' });
  await expect(attached.getByRole('img', { name: 'withdrawal-page.png' })).toBeVisible();
  // The other entry did not get it.
  await expect(timeline.getByRole('article').filter({ hasText: 'Sending it now.' }).getByRole('img')).toHaveCount(0);

  const items = await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId });
  expect(items).toHaveLength(1);
  expect(items[0]!.entryId).toBe(entry.id);
  const custody = await pageApi<{ event: string; via: string | null }[]>(page, 'evidence.custody', { id: items[0]!.id });
  expect(custody[0]).toMatchObject({ event: 'added', via: 'drop' });

  // Dropping onto the timeline itself adds to the ticket as a whole; the whole area says so while dragging.
  const balance = { name: 'balance.png', type: 'image/png', bytes: makePng(200, 120, 8) };
  const overTimeline = await dropFiles(page, timeline, [balance], false);
  await expect(page.getByText('Drop files to add them to this ticket')).toBeVisible();
  await timeline.dispatchEvent('drop', { dataTransfer: overTimeline });
  await expect(page.getByText('Drop files to add them to this ticket')).toBeHidden();
  await expect(page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(2);
  const after = await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId });
  expect(after.find((i) => i.originalName === 'balance.png')?.entryId).toBeNull();

  // A mistaken drop is fixed in the viewer: "Belongs to" the whole ticket.
  await attached.getByRole('button', { name: 'Open withdrawal-page.png' }).click();
  const viewer = page.getByRole('dialog', { name: 'withdrawal-page.png' });
  await expect(viewer.getByRole('combobox', { name: 'Belongs to' })).toHaveValue(String(entry.id));
  await viewer.getByRole('combobox', { name: 'Belongs to' }).selectOption({ label: 'The whole ticket' });
  await viewer.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(viewer.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(article.getByRole('img')).toHaveCount(0);
  expect((await pageApi<EvidenceJson>(page, 'evidence.get', { id: items[0]!.id })).entryId).toBeNull();
});

test('Ctrl/⌘+Shift+A opens the file picker, and the shortcut is listed', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  await expect(page.getByLabel(en.attachEvidence)).toBeAttached();

  // The chooser event can be missed if the key lands while the page is still wiring up: try again.
  let chooser: FileChooser | undefined;
  await expect(async () => {
    const choosing = page.waitForEvent('filechooser', { timeout: 2_000 });
    await page.keyboard.press('ControlOrMeta+Shift+A');
    chooser = await choosing;
  }).toPass({ timeout: 15_000 });
  if (!chooser) throw new Error('no file chooser');
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles({ name: 'from-shortcut.png', mimeType: 'image/png', buffer: makePng(80, 60, 12) });
  await expect(page.getByRole('complementary', { name: en.details }).getByRole('img', { name: 'from-shortcut.png' })).toBeVisible();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Attach evidence/ })).toContainText('Shift');
  await expect(shortcuts.getByRole('row', { name: /Previous \/ next item in the viewer/ })).toBeVisible();
});

test('a pasted screenshot becomes evidence; a text paste in the capture box stays text', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const gallery = page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' });
  // A browser tab cannot capture the screen: it says how to add a screenshot instead.
  await expect(page.getByText('or paste a screenshot (Ctrl+V)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Capture screen' })).toHaveCount(0);

  await pasteInto(page, page.getByRole('region', { name: en.timeline }), [{ name: 'image.png', type: 'image/png', bytes: makePng(400, 240, 3) }]);
  const card = gallery.getByRole('listitem').filter({ hasText: /^pasted-/ });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('img')).toHaveAccessibleName(/^pasted-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.png$/);

  // A spreadsheet copy carries text and a picture of the cells: in a text field, the text wins.
  const capture = page.getByRole('textbox', { name: en.message, exact: true });
  await pasteInto(page, capture, [{ name: 'image.png', type: 'image/png', bytes: makePng(50, 50, 4) }], 'Order W-88123\t0.5 BTC');
  await expect(page.getByRole('region', { name: 'Uploads' }).getByRole('listitem')).toHaveCount(1);
  await expect(gallery.getByRole('listitem')).toHaveCount(1);

  const items = await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId });
  expect(items).toHaveLength(1);
  const custody = await pageApi<{ event: string; via: string | null }[]>(page, 'evidence.custody', { id: items[0]!.id });
  expect(custody[0]).toMatchObject({ event: 'added', via: 'paste' });
});

test('a file over the size limit is refused by name while the others are added', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  await api.call('settings.update', { evidenceMaxBytes: 1024 * 1024 });
  await openTicketPage(page, server, ticketId);

  const big = Buffer.concat([makePng(10, 10, 1), Buffer.alloc(1536 * 1024, 7)]);
  await page.getByLabel(en.attachEvidence).setInputFiles([
    { name: 'screen-recording-frame.png', mimeType: 'image/png', buffer: big },
    { name: 'small.png', mimeType: 'image/png', buffer: readFileSync(sharedFixture(SCREENSHOT)) },
  ]);
  const uploads = page.getByRole('region', { name: 'Uploads' });
  const refused = uploads.getByRole('listitem').filter({ hasText: 'screen-recording-frame.png' });
  await expect(refused).toContainText('Larger than the limit of 1 MB');
  await expect(uploads.getByRole('listitem').filter({ hasText: 'small.png' })).toContainText('Added');
  await expect(page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);

  // The refusal stays until dismissed.
  await uploads.getByRole('button', { name: 'Dismiss screen-recording-frame.png' }).click();
  await expect(refused).toHaveCount(0);
});
