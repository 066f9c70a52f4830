/**
 * Capturing a conversation as it happens: a phone call timed with the timer (Playwright's clock drives
 * it), an entry logged after the fact in another time zone, the channel and agent carried over, text
 * pasted on the timeline, a screenshot pasted on the timeline becoming an entry with its thumbnail, the
 * response figures, and the prepare checklist ticking off a txid.
 */
import type { Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { CONV_EN as L } from './conversationLabels';
import { openTicketPage, pageApi, pasteInto } from './evidencePage';
import { makePng } from './files';
import { en, zh } from './labels';
import { seedClient, seedTicket } from './seed';

test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });

interface EntryJson {
  id: number;
  author: string;
  kind: string;
  text: string;
  channel: string | null;
  agentName: string | null;
  occurredAt: string;
  timeZone: string;
  call: { durationSec: number | null; number: string | null } | null;
}

/** The entry whose text starts so (log.list is in timeline order, so "the last one" may be older). */
const entryWith = async (page: Page, ticketId: number, start: string) =>
  (await pageApi<EntryJson[]>(page, 'log.list', { ticketId })).find((e) => e.text.startsWith(start));

async function seedWithPhone(page: Page, server: ServerInfo) {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const ticket = await api.call<{ platformId: number }>('tickets.get', { id: ticketId });
  await api.call('channels.add', { platformId: ticket.platformId, kind: 'phone', address: '+1 800 555 0199', verified: true });
  return { api, ticketId };
}

test('a phone call: the timer counts, Stop fills the duration, the call is logged', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await page.clock.install({ time: new Date('2024-05-02T10:00:00+08:00') });
  await openTicketPage(page, server, ticketId);
  await page.getByRole('button', { name: L.phoneCall, exact: true }).click();
  const form = page.getByRole('form', { name: 'Log a phone call' });
  await expect(form).toBeVisible();
  // The platform's phone channel is offered as a suggestion (a combobox), typing works the same.
  await form.getByRole('combobox', { name: L.numberDialled }).fill('+1 800 555 0199');
  await form.getByRole('textbox', { name: 'Agent name' }).fill('Mark');

  const timer = form.getByRole('timer', { name: 'Call timer' });
  await expect(timer).toHaveText('00:00');
  await form.getByRole('button', { name: L.startTimer }).click();
  await page.clock.fastForward('01:00');
  await expect(timer).toHaveText('01:00');
  // Leaving the form (a re-render from scratch) does not stop or reset the call.
  await form.getByRole('button', { name: 'Back to messages' }).click();
  await expect(page.getByRole('button', { name: /^Phone call · 01:0\d$/ })).toBeVisible();
  await page.getByRole('button', { name: /^Phone call/ }).click();
  await page.clock.fastForward('01:05');
  await expect(timer).toHaveText('02:05');
  await form.getByRole('button', { name: L.stop }).click();
  await expect(form.getByRole('textbox', { name: /^Duration/ })).toHaveValue('02:05');
  await expect(form.getByText('call started 10:00 AM')).toBeVisible();

  await form.getByRole('textbox', { name: 'Call summary' }).fill('Mark said the withdrawal is with the risk team; no case number given.');
  await form.getByRole('button', { name: L.logCall }).click();
  await expect(page.getByRole('form', { name: 'New entry' })).toBeVisible();

  const call = await entryWith(page, ticketId, 'Mark said');
  expect(call).toMatchObject({
    kind: 'call',
    author: 'me',
    channel: 'phone',
    agentName: 'Mark',
    call: { durationSec: 125, number: '+1 800 555 0199' },
  });
  // The call is dated when the timer started (the page's clock runs on from 10:00 Shanghai time).
  expect(call?.occurredAt).toMatch(/^2024-05-02T02:00:0\d/);
  const article = page.getByRole('region', { name: en.timeline }).getByRole('article').filter({ hasText: 'risk team' });
  await expect(article).toContainText('Call');
  await expect(article).toContainText('02:05');
  await expect(article).toContainText('to +1 800 555 0199');
});

test('a call without a summary, duration typed by hand', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  await page.getByRole('button', { name: L.phoneCall, exact: true }).click();
  const form = page.getByRole('form', { name: 'Log a phone call' });
  await form.getByRole('radio', { name: 'They called me' }).check();
  await form.getByRole('textbox', { name: /^Duration/ }).fill('12:x');
  await expect(form.getByRole('alert')).toContainText('mm:ss');
  await expect(form.getByRole('button', { name: L.logCall })).toBeDisabled();
  await form.getByRole('textbox', { name: /^Duration/ }).fill('3');
  await form.getByRole('textbox', { name: 'Call summary' }).press('ControlOrMeta+Enter');
  await expect(page.getByRole('form', { name: 'New entry' })).toBeVisible();
  expect(await entryWith(page, ticketId, '')).toMatchObject({ kind: 'call', author: 'agent', text: '', call: { durationSec: 180, number: null } });
});

