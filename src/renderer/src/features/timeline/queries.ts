import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useLog(ticketId: number) {
  return useQuery({ queryKey: queryKeys.log(ticketId), queryFn: () => api['log.list']({ ticketId }) });
}

/** A new entry moves the ticket's "last activity": the lists are refreshed with the log. */
export function useAddEntry(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'log.add'>, 'ticketId'>) => api['log.add']({ ticketId, ...input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.log(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
    },
  });
}

export function useEditEntry(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'log.edit'>) => api['log.edit'](input),
    onSuccess: (entry) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.log(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.entryHistory(entry.id) });
      // An edit can add or clear impersonation flags: the ticket's warning count follows.
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
    },
  });
}

export function useEntryHistory(entryId: number) {
  return useQuery({ queryKey: queryKeys.entryHistory(entryId), queryFn: () => api['log.history']({ id: entryId }) });
}
