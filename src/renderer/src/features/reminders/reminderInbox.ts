import { useSyncExternalStore } from 'react';
import type { Reminder } from '@shared/followUp';

/**
 * Reminders handed out by `reminders.take`, waiting on screen as banners. Kept outside React on
 * purpose: `take` marks them delivered on the server, so an answer must never be dropped because the
 * component that asked re-mounted meanwhile (StrictMode, a route change).
 */
export interface Delivery {
  key: number;
  reminders: Reminder[];
  /** From the first take after start: these came due while Casefile was closed. */
  whileClosed: boolean;
  /** Came several at once: stays a grouped banner even when all but one are settled. */
  grouped: boolean;
}

let deliveries: Delivery[] = [];
let nextKey = 1;
let firstTakeDone = false;
const listeners = new Set<() => void>();

function publish(next: Delivery[]): void {
  deliveries = next;
  listeners.forEach((listener) => listener());
}

/** One take's answer: several at once are one grouped banner, a single one its own banner. */
export function receiveTaken(reminders: Reminder[]): void {
  const whileClosed = !firstTakeDone;
  firstTakeDone = true;
  if (reminders.length === 0) return;
  // A repeating reminder's next occurrence replaces its earlier banner rather than stacking up.
  const ids = new Set(reminders.map((r) => r.id));
  const kept = deliveries
    .map((d) => ({ ...d, reminders: d.reminders.filter((r) => !ids.has(r.id)) }))
    .filter((d) => d.reminders.length > 0);
  publish([...kept, { key: nextKey++, reminders, whileClosed, grouped: reminders.length > 1 }]);
}

/** The reminder was acted on (done, snoozed, opened): its line goes, and an emptied banner with it. */
export function settleReminder(reminderId: number): void {
  publish(
    deliveries
      .map((d) => ({ ...d, reminders: d.reminders.filter((r) => r.id !== reminderId) }))
      .filter((d) => d.reminders.length > 0),
  );
}

export function dismissDelivery(key: number): void {
  publish(deliveries.filter((d) => d.key !== key));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeliveries(): Delivery[] {
  return useSyncExternalStore(subscribe, () => deliveries);
}
