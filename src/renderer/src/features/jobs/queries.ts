/**
 * Background jobs (the vault check, exports) as the page follows them: one poll and one cancel for every
 * kind, so each progress bar behaves the same.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

/** ~4 updates a second while a job runs: smooth enough for a bar, cheap for the core. */
const POLL_MS = 250;

/** The job, polled while it runs; polling stops once it is done, cancelled or failed. */
export function useJob(jobId: string | null) {
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

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => api['jobs.cancel']({ id: jobId }),
    onSuccess: (job) => queryClient.setQueryData(queryKeys.job(job.id), job),
  });
}
