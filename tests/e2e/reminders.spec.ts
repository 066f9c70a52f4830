/**
 * Reminders (issue 5) against the real web-mode server: "Remind me" with a preset or a date and time,
 * repeat until they answer, snooze / done / cancel, the clear error for a time already gone, Alt+R, and
 * web mode's banners: a reminder that comes due is shown once (a reload does not repeat it), several
 * due while Casefile was closed come as one grouped banner. In English and Chinese.
 */
import type { Page } from '@playwright/test';
import { expect, test, type ServerInfo } from './fixtures';
import { seedClient, seedTicket } from './seed';

const SHOTS = 'test-results/follow-up-screens';
const ZONE = 'Asia/Shanghai'; // playwright.config.ts: the browser's time zone
const HOUR = 3_600_000;

interface ReminderRow {
  id: number;
  ticketId: number;
  dueAt: string;
  state: string;
  note: string | null;
  notifiedAt: string | null;
}

/** An instant as the app prints it in English (date-fns "PPp"): "Nov 28, 2025, 10:32 AM". */
function enDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: ZONE,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.month} ${parts.day}, ${parts.year}, ${parts.hour}:${parts.minute} ${parts.dayPeriod}`;
}

/** The value a datetime-local field takes for an instant, in the browser's zone. */
function localInputValue(ms: number): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

async function openTicket(page: Page, server: ServerInfo, ticketId: number) {
  await page.goto(`${server.url}#/tickets/${ticketId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Reminders due in a moment, set through the API; resolves once the server counts them as due. */
async function remindersDueShortly(api: ReturnType<typeof seedClient>, items: { ticketId: number; note: string }[]) {
  const due = new Date(Date.now() + 1_500).toISOString();
  const ids: number[] = [];
  for (const item of items) ids.push((await api.call<ReminderRow>('reminders.create', { ...item, dueAt: due, timeZone: ZONE })).id);
  await expect
    .poll(async () => (await api.call<ReminderRow[]>('reminders.due')).filter((r) => ids.includes(r.id)).length, { timeout: 10_000 })
    .toBe(ids.length);
}

