import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import type { Evidence } from '@shared/domain';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { dropThumbnail } from './thumbnailCache';

export function useEvidenceList(ticketId: number) {
  return useQuery({ queryKey: queryKeys.evidence(ticketId), queryFn: () => api['evidence.list']({ ticketId }) });
}

/** The file's bytes. The vault names them by hash, so they never change: fetched once, kept a while. */
export function useEvidenceContent(evidenceId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.evidenceContent(evidenceId),
    queryFn: () => api['evidence.content']({ id: evidenceId }),
    enabled,
    staleTime: Infinity,
    // Big videos should not linger in memory once the viewer moved on.
    gcTime: 60_000,
  });
}

export function useCustody(evidenceId: number) {
  return useQuery({ queryKey: queryKeys.custody(evidenceId), queryFn: () => api['evidence.custody']({ id: evidenceId }) });
}

/** What an evidence change can move: the gallery, the timeline (tied items, system events), the lists. */
export function invalidateEvidence(queryClient: QueryClient, ticketId: number): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.evidence(ticketId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.log(ticketId) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
}

export function useUpdateEvidence(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'evidence.update'>) => api['evidence.update'](input),
    onSuccess: (updated) => {
      queryClient.setQueryData<Evidence[]>(queryKeys.evidence(ticketId), (list) =>
        list?.map((item) => (item.id === updated.id ? updated : item)),
      );
      invalidateEvidence(queryClient, ticketId);
    },
  });
}

export function useDeleteEvidence(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api['evidence.delete']({ id }),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<Evidence[]>(queryKeys.evidence(ticketId), (list) => list?.filter((item) => item.id !== id));
      queryClient.removeQueries({ queryKey: queryKeys.evidenceContent(id) });
      queryClient.removeQueries({ queryKey: queryKeys.custody(id) });
      dropThumbnail(id);
      invalidateEvidence(queryClient, ticketId);
    },
  });
}
