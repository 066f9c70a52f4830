import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

/**
 * Venues for a platform's jurisdiction and a country. `country` null: the core uses the profile's
 * country, so a saved country needs no second request.
 */
export function useVenues(platformId: number | null, country: string | null) {
  return useQuery({
    queryKey: queryKeys.venues(platformId, country),
    queryFn: () =>
      api['venues.list']({ ...(platformId !== null ? { platformId } : {}), ...(country !== null ? { country } : {}) }),
  });
}

export function useSaveVenue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'venues.save'>) => api['venues.save'](input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venues'] }),
  });
}

export function useDeleteVenue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api['venues.delete']({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['venues'] }),
  });
}

export function useProfile() {
  return useQuery({ queryKey: queryKeys.profile, queryFn: () => api['profile.get']() });
}

/** The country picks venues and fills letters: both are fetched again. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'profile.update'>) => api['profile.update'](input),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.profile, profile);
      void queryClient.invalidateQueries({ queryKey: ['venues'] });
      void queryClient.invalidateQueries({ queryKey: ['letter'] });
    },
  });
}
