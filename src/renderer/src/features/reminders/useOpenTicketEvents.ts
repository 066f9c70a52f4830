import { useEffect } from 'react';
import { openTicket } from '@renderer/lib/route';

/**
 * Desktop shell: the main process shows reminders as system notifications; clicking one sends the
 * ticket's id here, and the window shows that ticket. Absent in web mode.
 */
export function useOpenTicketEvents(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    return window.casefileEvents?.onOpenTicket((ticketId) => openTicket(ticketId));
  }, [enabled]);
}
