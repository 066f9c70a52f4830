import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

/** The check the user started last, so closing and reopening the dialog picks it up again. */
const LAST_JOB = ['vault-last-job'] as const;

export function useLastJobId(): string | null {
  const { data } = useQuery({ queryKey: LAST_JOB, queryFn: () => null as string | null, staleTime: Infinity, gcTime: Infinity });
  return data ?? null;
}

export function useStartCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api['vault.check'](),
    onSuccess: ({ jobId }) => queryClient.setQueryData(LAST_JOB, jobId),
  });
}

export function useRemoveOrphans() {
  return useMutation({ mutationFn: () => api['vault.removeOrphans']() });
}

/** Read afresh whenever the settings open (another window may have changed them), not while typing. */
export function useSettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: () => api['settings.get'](),
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'settings.update'>) => api['settings.update'](input),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}
