import { useEffect } from 'react';
import { hasPrimaryModifier } from '@renderer/features/shortcuts/shortcuts';
import { openTicket, type TicketView } from '@renderer/lib/route';

/** Ctrl/⌘+Shift+E switches between the ticket's timeline and its evidence. */
export function useViewToggleShortcut(ticketId: number, view: TicketView): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || !event.shiftKey || event.altKey || event.code !== 'KeyE') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      openTicket(ticketId, view === 'timeline' ? 'evidence' : 'timeline');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ticketId, view]);
}
