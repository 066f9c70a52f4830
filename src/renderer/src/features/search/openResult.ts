import type { SearchResult } from '@shared/domain';
import { entryHref } from '@renderer/features/timeline/entryFocus';
import { ticketHref } from '@renderer/lib/route';

/** Where a result leads: the entry on the timeline, the evidence view, or the ticket. */
export function resultHref(result: SearchResult): string {
  if (result.entryId !== null) return entryHref(result.ticketId, result.entryId);
  if (result.kind === 'evidence') return ticketHref(result.ticketId, 'evidence');
  return ticketHref(result.ticketId);
}

export function openResult(result: SearchResult): void {
  window.location.hash = resultHref(result);
}
