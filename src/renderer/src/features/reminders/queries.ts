import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { useLog } from '@renderer/features/timeline/queries';

/** A reminder's change moves the ticket's follow-up clock and the dashboard as well. */
export function refreshAfterReminderChange(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.reminders });
  void queryClient.invalidateQueries({ queryKey: queryKeys.clocks });
  void queryClient.invalidateQueries({ queryKey: queryKeys.dashboardActions });
}

/**
 * All the ticket's reminders, ended ones too (the panel folds those away). An agent's reply logged
 * ends "until they answer" reminders on the server, so the log's fetch time is part of the key.
 */
export function useTicketReminders(ticketId: number) {
  const log = useLog(ticketId);
  return useQuery({
    queryKey: [...queryKeys.ticketReminders(ticketId), log.dataUpdatedAt],
    queryFn: () => api['reminders.list']({ ticketId, includeEnded: true }),
  });
}

/**
 * The server's current copy of one reminder (for a banner: a repeating one has moved on to its next
 * occurrence since it was taken). Under the reminders key, so any reminder change refreshes it.
 */
export function useCurrentReminder(ticketId: number, reminderId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.ticketReminders(ticketId), 'current', reminderId],
    queryFn: async () => (await api['reminders.list']({ ticketId, includeEnded: true })).find((r) => r.id === reminderId),
    enabled,
  });
}

/** Pending reminders whose time has come, delivered or not: the dashboard lists them until done. */
export function useDueReminders() {
  return useQuery({ queryKey: queryKeys.dueReminders, queryFn: () => api['reminders.due'](), refetchInterval: 60_000 });
}

export function useCreateReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'reminders.create'>) => api['reminders.create'](input),
    onSuccess: () => refreshAfterReminderChange(queryClient),
  });
}

export function useSnoozeReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'reminders.snooze'>) => api['reminders.snooze'](input),
    onSuccess: () => refreshAfterReminderChange(queryClient),
  });
}

export function useFinishReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, how }: { id: number; how: 'done' | 'cancel' }) =>
      how === 'done' ? api['reminders.done']({ id }) : api['reminders.cancel']({ id }),
    onSuccess: () => refreshAfterReminderChange(queryClient),
  });
}
