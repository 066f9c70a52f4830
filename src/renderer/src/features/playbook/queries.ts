import { useQuery } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { useTicketRating } from '@renderer/features/rating/queries';
import { useTicket } from '@renderer/features/tickets/queries';
import { useLog } from '@renderer/features/timeline/queries';

/**
 * The proposed next step. It follows the log (a logged follow-up or answer changes it), the ticket (its
 * status) and the rating (a rated ticket needs nothing more): their fetch times are part of the key, as
 * for the clocks, so no other screen has to remember the playbook. Time alone changes it too (48 h pass),
 * so it is asked again every few minutes. The previous answer stays shown while the next one loads.
 */
export function usePlaybook(ticketId: number) {
  const log = useLog(ticketId);
  const ticket = useTicket(ticketId);
  const rating = useTicketRating(ticketId);
  return useQuery({
    queryKey: [...queryKeys.playbook(ticketId), log.dataUpdatedAt, ticket.dataUpdatedAt, rating.dataUpdatedAt],
    queryFn: () => api['playbook.next']({ ticketId }),
    placeholderData: (previous) => (previous?.ticketId === ticketId ? previous : undefined),
    refetchInterval: 5 * 60_000,
  });
}
