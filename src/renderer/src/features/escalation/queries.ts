import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useEscalations(ticketId: number) {
  return useQuery({ queryKey: queryKeys.escalations(ticketId), queryFn: () => api['escalations.list']({ ticketId }) });
}

/**
 * A step on the ladder writes a timeline note, can move the ticket's status, starts or ends clocks and
 * changes what the playbook proposes and what a letter says: all of it is fetched again.
 */
export function refreshTicketFollowUp(queryClient: QueryClient, ticketId: number): Promise<unknown> {
  const keys = [
    queryKeys.escalations(ticketId),
    queryKeys.playbook(ticketId),
    queryKeys.log(ticketId),
    queryKeys.ticket(ticketId),
    queryKeys.tickets,
    queryKeys.ticketClocks(ticketId),
    queryKeys.dashboardActions,
    ['letter', ticketId],
  ];
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useAddEscalation(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'escalations.add'>, 'ticketId'>) => api['escalations.add']({ ticketId, ...input }),
    onSuccess: () => refreshTicketFollowUp(queryClient, ticketId),
  });
}

export function useUpdateEscalation(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'escalations.update'>) => api['escalations.update'](input),
    onSuccess: () => refreshTicketFollowUp(queryClient, ticketId),
  });
}

/** A channel's promised response time moves the "promised response" clocks of every ticket on the platform. */
export function useUpdateChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'channels.update'>) => api['channels.update'](input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.platforms }),
        queryClient.invalidateQueries({ queryKey: ['playbook'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.clocks }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboardActions }),
      ]),
  });
}