/** A short "when" as the banner prints it within the coming week: "Thu 09:00" / "周四 09:00". */
function nextText(iso: string, language: 'en' | 'zh-CN'): string {
  const weekday = new Intl.DateTimeFormat(language, { timeZone: ZONE, weekday: 'short' }).format(new Date(iso));
  const time = new Intl.DateTimeFormat(language, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return `${weekday} ${time}`;
}

/** A repeating reminder due in a moment; resolves once the server counts it as due. */
async function repeatingDueShortly(api: ReturnType<typeof seedClient>, ticketId: number, note: string, repeatEveryDays: number): Promise<number> {
  const { id } = await api.call<ReminderRow>('reminders.create', { ticketId, note, dueAt: new Date(Date.now() + 1_500).toISOString(), timeZone: ZONE, repeatEveryDays });
  await expect.poll(async () => (await api.call<ReminderRow[]>('reminders.due')).some((r) => r.id === id), { timeout: 10_000 }).toBe(true);
  return id;
}

/** Reloads (or opens) the page and waits for its first `reminders.take` to have answered. */
async function loadAndTake(page: Page, load: () => Promise<unknown>) {
  const taken = page.waitForResponse((r) => r.url().endsWith('/api/reminders.take'));
  await load();
  await taken;
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('a preset reminder is listed with the time the server set, and can be snoozed, done or cancelled', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api);
    await openTicket(page, server, ticketId);
    const panel = page.getByRole('complementary', { name: 'Ticket details' });
    const section = panel.getByRole('region', { name: 'Reminders' });
    await expect(section).toContainText('No reminder set.');

    await page.getByRole('button', { name: 'Remind me', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Remind me about this ticket' });
    await dialog.getByRole('radio', { name: /^In 3 days/ }).check();
    await dialog.getByRole('textbox', { name: /^Note/ }).fill('Ask for the case number again');
    await page.screenshot({ path: `${SHOTS}/remind-me-en.png` });
    const before = Date.now();
    await dialog.getByRole('button', { name: 'Set reminder' }).click();
    await expect(dialog).toBeHidden();
    const after = Date.now();

    const [saved] = await api.call<ReminderRow[]>('reminders.list', { ticketId });
    expect(saved).toBeDefined();
    // Asia/Shanghai has no daylight saving: three days at the same wall time is exactly 72 hours.
    expect(Date.parse(saved!.dueAt)).toBeGreaterThanOrEqual(before + 72 * HOUR - 1_000);
    expect(Date.parse(saved!.dueAt)).toBeLessThanOrEqual(after + 72 * HOUR + 1_000);
    await expect(page.getByRole('status').filter({ hasText: 'Reminder set for' })).toContainText(enDateTime(saved!.dueAt));
    await page.screenshot({ path: `${SHOTS}/reminder-set-en.png` });

    const pending = section.getByRole('list', { name: 'Pending reminders' }).getByRole('listitem');
    await expect(pending).toHaveCount(1);
    await expect(pending).toContainText('Due in 3 days');
    await expect(pending).toContainText(enDateTime(saved!.dueAt));
    await expect(pending).toContainText('Ask for the case number again');
    await expect(pending).toContainText('Ends when they reply');

    // Snooze for an hour: due about an hour from now instead.
    await pending.getByRole('button', { name: 'Snooze' }).click();
    await pending.getByRole('group', { name: 'Snooze options' }).getByRole('button', { name: '1 hour' }).click();
    await expect.poll(async () => Date.parse((await api.call<ReminderRow[]>('reminders.list', { ticketId }))[0]!.dueAt) - Date.now()).toBeLessThan(HOUR + 5_000);
    const snoozed = (await api.call<ReminderRow[]>('reminders.list', { ticketId }))[0]!;
    await expect(pending).toContainText(enDateTime(snoozed.dueAt));

    // Cancel asks first; the cancelled reminder is kept, folded under "Ended".
    await pending.getByRole('button', { name: 'Cancel reminder' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Cancel this reminder?' });
    await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel reminder' }).click();
    await expect(confirm).toBeHidden();
    await expect(section).toContainText('No reminder set.');
    await section.getByRole('button', { name: 'Ended (1)' }).click();
    await expect(section).toContainText('Cancelled');

    // Done: set another, mark it done.
    await page.getByRole('button', { name: 'Remind me', exact: true }).click();
    await dialog.getByRole('button', { name: 'Set reminder' }).click();
    await expect(dialog).toBeHidden();
    await pending.getByRole('button', { name: 'Done' }).click();
    await expect(section.getByRole('button', { name: 'Ended (2)' })).toBeVisible();
    await expect(section).toContainText('Done');
    const states = (await api.call<ReminderRow[]>('reminders.list', { ticketId, includeEnded: true })).map((r) => r.state).sort();
    expect(states).toEqual(['cancelled', 'done']);
  });

  test('a custom time in the past is refused with a clear message and nothing typed is lost', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api);
    await openTicket(page, server, ticketId);
    await page.keyboard.press('Alt+r');
    const dialog = page.getByRole('dialog', { name: 'Remind me about this ticket' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'Pick a date and time' }).check();
    await expect(dialog.getByText(`In your time zone (${ZONE}).`)).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Date and time', exact: true }).fill(localInputValue(Date.now() - 2 * HOUR));
    await dialog.getByRole('textbox', { name: /^Note/ }).fill('Chase the compliance team');
    await dialog.getByRole('button', { name: 'Set reminder' }).click();
    await expect(dialog.getByRole('alert')).toContainText('That time has already passed. Pick a time in the future.');
    await expect(dialog.getByRole('textbox', { name: /^Note/ })).toHaveValue('Chase the compliance team');
    await page.screenshot({ path: `${SHOTS}/remind-me-past-en.png` });
    expect(await api.call<ReminderRow[]>('reminders.list', { ticketId })).toHaveLength(0);

    // A time two days ahead, repeating every 2 days until they answer.
    const ahead = localInputValue(Date.now() + 2 * 24 * HOUR);
    await dialog.getByRole('textbox', { name: 'Date and time', exact: true }).fill(ahead);
    await dialog.getByRole('checkbox', { name: 'Repeat every' }).check();
    await dialog.getByRole('spinbutton', { name: 'Number of days between reminders' }).fill('2');
    await dialog.getByRole('button', { name: 'Set reminder' }).click();
    await expect(dialog).toBeHidden();
    const [saved] = await api.call<ReminderRow[]>('reminders.list', { ticketId });
    expect(localInputValue(Date.parse(saved!.dueAt))).toBe(ahead);
    const item = page.getByRole('list', { name: 'Pending reminders' }).getByRole('listitem');
    await expect(item).toContainText(enDateTime(saved!.dueAt));
    await expect(item).toContainText('Repeats every 2 days · Ends when they reply');

    // The agent answers: the "until they answer" reminder ends by itself.
    await page.getByRole('radio', { name: 'Agent' }).check();
    await page.getByRole('textbox', { name: 'Message', exact: true }).fill('We are looking into it, please wait.');
    await page.getByRole('button', { name: 'Add entry' }).click();
    const section = page.getByRole('region', { name: 'Reminders', exact: true });
    await expect(section).toContainText('No reminder set.');
    await section.getByRole('button', { name: 'Ended (1)' }).click();
    await expect(section).toContainText('Ended: they replied');

    // Alt+R is listed with the other shortcuts.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Remind me about the open ticket');
  });

  test('a reminder that comes due shows a banner once; reloading does not repeat it', async ({ page, server, context }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api);
    await remindersDueShortly(api, [{ ticketId, note: 'Phone support if no email yet' }]);

    await loadAndTake(page, () => page.goto(server.url));
    const banner = page.getByRole('region', { name: 'Reminder: Withdrawal of 0.5 BTC not received' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Phone support if no email yet');
    await expect(banner).toContainText(/was due/);
    // The dashboard lists it too, until it is done.
    const dashboard = page.getByRole('region', { name: 'Needs action now' });
    await expect(dashboard.getByRole('region', { name: /^Reminders due now/ })).toContainText('Phone support if no email yet');
    await page.screenshot({ path: `${SHOTS}/banner-en.png` });

    // Browser notifications are asked for only from the button, and the choice is remembered.
    await context.grantPermissions(['notifications']);
    await banner.getByRole('button', { name: 'Also notify me in the browser' }).click();
    await expect(banner).toContainText('Browser notifications are on.');

    await loadAndTake(page, () => page.reload());
    await expect(page.getByRole('region', { name: /^Reminder:/ })).toHaveCount(0);
    // Still due (not done): it stays on the dashboard, where it can be snoozed.
    const due = dashboard.getByRole('region', { name: /^Reminders due now/ });
    await expect(due).toContainText('Phone support if no email yet');
    await due.getByRole('button', { name: 'Snooze 1 h' }).click();
    await expect(due).toBeHidden();
    const [snoozed] = await api.call<ReminderRow[]>('reminders.list', { ticketId });
    expect(Date.parse(snoozed!.dueAt)).toBeGreaterThan(Date.now() + HOUR - 60_000);
    expect(snoozed!.notifiedAt).toBeNull();
  });

  test('a repeating reminder’s banner: "Followed up" keeps the series, "Stop repeating" ends it after asking', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api);
    const id = await repeatingDueShortly(api, ticketId, 'Chase the withdrawal', 3);

    await loadAndTake(page, () => page.goto(server.url));
    const banner = page.getByRole('region', { name: 'Reminder: Withdrawal of 0.5 BTC not received' });
    await expect(banner).toContainText('Chase the withdrawal');
    // take has already moved it on: the banner says when the next one comes, and offers no plain "Done".
    const [moved] = await api.call<ReminderRow[]>('reminders.list', { ticketId });
    expect(moved!.state).toBe('pending');
    expect(Date.parse(moved!.dueAt)).toBeGreaterThan(Date.now() + 2 * 24 * HOUR);
    await expect(banner).toContainText(`Repeats every 3 days · Next: ${nextText(moved!.dueAt, 'en')}`);
    await expect(banner.getByRole('button', { name: 'Done' })).toHaveCount(0);
    await expect(banner.getByRole('button', { name: 'Snooze 1 h' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/banner-repeating-en.png` });

    // "Followed up": the banner goes, the next occurrence stays exactly where it was.
    await banner.getByRole('button', { name: 'Followed up' }).click();
    await expect(banner).toBeHidden();
    expect(await api.call<ReminderRow[]>('reminders.list', { ticketId })).toMatchObject([{ id, state: 'pending', dueAt: moved!.dueAt }]);

    // Next time it comes due: "Stop repeating" asks first; "Cancel" keeps the series.
    await api.call('reminders.cancel', { id });
    await repeatingDueShortly(api, ticketId, 'Ask for a supervisor', 3);
    await loadAndTake(page, () => page.reload());
    await expect(banner).toContainText('Ask for a supervisor');
    await banner.getByRole('button', { name: 'Stop repeating' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Stop this repeating reminder?' });
    await expect(confirm).toContainText('It repeats every 3 days; the next one is due');
    await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(banner).toBeVisible();
    expect((await api.call<ReminderRow[]>('reminders.list', { ticketId })).map((r) => r.state)).toEqual(['pending']);
    await banner.getByRole('button', { name: 'Stop repeating' }).click();
    await confirm.getByRole('button', { name: 'Stop repeating' }).click();
    await expect(confirm).toBeHidden();
    await expect(banner).toBeHidden();
    expect(await api.call<ReminderRow[]>('reminders.list', { ticketId })).toEqual([]);

    // The ticket's list names the same action for a repeating reminder, and asks as well.
    await api.call('reminders.create', { ticketId, preset: 'in_3_days', timeZone: ZONE, repeatEveryDays: 7 });
    await openTicket(page, server, ticketId);
    const pending = page.getByRole('list', { name: 'Pending reminders' }).getByRole('listitem');
    await expect(pending.getByRole('button', { name: 'Done' })).toHaveCount(0);
    await pending.getByRole('button', { name: 'Stop repeating' }).click();
    await expect(confirm).toContainText('It repeats every 7 days');
    await confirm.getByRole('button', { name: 'Stop repeating' }).click();
    await expect(page.getByRole('region', { name: 'Reminders', exact: true })).toContainText('No reminder set.');
  });

  test('reminders due while Casefile was closed come as one grouped banner, once', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const first = await seedTicket(api);
    const platforms = await api.call<{ id: number }[]>('platforms.list');
    const second = (await api.call('tickets.create', { platformId: platforms[0]!.id, title: 'KYC review for 3 weeks' })).id;
    await remindersDueShortly(api, [
      { ticketId: first, note: 'Ask for the txid' },
      { ticketId: second, note: 'Send the ID photos again' },
    ]);

    await loadAndTake(page, () => page.goto(server.url));
    const group = page.getByRole('region', { name: '2 reminders were due while Casefile was closed' });
    await expect(group).toBeVisible();
    await expect(group.getByRole('heading', { level: 3 })).toHaveText([
      'Reminder: Withdrawal of 0.5 BTC not received',
      'Reminder: KYC review for 3 weeks',
    ]);
    await page.screenshot({ path: `${SHOTS}/banner-grouped-en.png` });

    // Done on one: its line goes, the other stays; the dashboard follows.
    await group.getByRole('listitem').filter({ hasText: 'Ask for the txid' }).getByRole('button', { name: 'Done' }).click();
    const rest = page.getByRole('region', { name: '1 reminder was due while Casefile was closed' });
    await expect(rest.getByRole('listitem')).toHaveCount(1);
    await expect(rest).toContainText('Send the ID photos again');

    await loadAndTake(page, () => page.reload());
    await expect(page.getByRole('region', { name: /reminders? (was|were) due/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Reminders due now/ }).getByRole('listitem')).toHaveCount(1);

    // "Open ticket" in a banner that came while the page was open goes to that ticket.
    await remindersDueShortly(api, [{ ticketId: second, note: 'Escalate to a supervisor' }]);
    const taken = page.waitForResponse((r) => r.url().endsWith('/api/reminders.take'));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await taken;
    const single = page.getByRole('region', { name: 'Reminder: KYC review for 3 weeks' });
    await expect(single).toContainText('Escalate to a supervisor');
    await single.getByRole('button', { name: 'Open ticket' }).click();
    await expect(page).toHaveURL(new RegExp(`#/tickets/${second}$`));
    await expect(single).toBeHidden();
  });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the reminder dialog, its error, the list and the banner are in Chinese', async ({ page, server }) => {
    const api = seedClient(page.request, server.url);
    const ticketId = await seedTicket(api, '提现 0.5 BTC 未到账');
    await openTicket(page, server, ticketId);
    await page.getByRole('button', { name: '提醒我' }).click();
    const dialog = page.getByRole('dialog', { name: '为这张工单设置提醒' });
    await expect(dialog.getByRole('radio', { name: /^24 小时后/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /^下一个工作日 09:00/ })).toBeVisible();
    await dialog.getByRole('radio', { name: '自选日期和时间' }).check();
    await dialog.getByRole('textbox', { name: '日期和时间', exact: true }).fill(localInputValue(Date.now() - HOUR));
    await dialog.getByRole('button', { name: '设置提醒' }).click();
    await expect(dialog.getByRole('alert')).toContainText('这个时间已经过去了，请选一个将来的时间。');
    await page.screenshot({ path: `${SHOTS}/remind-me-past-zh.png` });

    await dialog.getByRole('radio', { name: /^3 天后/ }).check();
    await dialog.getByRole('button', { name: '设置提醒' }).click();
    await expect(dialog).toBeHidden();
    const item = page.getByRole('list', { name: '待提醒' }).getByRole('listitem');
    await expect(item).toContainText('3 天内到期');
    await expect(item).toContainText('对方回复后结束');
    await expect(item.getByRole('button', { name: '稍后提醒' })).toBeVisible();
    await expect(item.getByRole('button', { name: '完成', exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/reminders-panel-zh.png` });

    await remindersDueShortly(api, [{ ticketId, note: '打电话给客服' }]);
    await loadAndTake(page, () => page.reload());
    const banner = page.getByRole('region', { name: '提醒：提现 0.5 BTC 未到账' });
    await expect(banner).toContainText('打电话给客服');
    await expect(banner.getByRole('button', { name: '1 小时后再提醒' })).toBeVisible();
    await expect(banner.getByRole('button', { name: '打开工单' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/banner-zh.png` });
    await banner.getByRole('button', { name: '完成', exact: true }).click();
    await expect(banner).toBeHidden();

    // A repeating one: "已跟进" keeps the series and says when the next one comes; "停止重复" asks first.
    await repeatingDueShortly(api, ticketId, '再问一次 txid', 2);
    await loadAndTake(page, () => page.reload());
    await expect(banner).toContainText('再问一次 txid');
    const next = (await api.call<ReminderRow[]>('reminders.list', { ticketId })).find((r) => r.note === '再问一次 txid')!;
    await expect(banner).toContainText(`每 2 天重复 · 下次：${nextText(next.dueAt, 'zh-CN')}`);
    await page.screenshot({ path: `${SHOTS}/banner-repeating-zh.png` });
    await banner.getByRole('button', { name: '停止重复' }).click();
    const confirm = page.getByRole('alertdialog', { name: '停止这个重复提醒？' });
    await expect(confirm).toContainText('它每 2 天重复一次，下次在');
    await confirm.getByRole('button', { name: '停止重复' }).click();
    await expect(banner).toBeHidden();
  });
});
