import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

/**
 * Every call is local (IPC or 127.0.0.1): `networkMode: 'always'` so react-query never pauses a call
 * because the computer is offline. A rejected input or a missing record will not fix itself, so only
 * transport failures are retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: (failureCount, error) => failureCount < 2 && isApiError(error) && error.networkFailure,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
