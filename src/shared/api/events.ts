/**
 * Events the desktop shell sends to the page (the only traffic not initiated by the page). The preload
 * exposes them as `window.casefileEvents`; in web mode that object is absent and the page polls instead.
 */

/** A reminder notification was clicked: show that ticket. */
export const OPEN_TICKET_CHANNEL = 'casefile:open-ticket';

export interface CasefileEvents {
  /** Calls back with the ticket id each time a reminder notification is clicked; returns the unsubscribe. */
  onOpenTicket(callback: (ticketId: number) => void): () => void;
}
