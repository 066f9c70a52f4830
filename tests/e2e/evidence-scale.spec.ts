/**
 * 10,000 evidence items on one ticket: the evidence view, the panel gallery and the timeline stay
 * responsive. Seeding takes a while, so only with CASEFILE_PERF=1; the figures are printed.
 */
import { expect, test } from './fixtures';
import { en } from './labels';
import { openTicketPage } from './evidencePage';
import { makePng } from './files';
import { seedClient, seedTicket } from './seed';

test.use({ locale: en.locale });
test.setTimeout(600_000);

const COUNT = 10_000;

test('10,000 items: rendered DOM stays small, scrolling keeps frames short', async ({ page, server }) => {
  test.skip(process.env.CASEFILE_PERF !== '1', 'Set CASEFILE_PERF=1 to seed 10,000 items and measure.');
  const api = seedClient(page.request, server.url);
  const ticketId = await seedTicket(api);
  const started = Date.now();
  for (let i = 0; i < COUNT; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, COUNT - i) }, (_, k) => {
        const n = i + k;
        // Every 20th item is an image, so thumbnails are part of the measurement.
        return n % 20 === 0
          ? api.upload(ticketId, `shot-${n}.png`, makePng(48, 32, n))
          : api.upload(ticketId, `note-${n}.txt`, Buffer.from(`evidence note ${n}\n`));
      }),
    );
  }
  console.log(`seeded ${COUNT} items in ${Date.now() - started} ms`);

  const opened = Date.now();
  await openTicketPage(page, server, ticketId, 'evidence');
  const list = page.getByRole('region', { name: 'Evidence of this ticket' }).getByRole('list', { name: 'Evidence' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  console.log(`evidence view shown in ${Date.now() - opened} ms`);
  expect(await list.getByRole('listitem').count()).toBeLessThan(200);

  // Scroll through the whole list in steps and record the longest frame.
  const longest = await list.evaluate(async (element) => {
    const scroller = element.parentElement!;
    let worst = 0;
    let last = performance.now();
    let running = true;
    const tick = (now: number) => {
      worst = Math.max(worst, now - last);
      last = now;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    for (let step = 0; step <= 40; step++) {
      scroller.scrollTop = (scroller.scrollHeight * step) / 40;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    running = false;
    return worst;
  });
  console.log(`longest frame while scrolling: ${Math.round(longest)} ms`);
  expect(await list.getByRole('listitem').count()).toBeLessThan(200);
  expect(longest).toBeLessThan(250);

  // The timeline shows the batch as one item; the panel gallery is virtualized too.
  const timelineStart = Date.now();
  await page.getByRole('link', { name: /^Timeline/ }).click();
  // One item per run of additions (two if the seeding crossed midnight), not 10,000 cards.
  const timeline = page.getByRole('region', { name: en.timeline });
  await expect(timeline.getByText(/[\d,]+ files added/).last()).toBeVisible();
  expect(await timeline.getByRole('article').count()).toBeLessThan(5);
  console.log(`timeline shown in ${Date.now() - timelineStart} ms`);
  const gallery = page.getByRole('complementary', { name: en.details }).getByRole('list', { name: 'Evidence' });
  expect(await gallery.getByRole('listitem').count()).toBeLessThan(100);
  console.log(`DOM nodes on the page: ${await page.evaluate(() => document.getElementsByTagName('*').length)}`);
});