test('an entry logged after the fact, in the time zone it happened in', async ({ page, server }) => {
  const { api, ticketId } = await seedWithPhone(page, server);
  await api.call('log.add', { ticketId, author: 'agent', agentName: 'Lily', channel: 'email', text: 'We are checking.' });
  await openTicketPage(page, server, ticketId);

  // Channel and agent follow the previous entry.
  await expect(page.getByRole('combobox', { name: en.channel, exact: true })).toHaveValue('email');
  await page.getByRole('radio', { name: en.agent }).check();
  await expect(page.getByRole('textbox', { name: en.agentName })).toHaveValue('Lily');
  await page.getByRole('radio', { name: en.me }).check();

  await page.getByRole('button', { name: L.setTime }).click();
  await page.getByLabel('Date', { exact: true }).fill('2024-03-01');
  await page.getByLabel('Time', { exact: true }).fill('10:15');
  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('America/New_York');
  const message = page.getByRole('textbox', { name: en.message, exact: true });
  await message.fill('Called the New York office, they asked me to write in.');
  await message.press('ControlOrMeta+Enter');
  await expect(message).toHaveValue('');
  expect(await entryWith(page, ticketId, 'Called the New York office')).toMatchObject({
    occurredAt: '2024-03-01T15:15:00.000Z',
    timeZone: 'America/New_York',
    channel: 'email',
  });
  // The day and zone stay for the next entry logged after the fact; the time of day is asked again.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-03-01');
  await expect(page.getByLabel('Time', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: L.useNow }).click();
  await expect(page.getByRole('button', { name: L.setTime })).toBeVisible();
});

test('text pasted on the timeline starts an entry in the capture box', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  const message = page.getByRole('textbox', { name: en.message, exact: true });
  await expect(message).toHaveValue('');
  await pasteInto(page, page.getByRole('region', { name: en.timeline }), [], 'Agent Lily 10:15 AM\nYour withdrawal is under review.');
  await expect(message).toHaveValue('Agent Lily 10:15 AM\nYour withdrawal is under review.');
  await expect(message).toBeFocused();
  // Nothing was uploaded: text is not evidence.
  expect(await pageApi<unknown[]>(page, 'evidence.list', { ticketId })).toHaveLength(0);
});

interface EvidenceJson {
  id: number;
  entryId: number | null;
  originalName: string;
}

test('a screenshot pasted on the timeline becomes a new entry with its thumbnail; on the evidence view it stays ticket evidence', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  const timeline = page.getByRole('region', { name: en.timeline });
  const message = page.getByRole('textbox', { name: en.message, exact: true });

  // With a draft: the draft is the entry's text, and the box is empty afterwards.
  await message.fill('The app shows this error when I try to withdraw');
  await pasteInto(page, timeline, [{ name: 'image.png', type: 'image/png', bytes: makePng(320, 200, 5) }]);
  const withDraft = timeline.getByRole('article').filter({ hasText: 'The app shows this error when I try to withdraw' });
  const thumb = withDraft.getByRole('group', { name: 'Evidence attached to this entry' }).getByRole('img', { name: /^pasted-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.png$/ });
  await expect(thumb).toBeVisible();
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(withDraft).toContainText(/^Me/);
  await expect(message).toHaveValue('');

  // Without a draft, as the agent: a short line says what it is.
  await page.getByRole('radio', { name: en.agent }).check();
  await pasteInto(page, timeline, [{ name: 'image.png', type: 'image/png', bytes: makePng(200, 320, 6) }]);
  const bare = timeline.getByRole('article').filter({ hasText: 'Screenshot pasted' });
  await expect(bare.getByRole('group', { name: 'Evidence attached to this entry' }).getByRole('img')).toBeVisible();
  await expect(bare).toContainText('Agent');

  const entries = await pageApi<EntryJson[]>(page, 'log.list', { ticketId });
  const items = await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId });
  expect(items).toHaveLength(2);
  const entryOf = (text: string) => entries.find((e) => e.text === text)!.id;
  expect(items.map((i) => i.entryId).sort()).toEqual([entryOf('The app shows this error when I try to withdraw'), entryOf('Screenshot pasted')].sort());
  const custody = await pageApi<{ event: string; via: string | null }[]>(page, 'evidence.custody', { id: items[0]!.id });
  expect(custody[0]).toMatchObject({ event: 'added', via: 'paste' });

  // The same picture again is not a second item: no entry that would show nothing.
  await pasteInto(page, timeline, [{ name: 'image.png', type: 'image/png', bytes: makePng(200, 320, 6) }]);
  await expect(page.getByText('This file is already on the ticket (it is kept once), so no new entry was made.')).toBeVisible();
  expect(await pageApi<EntryJson[]>(page, 'log.list', { ticketId })).toHaveLength(entries.length);

  // On the evidence view a paste adds ticket evidence, as before: no entry.
  await openTicketPage(page, server, ticketId, 'evidence');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await pasteInto(page, page.getByRole('main'), [{ name: 'image.png', type: 'image/png', bytes: makePng(100, 100, 7) }]);
  await expect.poll(async () => (await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId })).length).toBe(3);
  const loose = (await pageApi<EvidenceJson[]>(page, 'evidence.list', { ticketId })).filter((i) => i.entryId === null);
  expect(loose).toHaveLength(1);
  expect(await pageApi<EntryJson[]>(page, 'log.list', { ticketId })).toHaveLength(entries.length);
});

