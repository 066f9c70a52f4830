import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useTickets() {
  return useQuery({ queryKey: queryKeys.tickets, queryFn: () => api['tickets.list']() });
}

export function useTicket(id: number) {
  return useQuery({ queryKey: queryKeys.ticket(id), queryFn: () => api['tickets.get']({ id }) });
}

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'tickets.create'>) => api['tickets.create'](input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tickets }),
  });
}

/** A ticket change can add a system entry to the log (status changes), so the log is refreshed too. */
export function useUpdateTicket(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'tickets.update'>, 'id'>) => api['tickets.update']({ id, ...input }),
    onSuccess: (ticket) => {
      queryClient.setQueryData(queryKeys.ticket(id), ticket);
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
      void queryClient.invalidateQueries({ queryKey: queryKeys.log(id) });
    },
  });
}

export function useAddTransaction(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'transactions.add'>, 'ticketId'>) =>
      api['transactions.add']({ ticketId, ...input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
    },
  });
}
