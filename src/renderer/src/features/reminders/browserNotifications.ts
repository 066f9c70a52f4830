import { useSyncExternalStore } from 'react';
import type { Reminder } from '@shared/followUp';
import { readStored, writeStored } from '@renderer/lib/storage';

/**
 * The browser's own notifications for web mode, opt-in: the permission is asked only when the user
 * presses a button (browsers ignore or punish asking on load), and the choice is remembered. The
 * in-app banner comes either way; this adds a notification outside the tab.
 */
const CHOICE_KEY = 'casefile.browserNotifications';

export type BrowserNotifyState = 'unsupported' | 'blocked' | 'off' | 'on';

const listeners = new Set<() => void>();
let choice = readStored(CHOICE_KEY, (raw) => (typeof raw === 'boolean' ? raw : null)) ?? false;

function supported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

function currentState(): BrowserNotifyState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return choice && Notification.permission === 'granted' ? 'on' : 'off';
}

function setChoice(next: boolean): void {
  choice = next;
  writeStored(CHOICE_KEY, next);
  listeners.forEach((listener) => listener());
}

/** Must run inside a click handler: it may show the browser's permission prompt. */
export async function enableBrowserNotifications(): Promise<BrowserNotifyState> {
  if (!supported()) return 'unsupported';
  const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  setChoice(permission === 'granted');
  return currentState();
}

export function disableBrowserNotifications(): void {
  setChoice(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBrowserNotifyState(): BrowserNotifyState {
  return useSyncExternalStore(subscribe, currentState);
}

/**
 * A browser notification for a reminder, when the user turned them on and is not looking at the page
 * (the banner is enough when they are). Clicking it brings the tab forward on the ticket.
 */
export function notifyInBrowser(reminder: Reminder, title: string, body: string, onOpen: (ticketId: number) => void): void {
  if (currentState() !== 'on') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  try {
    const notification = new Notification(title, { body, tag: `casefile-reminder-${reminder.id}` });
    notification.onclick = () => {
      window.focus();
      onOpen(reminder.ticketId);
      notification.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker: the banner still shows.
  }
}
