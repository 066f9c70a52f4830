import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GuardReason, GuardVerdict } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { api } from '@renderer/api/client';
import { useDebouncedValue } from '@renderer/lib/useDebouncedValue';

/** How long typing must pause before a check goes out. */
export const CHECK_DELAY_MS = 300;

/** Guard answers depend on the platform's domains and channels: one prefix to refresh them all. */
export const guardKeys = {
  all: ['guard'] as const,
  contact: (platformId: number | null, value: string) => ['guard', 'contact', platformId, value] as const,
  scan: (platformId: number | null, text: string) => ['guard', 'scan', platformId, text] as const,
};

export interface ContactVerdict {
  verdict: GuardVerdict;
  reasons: GuardReason[];
  /** No platform yet (the add-platform dialog): only a scan for lookalikes, the full check comes after saving. */
  provisional: boolean;
}

/**
 * A live check of a channel address while it is typed (debounced). With a platform: guard.checkContact
 * against its official domains; without one: guard.scan, which knows the big exchanges' real domains.
 * `settling` is true while the typed value has not been checked yet.
 */
export function useContactCheck(platformId: number | null, value: string) {
  const trimmed = value.trim();
  const settled = useDebouncedValue(trimmed, CHECK_DELAY_MS);
  const enabled = settled.length > 0 && settled.length <= LIMITS.address;
  const query = useQuery({
    queryKey: guardKeys.contact(platformId, settled),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
    queryFn: async (): Promise<ContactVerdict> => {
      if (platformId !== null) {
        const result = await api['guard.checkContact']({ platformId, value: settled });
        return { verdict: result.verdict, reasons: result.reasons, provisional: false };
      }
      const { flags } = await api['guard.scan']({ text: settled });
      return { verdict: flags.length ? 'suspicious' : 'unverified', reasons: flags.map((f) => f.reason), provisional: true };
    },
  });
  const settling = trimmed !== settled || query.isFetching || (enabled && query.isPlaceholderData);
  return { ...query, enabled: trimmed.length > 0 && trimmed.length <= LIMITS.address, settling };
}

/** A live scan of a message while it is typed (debounced): the marks of support impersonation. */
export function useMessageScan(platformId: number | null, text: string, active: boolean) {
  const settled = useDebouncedValue(text, CHECK_DELAY_MS);
  const enabled = active && settled.trim().length > 0 && settled.length <= LIMITS.entryText;
  const query = useQuery({
    queryKey: guardKeys.scan(platformId, settled),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
    queryFn: () => api['guard.scan'](platformId !== null ? { text: settled, platformId } : { text: settled }),
  });
  return { ...query, settling: text !== settled || query.isFetching };
}

/** After a channel is added the platform's official channels change: old verdicts may be stale. */
export function useForgetGuardAnswers(): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: guardKeys.all });
}
