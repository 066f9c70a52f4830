import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

/** The complainant's profile. Read afresh when a form opens: a letter or another window may have changed it. */
export function useProfile() {
  return useQuery({ queryKey: queryKeys.profile, queryFn: () => api['profile.get'](), staleTime: 0, refetchOnWindowFocus: false });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'profile.update'>) => api['profile.update'](input),
    onSuccess: (profile) => queryClient.setQueryData(queryKeys.profile, profile),
  });
}
