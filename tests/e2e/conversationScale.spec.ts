/**
 * 50,000 entries on one ticket (imported as one WhatsApp export): the timeline opens at the newest,
 * keeps only a screenful of rows in the DOM, scrolls with short frames, jumps to an entry by link and
 * stays pinned to the bottom when a new entry is added. The figures are printed.
 */
import { expect, test } from './fixtures';
import { en } from './labels';
import { openTicketPage, pageApi } from './evidencePage';
import { seedClient, seedTicket } from './seed';

test.use({ locale: 'en-US', timezoneId: 'Asia/Shanghai' });
test.setTimeout(300_000);

const COUNT = 50_000;

/** A WhatsApp export of `count` messages, a minute apart, some of them several lines long. */
function bigExport(count: number): string {
  const lines: string[] = [];
  const start = Date.UTC(2023, 0, 1, 1, 0);
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 60_000);
    const date = `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${String(at.getUTCFullYear()).slice(2)}`;
    const hour = at.getUTCHours();
    const time = `${hour % 12 || 12}:${String(at.getUTCMinutes()).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
    const who = i % 2 ? 'Nexa Support' : 'Alex Chen';
    const body = i % 7 === 0 ? `Message ${i}: a longer one\nwith a second line\nand a third, 第三行` : `Message ${i}: 提现 status check`;
    lines.push(`${date}, ${time} - ${who}: ${body}`);
  }
  return lines.join('\n');
}

test('50,000 entries: opens at the newest, small DOM, short frames, jump to an entry, pinned bottom', async ({ page, server }) => {
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const url = new URL(server.url);
  const seeded = Date.now();
  const response = await page.request.post(
    `${url.origin}/api/import.transcript?${new URLSearchParams({ ticketId: String(ticketId), name: 'big.txt', me: 'Alex Chen', timeZone: 'UTC' })}`,
    { headers: { Authorization: `Bearer ${url.searchParams.get('token')}`, 'Content-Type': 'application/octet-stream' }, data: Buffer.from(bigExport(COUNT)) },
  );
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ imported: COUNT });
  console.log(`imported ${COUNT} messages in ${Date.now() - seeded} ms`);

  const opened = Date.now();
  await openTicketPage(page, server, ticketId);
  const timeline = page.getByRole('region', { name: en.timeline });
  await expect(timeline.getByRole('article').filter({ hasText: `Message ${COUNT - 1}:` })).toBeInViewport({ timeout: 30_000 });
  console.log(`timeline shown at the newest entry in ${Date.now() - opened} ms`);
  const articles = await timeline.getByRole('article').count();
  console.log(`articles in the DOM: ${articles}`);
  expect(articles).toBeLessThan(80);

  // Scroll from the bottom to the top in steps; record the longest frame.
  const longest = await timeline.evaluate(async (scroller) => {
    let worst = 0;
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (let step = 40; step >= 0; step--) {
      scroller.scrollTop = (scroller.scrollHeight * step) / 40;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    running = false;
    return worst;
  });
  console.log(`longest frame while scrolling: ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(250);
  await expect(timeline.getByRole('article').filter({ hasText: 'Message 0:' })).toBeVisible();
  await expect(timeline.getByRole('heading', { name: 'Sunday, January 1st, 2023' })).toBeVisible();
  expect(await timeline.getByRole('article').count()).toBeLessThan(80);

  // A link to an entry in the middle scrolls there.
  const middle = (await pageApi<{ id: number; text: string }[]>(page, 'log.list', { ticketId })).find((e) => e.text.startsWith('Message 25000:'))!;
  await page.evaluate((hash) => (window.location.hash = hash), `#/tickets/${ticketId}?entry=${middle.id}`);
  await expect(timeline.getByRole('article').filter({ hasText: 'Message 25000:' })).toBeInViewport();

  // Back at the bottom, a new entry appears there and the view follows it.
  await timeline.evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  await expect(timeline.getByRole('article').filter({ hasText: `Message ${COUNT - 1}:` })).toBeInViewport();
  const capture = page.getByRole('textbox', { name: en.message, exact: true });
  await capture.fill('Still nothing after 50,000 messages.');
  await capture.press('ControlOrMeta+Enter');
  await expect(timeline.getByRole('article').filter({ hasText: 'Still nothing after 50,000 messages.' })).toBeInViewport();
});
