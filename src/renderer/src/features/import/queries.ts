import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportResult } from '@shared/domain';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { invalidateEvidence } from '@renderer/features/evidence/queries';
import {
  effectiveColumns,
  effectiveMe,
  importInput,
  sourceBody,
  type ImportAnswers,
  type ImportSource,
} from './importAnswers';

/** Bytes sent of the transcript (a zipped folder can take a while): for the dialog's progress bar. */
export type SendProgress = (sent: number, total: number) => void;

async function dryRun(ticketId: number, source: ImportSource, answers: ImportAnswers, signal: AbortSignal, onProgress?: SendProgress): Promise<ImportResult> {
  const call = (columns: ImportAnswers['columns']) =>
    api['import.transcript'](importInput(ticketId, source, answers, answers.me, columns), sourceBody(source), { signal, onProgress });
  const first = await call(answers.columns);
  // A CSV file: until the user says otherwise, preview with the columns the server suggests.
  const suggested = effectiveColumns({ ...answers, columns: null }, first);
  if (!answers.columns && first.needs.includes('columnMapping') && suggested) return call(suggested);
  return first;
}

/**
 * The preview (a dry run), asked again whenever the source or an answer changes. While an answer is being
 * re-checked, the previous preview of the same source stays on screen; a new source starts clean.
 */
export function useImportPreview(ticketId: number, source: ImportSource | null, answers: ImportAnswers, onProgress?: SendProgress) {
  return useQuery({
    queryKey: [...queryKeys.importPreview(ticketId), source?.id ?? 0, answers],
    queryFn: ({ signal }) => dryRun(ticketId, source!, answers, signal, onProgress),
    enabled: source !== null,
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === source?.id ? previous : undefined),
  });
}

/** Stores the import (one transaction on the server) and refreshes everything it can change. */
export function useStoreImport(ticketId: number, onProgress?: SendProgress) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, answers, preview }: { source: ImportSource; answers: ImportAnswers; preview: ImportResult }) =>
      api['import.transcript'](
        importInput(ticketId, source, answers, effectiveMe(answers, preview), effectiveColumns(answers, preview), true),
        sourceBody(source),
        { onProgress },
      ),
    onSuccess: () => {
      invalidateEvidence(queryClient, ticketId);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.platformMetrics });
      void queryClient.invalidateQueries({ queryKey: queryKeys.search });
      queryClient.removeQueries({ queryKey: queryKeys.importPreview(ticketId) });
    },
  });
}
