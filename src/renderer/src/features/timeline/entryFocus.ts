import { useSyncExternalStore } from 'react';

/**
 * "Open the ticket at this entry" travels in the address: `#/tickets/12?entry=40`. The timeline scrolls
 * there, highlights it, then drops the query (so the back button and a reload do not jump again).
 */
export function entryHref(ticketId: number, entryId: number): string {
  return `#/tickets/${ticketId}?entry=${entryId}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const ENTRY = /[?&]entry=(\d+)/;

function requested(): number | null {
  const id = Number(ENTRY.exec(window.location.hash)?.[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** The entry the address asks to show, if any. */
export function useRequestedEntry(): number | null {
  return useSyncExternalStore(subscribe, requested);
}

/** Forget the request without adding a history step (and tell useRequestedEntry). */
export function clearRequestedEntry(): void {
  const hash = window.location.hash.replace(/\?.*$/, '');
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
