import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { saveBlob } from '@renderer/lib/saveFile';

/** ~4 updates a second while the export runs: smooth enough for a bar, cheap for the core. */
const POLL_MS = 250;

export function useStartExport() {
  return useMutation({ mutationFn: (input: InputOf<'export.start'>) => api['export.start'](input) });
}

/** The export job, polled while it runs; polling stops once it is done, cancelled or failed. */
export function useExportJob(jobId: string | null) {
  return useQuery({
    queryKey: queryKeys.job(jobId ?? ''),
    queryFn: () => api['jobs.get']({ id: jobId! }),
    enabled: jobId !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? POLL_MS : false),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
  });
}

export function useCancelExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => api['jobs.cancel']({ id: jobId }),
    onSuccess: (job) => queryClient.setQueryData(queryKeys.job(job.id), job),
  });
}

/** Where a finished export went: the browser's downloads, a place the desktop user chose, or nowhere yet. */
export type Delivery = { kind: 'downloaded'; fileName: string } | { kind: 'saved'; path: string } | { kind: 'notSaved' };

/**
 * Hands the finished file to the user. The desktop asks where to save it (native dialog, the main
 * process copies by path, nothing crosses IPC); a browser tab fetches it and saves it as a download.
 */
export function useDeliverExport(desktop: boolean) {
  return useMutation({
    mutationFn: async (jobId: string): Promise<Delivery> => {
      if (desktop) {
        const { saved, path } = await api['export.saveAs']({ jobId });
        return saved && path ? { kind: 'saved', path } : { kind: 'notSaved' };
      }
      const file = await api['export.file']({ jobId });
      saveBlob(file.blob, file.fileName);
      return { kind: 'downloaded', fileName: file.fileName };
    },
  });
}
