/**
 * Importing transcripts through the dialog, against the real server: WhatsApp (pick "me", store,
 * re-import adds nothing), a pasted live chat that states its own date, an e-mail whose attachment
 * becomes evidence, a Telegram export, a WhatsApp file with ambiguous dates (the question must be
 * answered first), a CSV with its column mapping, a Telegram export folder with its photo (chosen as a
 * folder, zipped in the page), "none of these senders is me", and files that cannot be imported (nothing
 * stored; the reason in the user's language, a broken JSON's line and column included).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, sharedFixture, test } from './fixtures';
import { CONV_EN as L, CONV_ZH } from './conversationLabels';
import { openTicketPage, pageApi } from './evidencePage';
import { en } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });

interface EntryJson {
  id: number;
  author: string;
  kind: string;
  text: string;
  agentName: string | null;
  call: { durationSec: number | null } | null;
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: L.importButton }).click();
  const dialog = page.getByRole('dialog', { name: L.importTitle });
  await expect(dialog).toBeVisible();
  return dialog;
}

const counts = (dialog: ReturnType<Page['getByRole']>) => dialog.getByRole('definition');
const timelineOf = (page: Page) => page.getByRole('region', { name: en.timeline });
const entries = (page: Page, ticketId: number) => pageApi<EntryJson[]>(page, 'log.list', { ticketId });

test('WhatsApp export: choose me, store, and a second import adds nothing', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const before = (await entries(page, ticketId)).length;

  const dialog = await openImport(page);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('whatsapp-android-en.txt'));
  await expect(dialog.getByText('Recognised as: WhatsApp chat export')).toBeVisible();
  const me = dialog.getByRole('combobox', { name: L.whichIsMe });
  await expect(me.getByRole('option')).toHaveText(['Choose…', 'Alex Chen', 'Kraken Support', 'None of them (all are the platform)']);
  // Nobody chosen yet: nothing can be stored.
  await expect(dialog.getByRole('button', { name: L.importN(8) })).toBeDisabled();
  await me.selectOption('Alex Chen');
  await expect(counts(dialog)).toHaveText(['8', '8', '0']);
  const list = dialog.getByRole('region', { name: 'Messages to import' });
  await expect(list.getByRole('listitem').filter({ hasText: 'WD-20240311-55821' })).toContainText('Me');
  await expect(list.getByRole('listitem').filter({ hasText: 'May I have your withdrawal' })).toContainText('Agent');
  // The omitted photo is reported, in words, not silently dropped.
  await expect(dialog.getByText(/Photos or files were not included in the export/)).toBeVisible();

  await dialog.getByRole('button', { name: L.importN(8) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 8, skipped 0 (already there).' })).toBeVisible();

  const timeline = timelineOf(page);
  await expect(timeline.getByRole('article').filter({ hasText: 'WD-20240311-55821' })).toContainText(/^Me/);
  await expect(timeline.getByRole('article').filter({ hasText: 'senior agent (case #K-778120)' })).toContainText('Kraken Support · Agent');
  const stored = await entries(page, ticketId);
  expect(stored.length - before).toBe(8);
  expect(stored.filter((e) => e.author === 'me').map((e) => e.text)).toContain('WD-20240311-55821');

  // The same file again: every message is marked, nothing can be imported twice.
  const again = await openImport(page);
  await again.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('whatsapp-android-en.txt'));
  // "Alex Chen" is remembered for this platform.
  await expect(again.getByRole('combobox', { name: L.whichIsMe })).toHaveValue('Alex Chen');
  await expect(counts(again)).toHaveText(['8', '0', '8']);
  await expect(again.getByText('already imported', { exact: true })).toHaveCount(8);
  await expect(again.getByText('All 8 messages are already on this ticket: nothing to import.')).toBeVisible();
  await expect(again.getByRole('button', { name: L.importN(0) })).toBeDisabled();
  await again.getByRole('button', { name: 'Cancel' }).click();

  // Stored through the API once more: all skipped, nothing doubled.
  const result = await page.evaluate(async (body) => {
    const token = sessionStorage.getItem('casefile.token');
    const query = new URLSearchParams({ ticketId: String(body.ticketId), name: 'chat.txt', me: 'Alex Chen', timeZone: 'Asia/Shanghai' });
    const response = await fetch(`/api/import.transcript?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: body.text,
    });
    return (await response.json()) as { imported: number; skipped: number };
  }, { ticketId, text: readFileSync(sharedFixture('whatsapp-android-en.txt'), 'utf8') });
  expect(result).toMatchObject({ imported: 0, skipped: 8 });
  expect((await entries(page, ticketId)).length).toBe(stored.length);
});

test('a pasted live chat that states its date asks nothing and imports', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  await dialog.getByRole('radio', { name: L.pastedText }).check();
  await dialog.getByRole('textbox', { name: L.conversationText }).fill(readFileSync(sharedFixture('livechat-paste-zh.txt'), 'utf8'));
  await expect(dialog.getByText('Recognised as: Live-chat text')).toBeVisible();
  // The paste says "2024年7月8日": no date question, no day/month question.
  await expect(dialog.getByLabel(L.conversationDate)).toHaveCount(0);
  await expect(dialog.getByRole('group', { name: 'How are dates written?' })).toHaveCount(0);
  await expect(dialog.getByRole('combobox', { name: L.whichIsMe })).toHaveValue('我');
  await dialog.getByRole('button', { name: L.importN(6) }).click();
  await expect(dialog).toBeHidden();

  const timeline = timelineOf(page);
  await expect(timeline.getByRole('heading', { name: 'Monday, July 8th, 2024' })).toBeVisible();
  await expect(timeline.getByRole('article').filter({ hasText: '您好，很高兴为您服务' })).toContainText('客服 Anna · Agent');
  await expect(timeline.getByRole('article').filter({ hasText: '大概需要多久' })).toContainText(/^Me/);
});

test('an e-mail: its attachment becomes evidence tied to the entry', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  await dialog.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('email-gb2312-attachment.eml'));
  await expect(dialog.getByText('Recognised as: E-mail')).toBeVisible();
  const list = dialog.getByRole('region', { name: 'Messages to import' });
  await expect(list.getByRole('list', { name: 'Attachments' })).toHaveText('提现记录.png');
  // Only support wrote it: "none of these is me".
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption({ label: 'None of them (all are the platform)' });
  await expect(dialog.getByText("Every message is recorded as the platform's.")).toBeVisible();
  await dialog.getByRole('button', { name: L.importN(1) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1, skipped 0 (already there). 1 attachment added as evidence.' })).toBeVisible();

  const article = timelineOf(page).getByRole('article').filter({ hasText: '关于您的提现申请 HT-88213' });
  await expect(article).toContainText('火币客服 · Agent');
  await expect(article.getByRole('group', { name: 'Evidence attached to this entry' })).toContainText('提现记录.png');
  const evidence = await pageApi<{ originalName: string; entryId: number | null }[]>(page, 'evidence.list', { ticketId });
  expect(evidence).toHaveLength(1);
  expect(evidence[0]).toMatchObject({ originalName: '提现记录.png' });
  expect(evidence[0]!.entryId).not.toBeNull();
});

test('a Telegram export: messages, the call and its length', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  await dialog.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('telegram-result.json'));
  await expect(dialog.getByText('Recognised as: Telegram export (result.json)')).toBeVisible();
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption('李明');
  await dialog.getByRole('button', { name: L.importN(5) }).click();
  await expect(dialog).toBeHidden();

  const timeline = timelineOf(page);
  await expect(timeline.getByRole('article').filter({ hasText: '无法提现。UID: 41829377' })).toContainText(/^Me/);
  await expect(timeline.getByRole('article').filter({ hasText: '风控团队正在审核' })).toContainText('OKX 客服 Support · Agent');
  const stored = await entries(page, ticketId);
  const call = stored.find((e) => e.kind === 'call');
  expect(call?.call?.durationSec).toBe(420);
  await expect(timeline.getByRole('article').filter({ hasText: '07:00' })).toContainText('Call');
});

test('ambiguous dates: the day/month question must be answered before importing', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  const text = '01/02/24, 10:00 - Alex: the deposit has not arrived\n01/02/24, 10:05 - Nexa Support: we are checking\n';
  await dialog.getByLabel(L.transcriptFile).setInputFiles({ name: 'WhatsApp Chat.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const question = dialog.getByRole('group', { name: 'How are dates written?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('The file writes dates like "01/02/24"');
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption('Alex');
  await expect(dialog.getByText('Answer the questions on the left to import.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: L.importN(2) })).toBeDisabled();

  // Each choice says what the first date would mean.
  await expect(question.getByRole('radio', { name: /Day first.*February 1, 2024/ })).toBeVisible();
  await expect(question.getByRole('radio', { name: /Month first.*January 2, 2024/ })).toBeVisible();
  await question.getByRole('radio', { name: L.dayFirst }).check();
  await expect(dialog.getByRole('button', { name: L.importN(2) })).toBeEnabled();
  await dialog.getByRole('button', { name: L.importN(2) }).click();
  await expect(dialog).toBeHidden();
  await expect(timelineOf(page).getByRole('heading', { name: 'Thursday, February 1st, 2024' })).toBeVisible();
});

test('a CSV file: the suggested column mapping is used and can be changed', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  const csv = 'From,Date,Message,Note\nme,2024-03-01 10:00,where is my BTC?,x\nAgent Bob,2024-03-01 10:30,checking with the team,y\n';
  await dialog.getByLabel(L.transcriptFile).setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const columns = dialog.getByRole('group', { name: 'Columns' });
  await expect(columns.getByRole('combobox', { name: 'Sender' })).toHaveValue('From');
  await expect(columns.getByRole('combobox', { name: 'Message' })).toHaveValue('Message');
  const list = dialog.getByRole('region', { name: 'Messages to import' });
  await expect(list).toContainText('checking with the team');
  await columns.getByRole('combobox', { name: 'Message' }).selectOption('Note');
  await expect(list).not.toContainText('checking with the team');
  await columns.getByRole('combobox', { name: 'Message' }).selectOption('Message');
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption('me');
  await dialog.getByRole('button', { name: L.importN(2) }).click();
  await expect(dialog).toBeHidden();
  await expect(timelineOf(page).getByRole('article').filter({ hasText: 'checking with the team' })).toContainText('Agent Bob · Agent');
});

test('files that are not transcripts are refused clearly and nothing is stored', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const before = (await entries(page, ticketId)).length;
  const dialog = await openImport(page);

  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
  await dialog.getByLabel(L.transcriptFile).setInputFiles({ name: 'chat.txt', mimeType: 'text/plain', buffer: binary });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('This file cannot be imported');
  await expect(alert).toContainText('It is not a text transcript');
  await expect(alert).toContainText('Nothing was stored.');

  await dialog.getByLabel(L.transcriptFile).setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "Support", "messages": [{"id": 1,') });
  await expect(alert).toContainText('It is JSON that is broken or cut short');

  await dialog.getByLabel(L.transcriptFile).setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(alert).toContainText('It is empty.');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await entries(page, ticketId)).length).toBe(before);
});

test('Ctrl/⌘+I opens the import dialog and the shortcut is listed', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+i');
  await expect(page.getByRole('dialog', { name: L.importTitle })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Import a transcript/ })).toContainText('I');
  await expect(shortcuts.getByRole('row', { name: /Search everything/ })).toContainText('K');
});

test('a Telegram export folder: chosen as a folder, its photo becomes evidence on its message', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  const root = mkdtempSync(path.join(tmpdir(), 'casefile-e2e-folder-'));
  try {
    const folder = path.join(root, 'ChatExport_2024-05-02');
    mkdirSync(path.join(folder, 'photos'), { recursive: true });
    writeFileSync(path.join(folder, 'result.json'), readFileSync(sharedFixture('telegram-result.json')));
    writeFileSync(path.join(folder, 'photos', 'photo_1@02-05-2024_10-22-03.jpg'), readFileSync(sharedFixture('screenshot-withdrawal-pending.png')));
    writeFileSync(path.join(folder, '.DS_Store'), 'junk');

    await openTicketPage(page, server, ticketId);
    const dialog = await openImport(page);
    await dialog.getByRole('radio', { name: 'A folder' }).check();
    await dialog.getByLabel('Export folder').setInputFiles(folder);
    await expect(dialog.getByText(/^ChatExport_2024-05-02 · 2 files · /)).toBeVisible();
    await expect(dialog.getByText('Recognised as: Telegram export (result.json)')).toBeVisible();
    await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption('李明');
    // Messages, new, already there, and the photo that will become evidence.
    await expect(counts(dialog)).toHaveText(['5', '5', '0', '1']);
    await expect(dialog.getByRole('term').last()).toHaveText('Files → evidence');
    await dialog.getByRole('button', { name: L.importN(5) }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Imported 5, skipped 0 (already there). 1 attachment added as evidence.' })).toBeVisible();

    const article = timelineOf(page).getByRole('article').filter({ hasText: '这是冻结通知的截图' });
    const photo = article.getByRole('group', { name: 'Evidence attached to this entry' }).getByRole('img', { name: 'photo_1@02-05-2024_10-22-03.jpg' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const evidence = await pageApi<{ originalName: string; entryId: number | null }[]>(page, 'evidence.list', { ticketId });
    const entry = (await entries(page, ticketId)).find((e) => e.text === '这是冻结通知的截图')!;
    expect(evidence).toEqual([expect.objectContaining({ originalName: 'photo_1@02-05-2024_10-22-03.jpg', entryId: entry.id })]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('"none of these senders is me": everyone is the platform, and that is remembered', async ({ page, server }) => {
  const ticketId = await seedTicket(seedClient(page.request, server.url));
  await openTicketPage(page, server, ticketId);
  const dialog = await openImport(page);
  await dialog.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('whatsapp-android-en.txt'));
  await dialog.getByRole('combobox', { name: L.whichIsMe }).selectOption({ label: 'None of them (all are the platform)' });
  await expect(dialog.getByText("Every message is recorded as the platform's.")).toBeVisible();
  // The user said so: no warning that nobody here is them.
  await expect(dialog.getByText(/No message is from the sender chosen as you/)).toHaveCount(0);
  await dialog.getByRole('button', { name: L.importN(8) }).click();
  await expect(dialog).toBeHidden();
  const stored = await entries(page, ticketId);
  expect(stored.filter((e) => e.author === 'me')).toEqual([]);
  expect(stored.filter((e) => e.author === 'agent').map((e) => e.agentName)).toContain('Alex Chen');

  // Next time the choice is already made.
  const other = await seedClient(page.request, server.url).call<{ id: number }>('tickets.create', {
    platformId: (await pageApi<{ platformId: number }>(page, 'tickets.get', { id: ticketId })).platformId,
    title: 'Second case',
  });
  await openTicketPage(page, server, other.id);
  const again = await openImport(page);
  await again.getByLabel(L.transcriptFile).setInputFiles(sharedFixture('whatsapp-android-en.txt'));
  await expect(again.getByRole('combobox', { name: L.whichIsMe }).locator('option:checked')).toHaveText('None of them (all are the platform)');
  await expect(again.getByText("Every message is recorded as the platform's.")).toBeVisible();
  await expect(again.getByRole('button', { name: L.importN(8) })).toBeEnabled();
});

for (const [labels, expected] of [
  [L, 'It is JSON that is broken or cut short at line 3, column 12. Export the chat again.'],
  [CONV_ZH, '它是损坏或不完整的 JSON（第 3 行第 12 列）。请重新导出聊天记录。'],
] as const) {
  test.describe(`a broken result.json in ${labels.locale}`, () => {
    test.use({ locale: labels.locale });
    test('names the line and column in the interface language', async ({ page, server }) => {
      const ticketId = await seedTicket(seedClient(page.request, server.url));
      await openTicketPage(page, server, ticketId);
      await page.getByRole('button', { name: labels.importButton }).click();
      const dialog = page.getByRole('dialog', { name: labels.importTitle });
      const broken = Buffer.from('{"name": "Support",\n "messages": [\n  {"id": 1,,}\n ]\n}');
      await dialog.getByLabel(labels.transcriptFile).setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: broken });
      await expect(dialog.getByRole('alert')).toContainText(expected);
    });
  });
}

