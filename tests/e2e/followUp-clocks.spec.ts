/**
 * Clocks, the "Needs action now" dashboard and the rating (issue 5), against the real web-mode server:
 * an email the platform promised to answer within 24 h, sent three days ago, is overdue on the dashboard
 * and on the ticket, and its due date explains itself; waiting on me pauses it; resolving a ticket asks
 * for a rating that the platform's scorecard then shows. In English and Chinese.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { seedClient } from './seed';

const SHOTS = 'test-results/follow-up-screens';
const HOUR = 3_600_000;
const TITLE = 'USDT withdrawal stuck in review';

/** The visible names these screens use, written out per language so a missing translation fails. */
const TEXT = {
  en: {
    dashboard: 'Needs action now',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    overdueBadge: 'Overdue',
    pausedBadge: 'Paused: waiting on you',
    clockLabel: /Email reply promised within 24 h/,
    overdueBy: /^2 d( \d+ h)? past due$/,
    explanationTitle: 'How the due date was worked out',
    // Dates carry the year only when it is not this year's (a run in early January).
    steps: [/^Sent \d{1,2} \w{3}( \d{4})? \d\d:\d\d \(Asia\/Shanghai\)$/, /^\+24 h promised on email$/, /^= due \d{1,2} \w{3}( \d{4})? \d\d:\d\d$/],
    pausedStep: /paused so far while waiting on you/,
    pausedLeft: /1[12] h( \d+ min)? left, not counting down/,
    clocks: 'Clocks',
    details: 'Ticket details',
    status: 'Status',
    resolved: 'Resolved',
    ratingDialog: 'How did Nexa Exchange handle this?',
    attitude: 'Attitude',
    problemSolving: 'Problem solving',
    score: (n: number, word: string) => `${n} – ${word}`,
    words: { 2: 'poor', 4: 'good' } as Record<number, string>,
    lessons: 'Lessons learned / questions to ask next time',
    saveRating: 'Save rating',
    skip: 'Skip for now',
    rateLater: "Rate the platform's handling",
    ratingSection: 'Rating',
    scorecardTitle: 'How platforms respond',
    empty: 'Nothing is due. Set a reminder on a ticket to be told when to follow up.',
  },
  zh: {
    dashboard: '现在要处理的事',
    overdue: '已超时',
    dueSoon: '即将到期',
    overdueBadge: '已超时',
    pausedBadge: '已暂停：等你处理',
    // The core's own sentence (src/main/core/followUp/clocks): spacing around the figure may be tuned there.
    clockLabel: /平台承诺 ?24 ?小时 ?内回复邮件/,
    overdueBy: /^超出 2 天( \d+ 小时)?$/,
    explanationTitle: '截止时间的计算过程',
    steps: [/^(\d{4}年)?\d{1,2}月\d{1,2}日 \d\d:\d\d 发出（Asia\/Shanghai）$/, /^\+24 小时：平台承诺的邮件回复时间$/, /^= (\d{4}年)?\d{1,2}月\d{1,2}日 \d\d:\d\d 到期$/],
    pausedStep: /至今暂停/,
    pausedLeft: /还剩 1[12] 小时( \d+ 分钟)?，暂停倒计时/,
    clocks: '计时',
    details: '工单详情',
    status: '状态',
    resolved: '已解决',
    ratingDialog: 'Nexa Exchange 处理得怎么样？',
    attitude: '服务态度',
    problemSolving: '解决问题',
    score: (n: number, word: string) => `${n} 分 – ${word}`,
    words: { 2: '较差', 4: '较好' } as Record<number, string>,
    lessons: '经验教训 / 下次要问的问题',
    saveRating: '保存评价',
    skip: '暂时跳过',
    rateLater: '评价平台的处理',
    ratingSection: '评价',
    scorecardTitle: '各平台的响应表现',
    empty: '目前没有到期的事。在工单上设个提醒，到时候 Casefile 会提醒你跟进。',
  },
};
type Texts = (typeof TEXT)['en'];

/**
 * A platform whose email channel promises an answer within 24 h, a ticket, and my email to them with no
 * answer, by default three days ago: the promised-response clock is then two days overdue.
 */
async function seedOverdueEmail(page: Page, server: ServerInfo, sentHoursAgo = 72) {
  const api = seedClient(page.request, server.url);
  const platform = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    officialDomains: ['nexa.example'],
    channels: [{ kind: 'email', address: 'support@nexa.example', foundVia: 'official_website', verified: true, promisedResponseHours: 24 }],
  });
  const ticket = await api.call('tickets.create', {
    platformId: platform.id,
    title: TITLE,
    category: 'withdrawal_delayed',
    transactions: [{ asset: 'USDT', amount: '1250.5', network: 'TRC20' }],
  });
  await api.call('log.add', {
    ticketId: ticket.id,
    author: 'me',
    channel: 'email',
    text: 'My withdrawal of 1250.5 USDT has been in review for a week. Please release it or tell me what you need.',
    occurredAt: new Date(Date.now() - sentHoursAgo * HOUR).toISOString(),
    timeZone: 'Asia/Shanghai',
  });
  return { api, platformId: platform.id, ticketId: ticket.id };
}

