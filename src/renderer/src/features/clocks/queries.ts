import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { useTicket } from '@renderer/features/tickets/queries';
import { useLog } from '@renderer/features/timeline/queries';

/** Server-side state (overdue, a reminder falling due) can change with no action here: look again each minute. */
const REFRESH_MS = 60_000;

/**
 * The ticket's clocks. They follow the log (a reply stops a clock) and the ticket (a status pauses it):
 * both fetch times are part of the key, like the response figures, so no screen has to remember to
 * invalidate them. Reminder changes invalidate the `clocks` prefix.
 */
export function useTicketClocks(ticketId: number) {
  const log = useLog(ticketId);
  const ticket = useTicket(ticketId);
  return useQuery({
    queryKey: [...queryKeys.ticketClocks(ticketId), log.dataUpdatedAt, ticket.dataUpdatedAt],
    queryFn: () => api['tickets.clocks']({ ticketId }),
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
}

/** The home dashboard: every open ticket's clocks that need action, most urgent first. */
export function useDashboardActions() {
  return useQuery({
    queryKey: queryKeys.dashboardActions,
    queryFn: () => api['dashboard.actions'](),
    refetchInterval: REFRESH_MS,
  });
}
