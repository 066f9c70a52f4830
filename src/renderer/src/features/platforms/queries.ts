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