async function expectOverdueOnDashboard(page: Page, L: Texts) {
  const dashboard = page.getByRole('region', { name: L.dashboard });
  const overdue = dashboard.getByRole('region', { name: new RegExp(`^${L.overdue}`) });
  const row = overdue.getByRole('listitem').filter({ hasText: L.clockLabel });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(row).toContainText(L.overdueBadge);
  await expect(row.getByText(L.overdueBy)).toBeVisible();

  // Hovering the due date shows how it was reached, step by step, in this language.
  const due = row.getByRole('button', { name: /./ });
  await due.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(L.explanationTitle);
  const steps = tip.getByRole('listitem');
  await expect(steps).toHaveCount(L.steps.length);
  for (const [i, step] of L.steps.entries()) await expect(steps.nth(i)).toHaveText(step);
  // The steps are the button's description too, for screen readers.
  await expect(due).toHaveAccessibleDescription(new RegExp(L.explanationTitle));
  return row;
}

for (const lang of ['en', 'zh'] as const) {
  const L = TEXT[lang];
  test.describe(lang === 'en' ? 'in English' : 'in Chinese', () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });

    test('an overdue promised reply is on the dashboard and the ticket, and its due date explains itself', async ({ page, server }) => {
      const { ticketId } = await seedOverdueEmail(page, server);
      await page.goto(server.url);
      const row = await expectOverdueOnDashboard(page, L);
      await page.screenshot({ path: `${SHOTS}/dashboard-overdue-${lang}.png` });

      // Keyboard: focusing the date shows the same explanation; Escape hides it.
      await page.mouse.move(0, 0);
      await expect(page.getByRole('tooltip')).toBeHidden();
      await row.getByRole('button', { name: /./ }).focus();
      await expect(page.getByRole('tooltip')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tooltip')).toBeHidden();

      await row.getByRole('link', { name: TITLE }).click();
      await expect(page).toHaveURL(new RegExp(`#/tickets/${ticketId}$`));
      const clocks = page.getByRole('complementary', { name: L.details }).getByRole('region', { name: L.clocks });
      const promised = clocks.getByRole('listitem').filter({ hasText: L.clockLabel });
      await expect(promised).toContainText(L.overdueBadge);
      await expect(promised.getByText(L.overdueBy)).toBeVisible();
      await promised.getByRole('button', { name: /./ }).hover();
      await expect(page.getByRole('tooltip')).toContainText(L.explanationTitle);
      await page.screenshot({ path: `${SHOTS}/ticket-clocks-${lang}.png` });
    });

    test('waiting on me pauses the platform’s clock, and the explanation says so', async ({ page, server }) => {
      // Sent 12 h ago: 12 h left when the platform asks me for documents, and the clock stops there.
      const { api, ticketId } = await seedOverdueEmail(page, server, 12);
      await api.call('tickets.update', { id: ticketId, status: 'waiting_me' });
      await page.goto(`${server.url}#/tickets/${ticketId}`);
      const clocks = page.getByRole('complementary', { name: L.details }).getByRole('region', { name: L.clocks });
      const promised = clocks.getByRole('listitem').filter({ hasText: L.clockLabel });
      await expect(promised).toContainText(L.pausedBadge);
      await expect(promised).toContainText(L.pausedLeft);
      await promised.getByRole('button', { name: /./ }).hover();
      await expect(page.getByRole('tooltip')).toContainText(L.pausedStep);
      await page.screenshot({ path: `${SHOTS}/ticket-clocks-paused-${lang}.png` });

      await page.goto(server.url);
      const dashboard = page.getByRole('region', { name: L.dashboard });
      await expect(dashboard.getByRole('listitem').filter({ hasText: L.clockLabel })).toContainText(L.pausedBadge);
    });

    test('resolving a ticket asks for a rating, and the platform scorecard shows it', async ({ page, server }) => {
      const { ticketId } = await seedOverdueEmail(page, server);
      await page.goto(`${server.url}#/tickets/${ticketId}`);
      const panel = page.getByRole('complementary', { name: L.details });
      await panel.getByRole('combobox', { name: L.status }).selectOption({ label: L.resolved });

      const dialog = page.getByRole('dialog', { name: L.ratingDialog });
      await expect(dialog).toBeVisible();
      // Saving with nothing chosen says what is missing and keeps the dialog open.
      await dialog.getByRole('button', { name: L.saveRating }).click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('radiogroup', { name: L.attitude })).toHaveAttribute('aria-invalid', 'true');
      await dialog.getByRole('radiogroup', { name: L.attitude }).getByRole('radio', { name: L.score(4, L.words[4]!) }).check();
      await dialog.getByRole('radiogroup', { name: L.problemSolving }).getByRole('radio', { name: L.score(2, L.words[2]!) }).check();
      await dialog.getByRole('textbox', { name: new RegExp(L.lessons.replace(/[/()]/g, '.')) }).fill('Ask for the case number in the first chat.');
      await page.screenshot({ path: `${SHOTS}/rating-dialog-${lang}.png` });
      await dialog.getByRole('button', { name: L.saveRating }).click();
      await expect(dialog).toBeHidden();

      const rating = panel.getByRole('region', { name: L.ratingSection });
      await expect(rating).toContainText('4 / 5');
      await expect(rating).toContainText('2 / 5');
      await expect(rating).toContainText('Ask for the case number in the first chat.');

      // Resolved: its clocks stopped, so the dashboard has nothing for it.
      await page.goto(server.url);
      await expect(page.getByRole('region', { name: L.dashboard })).toContainText(L.empty);
      const scorecards = page.getByRole('region', { name: L.scorecardTitle });
      const card = scorecards.getByRole('article', { name: 'Nexa Exchange' });
      await expect(card.getByRole('definition').nth(0)).toHaveText('4 / 5');
      await expect(card.getByRole('definition').nth(1)).toHaveText('2 / 5');
    });
  });
}

