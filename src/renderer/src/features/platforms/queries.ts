import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function usePlatforms() {
  return useQuery({ queryKey: queryKeys.platforms, queryFn: () => api['platforms.list']() });
}

export function useCreatePlatform() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'platforms.create'>) => api['platforms.create'](input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.platforms }),
  });
}

export function useAddChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'channels.add'>) => api['channels.add'](input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.platforms }),
  });
}

/**
 * Name, website, official domains, notes. The guard's answers depend on the domains, and the store scans
 * the platform's agent entries again, so logs, tickets (flag counts) and guard answers are refetched too.
 */
export function useUpdatePlatform(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<InputOf<'platforms.update'>, 'id'>) => api['platforms.update']({ id, ...input }),
    onSuccess: () =>
      Promise.all(
        [queryKeys.platforms, queryKeys.tickets, ['ticket'], ['log'], ['guard']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
