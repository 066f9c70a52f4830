import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useEvidenceList(ticketId: number) {
  return useQuery({ queryKey: queryKeys.evidence(ticketId), queryFn: () => api['evidence.list']({ ticketId }) });
}

/** The file's bytes. The vault names them by hash, so they never change: fetched once, kept. */
export function useEvidenceContent(evidenceId: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.evidenceContent(evidenceId),
    queryFn: () => api['evidence.content']({ id: evidenceId }),
    enabled,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}

/**
 * Uploads the picked files one after another (a screenshot folder can be large; one at a time keeps
 * memory flat) and refreshes the gallery, the timeline and the lists.
 */
export function useUploadEvidence(ticketId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (files: readonly File[]) => {
      const results = [];
      for (const file of files) {
        results.push(
          await api['evidence.upload']({ ticketId, name: file.name, lastModified: file.lastModified }, file),
        );
      }
      return results;
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.evidence(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.log(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
    },
  });
}