test('the rating can be skipped and given later from the ticket', async ({ page, server }) => {
  const L = TEXT.en;
  const { ticketId } = await seedOverdueEmail(page, server);
  await page.goto(`${server.url}#/tickets/${ticketId}`);
  const panel = page.getByRole('complementary', { name: L.details });
  await panel.getByRole('combobox', { name: L.status }).selectOption({ label: 'Closed' });
  const dialog = page.getByRole('dialog', { name: L.ratingDialog });
  // Focus starts on "Skip for now": a stray Enter saves nothing.
  await expect(dialog.getByRole('button', { name: L.skip })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // Reopening and closing again asks again: it is still not rated.
  await panel.getByRole('combobox', { name: L.status }).selectOption({ label: 'Open' });
  await panel.getByRole('combobox', { name: L.status }).selectOption({ label: 'Closed' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: L.skip }).click();

  await panel.getByRole('region', { name: L.ratingSection }).getByRole('button', { name: L.rateLater }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radiogroup', { name: L.attitude }).getByRole('radio', { name: '5 – very good' }).check();
  await dialog.getByRole('radiogroup', { name: L.problemSolving }).getByRole('radio', { name: '3 – acceptable' }).check();
  await dialog.getByRole('button', { name: L.saveRating }).click();
  await expect(panel.getByRole('region', { name: L.ratingSection })).toContainText('5 / 5');
  await expect(panel.getByRole('region', { name: L.ratingSection }).getByRole('button', { name: 'Change rating' })).toBeVisible();
});

test.describe('dark theme at 200% zoom', () => {
  // Half the usual viewport in CSS pixels is what a 200% zoom leaves of a 1280×800 window.
  test.use({ colorScheme: 'dark', viewport: { width: 640, height: 400 }, locale: 'en-US' });

  /** How far `inner` reaches past the right edge of `outer` (0 or less: it fits inside). */
  const pastRightEdge = async (inner: Locator, outer: Locator) => {
    const [a, b] = await Promise.all([inner.boundingBox(), outer.boundingBox()]);
    return a!.x + a!.width - (b!.x + b!.width);
  };

  test('the dashboard and the ticket’s clocks fit their column, with the explanation inside it', async ({ page, server }) => {
    const { ticketId } = await seedOverdueEmail(page, server);
    await page.goto(server.url);
    const row = await expectOverdueOnDashboard(page, TEXT.en);
    const main = page.getByRole('main');
    expect(await pastRightEdge(page.getByRole('region', { name: TEXT.en.dashboard }), main)).toBeLessThanOrEqual(0);
    expect(await pastRightEdge(page.getByRole('tooltip'), row)).toBeLessThanOrEqual(0.5);
    await page.screenshot({ path: `${SHOTS}/dashboard-dark-zoom.png`, fullPage: true });

    await page.goto(`${server.url}#/tickets/${ticketId}`);
    const clocks = page.getByRole('region', { name: TEXT.en.clocks });
    const item = clocks.getByRole('listitem').filter({ hasText: TEXT.en.clockLabel });
    const due = item.getByRole('button', { name: /./ });
    await due.scrollIntoViewIfNeeded();
    await due.focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await pastRightEdge(clocks, page.getByRole('complementary', { name: TEXT.en.details }))).toBeLessThanOrEqual(0);
    expect(await pastRightEdge(page.getByRole('tooltip'), item)).toBeLessThanOrEqual(0.5);
    await page.screenshot({ path: `${SHOTS}/ticket-clocks-dark-zoom.png` });
  });
});
