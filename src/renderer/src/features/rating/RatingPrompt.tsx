import { useState } from 'react';
import type { Ticket, TicketStatus } from '@shared/domain';
import { RatingDialog } from './RatingDialog';
import { useTicketRating } from './queries';

const FINISHED: TicketStatus[] = ['resolved', 'closed'];

/**
 * Asks for the rating when the ticket becomes resolved or closed while it is on screen (from the status
 * field or anywhere else), once, and only if it has not been rated. Opening a ticket that is already
 * closed asks nothing: the details panel offers "Rate the platform's handling" instead.
 */
export function RatingPrompt({ ticket }: { ticket: Ticket }) {
  const rating = useTicketRating(ticket.id);
  const [seenStatus, setSeenStatus] = useState(ticket.status);
  const [asking, setAsking] = useState(false);

  // Adjusting state to a changed prop during render (React's documented pattern), not in an effect.
  if (ticket.status !== seenStatus) {
    setSeenStatus(ticket.status);
    if (FINISHED.includes(ticket.status) && !FINISHED.includes(seenStatus)) setAsking(true);
  }

  if (!asking || !rating.isSuccess || rating.data !== null) return null;
  return (
    <RatingDialog
      ticketId={ticket.id}
      platformName={ticket.platformName}
      status={ticket.status}
      current={null}
      prompted
      onClose={() => setAsking(false)}
    />
  );
}
