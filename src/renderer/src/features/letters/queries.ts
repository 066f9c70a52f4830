import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

export function useLetterTemplates() {
  return useQuery({ queryKey: queryKeys.letterTemplates, queryFn: () => api['letters.templates']() });
}

/**
 * A template filled from the ticket. Not refetched on focus: the user may be editing the text, and the
 * editor only follows new data while the text is untouched.
 */
export function useRenderedLetter(ticketId: number, templateId: string | null, venueId: string | null) {
  return useQuery({
    queryKey: queryKeys.letter(ticketId, templateId ?? '', venueId),
    queryFn: () =>
      api['letters.render']({ ticketId, templateId: templateId ?? '', ...(venueId ? { venueId } : {}) }),
    enabled: templateId !== null,
    refetchOnWindowFocus: false,
  });
}

/** A changed template changes every letter made from it. */
function useRefreshLetters() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.letterTemplates }),
      queryClient.invalidateQueries({ queryKey: ['letter'] }),
    ]);
}

export function useSaveTemplate() {
  const refresh = useRefreshLetters();
  return useMutation({
    mutationFn: (input: InputOf<'letters.saveTemplate'>) => api['letters.saveTemplate'](input),
    onSuccess: refresh,
  });
}

/** Deletes one of the user's templates, or restores a built-in one to Casefile's text. */
export function useDeleteTemplate() {
  const refresh = useRefreshLetters();
  return useMutation({
    mutationFn: (id: string) => api['letters.deleteTemplate']({ id }),
    onSuccess: refresh,
  });
}
