/**
 * Desktop reminders: every 30 seconds (and once at start) the core hands out the reminders that have come
 * due (reminders.take: each occurrence exactly once, whichever shell asks), and each becomes a system
 * notification. Clicking one brings the window forward and tells the page to open the ticket.
 *
 * Reminders that came due while Casefile was closed arrive in the first take; more than one of them make
 * ONE notification ("3 reminders were due while Casefile was closed") rather than a burst.
 */
import { Notification, type BrowserWindow } from 'electron';
import { OPEN_TICKET_CHANNEL } from '../../shared/api/events';
import type { Reminder } from '../../shared/followUp';
import type { Router } from '../core/api/router';

export const REMINDER_POLL_MS = 30_000;

export type NotifierLanguage = 'en' | 'zh-CN';

export interface ReminderNotifierOptions {
  router: Pick<Router, 'call'>;
  /** The main window, created or restored when there is none. */
  window: () => BrowserWindow | undefined;
  /** The app's language, when known; English otherwise. */
  language?: () => NotifierLanguage;
  log: (message: string) => void;
}

export interface ReminderNotifier {
  /** One take (the timer calls it; tests too). Never rejects. */
  tick(): Promise<void>;
  stop(): void;
}

const TEXT = {
  en: {
    body: 'Follow up on this ticket',
    whileClosed: (n: number) => `${n} reminders were due while Casefile was closed`,
  },
  'zh-CN': {
    body: '请跟进此工单',
    whileClosed: (n: number) => `Casefile 关闭期间有 ${n} 个提醒到期`,
  },
} as const;

export function startReminderNotifier(options: ReminderNotifierOptions): ReminderNotifier {
  // Electron drops the click handler of a notification that was garbage-collected: keep them until used.
  const shown = new Set<Notification>();
  let first = true;
  let stopped = false;
  let running: Promise<void> | null = null;

  const show = (title: string, body: string, ticketId: number | null) => {
    const notification = new Notification({ title, body });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      openTicket(options.window(), ticketId);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };

  const deliver = (reminders: Reminder[], afterStart: boolean) => {
    const text = TEXT[options.language?.() ?? 'en'];
    if (afterStart && reminders.length > 1) {
      const tickets = new Set(reminders.map((r) => r.ticketId));
      const titles = [...new Set(reminders.map((r) => r.ticketTitle))];
      show(text.whileClosed(reminders.length), titles.slice(0, 3).join(' · ') + (titles.length > 3 ? ' …' : ''), tickets.size === 1 ? reminders[0]!.ticketId : null);
      return;
    }
    for (const r of reminders) show(r.ticketTitle, r.note ?? text.body, r.ticketId);
  };

  const take = async () => {
    if (!Notification.isSupported()) return; // nothing taken: the page's banner still lists them (reminders.due)
    const result = await options.router.call('reminders.take', undefined);
    if (!result.ok) {
      options.log(`reminders: take failed: ${result.error.message}`);
      return;
    }
    // Taken means marked delivered: show them even if the notifier is being stopped meanwhile.
    deliver(result.value as Reminder[], first);
    first = false;
  };

  const tick = () => {
    if (stopped) return Promise.resolve();
    // One take at a time: a slow one is never overtaken by the next tick.
    running ??= take()
      .catch((error: unknown) => options.log(`reminders: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void tick(), REMINDER_POLL_MS);
  timer.unref?.();
  void tick();
  return {
    tick,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}

/** Brings the window forward and, once the page is loaded, asks it to show the ticket. */
function openTicket(window: BrowserWindow | undefined, ticketId: number | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  if (ticketId === null) return;
  const send = () => window.webContents.send(OPEN_TICKET_CHANNEL, ticketId);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
