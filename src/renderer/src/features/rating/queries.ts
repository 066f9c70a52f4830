import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useTicketRating(ticketId: number) {
  return useQuery({ queryKey: queryKeys.rating(ticketId), queryFn: () => api['tickets.rating']({ ticketId }) });
}

/** A rating moves the platform's scorecard (attitude and problem-solving averages). */
export function useRateTicket(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'tickets.rate'>, 'ticketId'>) => api['tickets.rate']({ ticketId, ...input }),
    onSuccess: (rating) => {
      queryClient.setQueryData(queryKeys.rating(ticketId), rating);
      void queryClient.invalidateQueries({ queryKey: queryKeys.platformMetrics });
    },
  });
}
