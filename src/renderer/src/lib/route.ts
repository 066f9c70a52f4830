import { useSyncExternalStore } from 'react';

/**
 * The app has two places: home and one open ticket, shown as its timeline or its evidence. The hash
 * keeps them across reloads (`#/tickets/12`, `#/tickets/12/evidence`) without a router library, and
 * works the same under file://, http and the desktop.
 */
export type TicketView = 'timeline' | 'evidence';
export type Route = { name: 'home' } | { name: 'ticket'; ticketId: number; view: TicketView };

function parseHash(hash: string): Route {
  // A query after the path (`#/tickets/12?entry=40`, scroll to an entry) is read where it is used.
  const match = /^#\/tickets\/(\d+)(\/evidence)?(?:\?.*)?$/.exec(hash);
  const id = match?.[1] ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) return { name: 'home' };
  return { name: 'ticket', ticketId: id, view: match?.[2] ? 'evidence' : 'timeline' };
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

export function ticketHref(ticketId: number, view: TicketView = 'timeline'): string {
  return view === 'evidence' ? `#/tickets/${ticketId}/evidence` : `#/tickets/${ticketId}`;
}

export function openTicket(ticketId: number, view: TicketView = 'timeline'): void {
  window.location.hash = ticketHref(ticketId, view);
}