test('a pasted file that cannot be stored makes no entry and keeps the draft', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  await pageApi(page, 'settings.update', { evidenceMaxBytes: 1024 * 1024 });
  const before = (await pageApi<EntryJson[]>(page, 'log.list', { ticketId })).length;
  const message = page.getByRole('textbox', { name: en.message, exact: true });
  await message.fill('Screenshot of the frozen balance');
  const tooBig = Buffer.alloc(1024 * 1024 + 10, 0x42);
  await pasteInto(page, page.getByRole('region', { name: en.timeline }), [{ name: 'image.png', type: 'image/png', bytes: tooBig }]);
  await expect(page.getByRole('alert').filter({ hasText: 'The pasted file could not be stored, so no entry was made.' })).toBeVisible();
  await expect(message).toHaveValue('Screenshot of the frozen balance');
  expect(await pageApi<EntryJson[]>(page, 'log.list', { ticketId })).toHaveLength(before);
  expect(await pageApi<unknown[]>(page, 'evidence.list', { ticketId })).toHaveLength(0);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('a pasted screenshot without a draft is labelled in the interface language', async ({ page, server }) => {
    const { ticketId } = await seedWithPhone(page, server);
    await openTicketPage(page, server, ticketId);
    await pasteInto(page, page.getByRole('region', { name: zh.timeline }), [{ name: 'image.png', type: 'image/png', bytes: makePng(120, 80, 9) }]);
    const entry = page.getByRole('region', { name: zh.timeline }).getByRole('article').filter({ hasText: '已粘贴截图' });
    await expect(entry.getByRole('img')).toBeVisible();
  });
});

test('response figures: first response after me → agent with set times, then a wait that is still open', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  const figures = page.getByRole('region', { name: L.responseTimes });
  await expect(figures).toContainText('Log your messages');

  const message = page.getByRole('textbox', { name: en.message, exact: true });
  await page.getByRole('button', { name: L.setTime }).click();
  await page.getByLabel('Date', { exact: true }).fill('2024-03-01');
  await page.getByLabel('Time', { exact: true }).fill('10:00');
  await message.fill('Where is my withdrawal?');
  await message.press('ControlOrMeta+Enter');
  await expect(message).toHaveValue('');
  await page.getByRole('radio', { name: en.agent }).check();
  await page.getByLabel('Time', { exact: true }).fill('10:25');
  await message.fill('It is being reviewed.');
  await message.press('ControlOrMeta+Enter');
  await expect(message).toHaveValue('');

  const row = (name: string) => figures.getByRole('term').filter({ hasText: name }).locator('xpath=following-sibling::dd');
  await expect(row(L.firstResponse)).toContainText('25 min');
  await expect(row('Longest wait')).toContainText('25 min');
  await expect(figures.getByRole('img', { name: /Waits for an answer/ })).toBeVisible();

  // A message now, unanswered: the current wait ticks and is counted.
  await page.getByRole('button', { name: L.useNow }).click();
  await page.getByRole('radio', { name: en.me }).check();
  await message.fill('Any news?');
  await message.press('ControlOrMeta+Enter');
  await expect(figures.getByText(/^Waiting .* for an answer$/)).toBeVisible();
  await expect(row('Unanswered messages')).toContainText('1');
});

test('the prepare checklist ticks the txid once a transaction has one', async ({ page, server }) => {
  const { ticketId } = await seedWithPhone(page, server);
  await openTicketPage(page, server, ticketId);
  const panel = page.getByRole('complementary', { name: en.details });
  await expect(panel.getByRole('button', { name: L.prepareTitle })).toHaveAttribute('aria-expanded', 'true');
  const checklist = panel.getByRole('list', { name: 'What to gather' });
  const txid = checklist.getByRole('listitem').filter({ hasText: 'Transaction ID (txid)' });
  await expect(txid).toContainText('still missing');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Amount and asset' })).toContainText('ready');

  await panel.getByRole('button', { name: 'Add transaction' }).click();
  const form = panel.getByRole('form', { name: 'Add transaction' });
  await form.getByRole('textbox', { name: en.asset }).fill('BTC');
  await form.getByRole('textbox', { name: en.amount }).fill('0.1');
  await form.getByRole('textbox', { name: en.txid }).fill('4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b');
  await form.getByRole('button', { name: 'Save transaction' }).click();
  await expect(txid).toContainText('ready');
  await expect(txid).not.toContainText('still missing');

  // It folds away, and stays folded.
  await panel.getByRole('button', { name: L.prepareTitle }).click();
  await expect(checklist).toBeHidden();
  await page.reload();
  await expect(panel.getByRole('button', { name: L.prepareTitle })).toHaveAttribute('aria-expanded', 'false');
});
