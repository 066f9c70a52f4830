import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { useLog } from '@renderer/features/timeline/queries';

/**
 * The ticket's response figures, recomputed whenever its log is fetched again (an entry added, edited,
 * imported, by any screen): the log's fetch time is part of the key, so nobody has to remember to
 * invalidate them.
 */
export function useTicketMetrics(ticketId: number) {
  const log = useLog(ticketId);
  return useQuery({
    queryKey: [...queryKeys.ticketMetrics(ticketId), log.dataUpdatedAt],
    queryFn: () => api['tickets.metrics']({ ticketId }),
    enabled: log.isSuccess,
    placeholderData: keepPreviousData,
  });
}

export function usePlatformScorecards() {
  return useQuery({ queryKey: queryKeys.platformMetrics, queryFn: () => api['platforms.metrics']() });
}
