/**
 * The desktop reminder notifier against a REAL core (SQLite in a temp folder, fake clock) with Electron's
 * Notification replaced by a fake: one notification per due reminder, one summary for several that came
 * due while the app was closed, a click focuses the window and opens the ticket, nothing twice, and a
 * failing take is logged, not thrown.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPEN_TICKET_CHANNEL } from '../../../src/shared/api/events';
import { REMINDER_POLL_MS, startReminderNotifier, type ReminderNotifier } from '../../../src/main/desktop/reminderNotifier';
import type { BrowserWindow } from 'electron';
import { call, cleanup, createTicket, openTestCore, type TestCore } from '../helpers';

const fake = vi.hoisted(() => {
  const shown: { title: string; body: string; click: () => void }[] = [];
  const state = { supported: true };
  class Notification {
    private handlers = new Map<string, () => void>();
    constructor(private readonly options: { title: string; body: string }) {}
    static isSupported = () => state.supported;
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
      return this;
    }
    show() {
      shown.push({ ...this.options, click: () => this.handlers.get('click')?.() });
    }
  }
  return { shown, state, electron: { Notification } };
});
vi.mock('electron', () => fake.electron);

function fakeWindow(loading = false) {
  const webContents = { send: vi.fn(), isLoading: vi.fn(() => loading), once: vi.fn() };
  return {
    webContents,
    isDestroyed: vi.fn(() => false),
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

let t: TestCore;
let notifier: ReminderNotifier | undefined;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;

beforeEach(() => {
  fake.shown.length = 0;
  fake.state.supported = true;
  log = vi.fn<(message: string) => void>();
  t = openTestCore();
});

afterEach(() => {
  notifier?.stop();
  notifier = undefined;
  vi.useRealTimers();
  cleanup();
});

const start = (window: ReturnType<typeof fakeWindow> | undefined, language?: 'en' | 'zh-CN') => {
  notifier = startReminderNotifier({
    router: t.router,
    window: () => window as unknown as BrowserWindow | undefined,
    ...(language ? { language: () => language } : {}),
    log,
  });
  return notifier;
};

describe('reminder notifier', () => {
  it('summarises several reminders that came due while Casefile was closed in ONE notification, once', async () => {
    const a = await createTicket(t.router, { title: 'Withdrawal stuck' });
    const b = await createTicket(t.router, { title: 'Account frozen', platformId: a.platformId });
    for (const ticketId of [a.ticketId, a.ticketId, b.ticketId]) await call(t.router, 'reminders.create', { ticketId, preset: 'in_24_hours' });
    t.clock.advance(2 * 24 * 3_600_000);

    const window = fakeWindow();
    await start(window).tick();
    await notifier!.tick();
    expect(fake.shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: '3 reminders were due while Casefile was closed', body: 'Withdrawal stuck · Account frozen' },
    ]);
    // Two tickets: the click brings the window forward; the page's banner lists them.
    fake.shown[0]!.click();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(await call(t.router, 'reminders.take')).toEqual([]);
  });

  it('shows one notification per reminder after that: the ticket title, the note or a default; a click opens the ticket', async () => {
    const { ticketId } = await createTicket(t.router, { title: 'USDT 提现未到账' });
    const window = fakeWindow();
    await start(window).tick();
    expect(fake.shown).toEqual([]);

    await call(t.router, 'reminders.create', { ticketId, dueAt: new Date(t.clock.now().getTime() + 60_000).toISOString(), note: 'Ask for the txid' });
    await call(t.router, 'reminders.create', { ticketId, dueAt: new Date(t.clock.now().getTime() + 60_000).toISOString() });
    t.clock.advance(60_000);
    await notifier!.tick();
    expect(fake.shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'USDT 提现未到账', body: 'Ask for the txid' },
      { title: 'USDT 提现未到账', body: 'Follow up on this ticket' },
    ]);
    fake.shown[0]!.click();
    expect(window.show).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(OPEN_TICKET_CHANNEL, ticketId);
    await notifier!.tick();
    expect(fake.shown).toHaveLength(2);
  });

  it('speaks the app language, and a single missed reminder is shown as itself', async () => {
    const { ticketId } = await createTicket(t.router, { title: '冻结' });
    await call(t.router, 'reminders.create', { ticketId, preset: 'in_24_hours' });
    t.clock.advance(25 * 3_600_000);
    await start(fakeWindow(), 'zh-CN').tick();
    expect(fake.shown.map(({ title, body }) => ({ title, body }))).toEqual([{ title: '冻结', body: '请跟进此工单' }]);
  });

  it('sends the ticket once the page has loaded, when the window was just opened', async () => {
    const { ticketId } = await createTicket(t.router);
    await call(t.router, 'reminders.create', { ticketId, preset: 'in_24_hours' });
    t.clock.advance(25 * 3_600_000);
    const window = fakeWindow(true);
    await start(window).tick();
    fake.shown[0]!.click();
    expect(window.webContents.send).not.toHaveBeenCalled();
    const [event, send] = window.webContents.once.mock.calls[0] as unknown as [string, () => void];
    expect(event).toBe('did-finish-load');
    send();
    expect(window.webContents.send).toHaveBeenCalledWith(OPEN_TICKET_CHANNEL, ticketId);
  });

  it('takes every 30 seconds, and once at start', async () => {
    vi.useFakeTimers();
    const { ticketId } = await createTicket(t.router);
    const take = vi.spyOn(t.router, 'call');
    start(fakeWindow());
    expect(take).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(REMINDER_POLL_MS - 1);
    expect(take).toHaveBeenCalledTimes(1);
    await call(t.router, 'reminders.create', { ticketId, dueAt: new Date(t.clock.now().getTime() + 1000).toISOString() });
    t.clock.advance(1000);
    take.mockClear();
    await vi.advanceTimersByTimeAsync(1);
    expect(take).toHaveBeenCalledWith('reminders.take', undefined);
    expect(fake.shown).toHaveLength(1);
    notifier!.stop();
    take.mockClear();
    await vi.advanceTimersByTimeAsync(10 * REMINDER_POLL_MS);
    expect(take).not.toHaveBeenCalled();
  });

  it('logs a failed take and keeps going; takes nothing where notifications are not supported', async () => {
    const { ticketId } = await createTicket(t.router);
    await call(t.router, 'reminders.create', { ticketId, preset: 'in_24_hours' });
    t.clock.advance(25 * 3_600_000);
    fake.state.supported = false;
    await start(fakeWindow()).tick();
    expect(fake.shown).toEqual([]);
    expect(await call(t.router, 'reminders.due')).toHaveLength(1);
    notifier!.stop();

    fake.state.supported = true;
    const broken = { call: vi.fn(async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'disk on fire' } })) };
    notifier = startReminderNotifier({ router: broken, window: () => undefined, log });
    await notifier.tick();
    expect(log).toHaveBeenCalledWith('reminders: take failed: disk on fire');
    // The reminder was never taken, so the next notifier still shows it.
    notifier.stop();
    await start(fakeWindow()).tick();
    expect(fake.shown).toHaveLength(1);
  });
});
