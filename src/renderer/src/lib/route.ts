import { useSyncExternalStore } from 'react';

/**
 * The app has two places: home and one open ticket. The hash keeps the open ticket across reloads
 * (`#/tickets/12`) without a router library, and works the same under file://, http and the desktop.
 */
export type Route = { name: 'home' } | { name: 'ticket'; ticketId: number };

function parseHash(hash: string): Route {
  const match = /^#\/tickets\/(\d+)$/.exec(hash);
  const id = match?.[1] ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? { name: 'ticket', ticketId: id } : { name: 'home' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHash(hash);
}

export function ticketHref(ticketId: number): string {
  return `#/tickets/${ticketId}`;
}

export function openTicket(ticketId: number): void {
  window.location.hash = ticketHref(ticketId);
}
