import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { useDebouncedValue } from '@renderer/lib/useDebouncedValue';
import { searchInput, type SearchFilters } from './searchFilters';

/** How long typing must pause before the search runs (ms). */
export const SEARCH_DEBOUNCE_MS = 200;

/** Results as you type: debounced, the previous results kept on screen while the next ones come. */
export function useSearch(query: string, filters: SearchFilters) {
  // Debounced as text: a fresh object every render would restart the wait forever.
  const settled = useDebouncedValue(JSON.stringify(searchInput(query.trim(), filters)), SEARCH_DEBOUNCE_MS);
  const input = JSON.parse(settled) as InputOf<'search'>;
  const result = useQuery({
    queryKey: [...queryKeys.search, input],
    queryFn: () => api.search(input),
    enabled: input.query !== '',
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
  return { ...result, settledQuery: input.query };
}
