import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

/** How long "Undo" stays on screen before the dismissal is saved. */
export const UNDO_SECONDS = 6;

/**
 * Dismissing a proposal hides it at once but saves it only after a few seconds, so "Undo" needs no
 * second API method. Leaving the ticket (unmount) saves a pending dismissal straight away: a choice
 * the user made is never lost.
 */
export function useUndoableDismiss(ticketId: number) {
  const queryClient = useQueryClient();
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pending = useRef<{ key: string; timer: ReturnType<typeof setTimeout> } | null>(null);

  const commit = useCallback(
    (key: string) => {
      pending.current = null;
      api['playbook.dismiss']({ ticketId, key }).then(
        (answer) => {
          // Every cached answer of this ticket (their keys carry the log's and ticket's fetch times).
          queryClient.setQueriesData({ queryKey: queryKeys.playbook(ticketId) }, answer);
          setPendingKey((current) => (current === key ? null : current));
        },
        (failure: unknown) => {
          setError(failure);
          setPendingKey((current) => (current === key ? null : current));
        },
      );
    },
    [queryClient, ticketId],
  );

  const dismiss = useCallback(
    (key: string) => {
      if (pending.current) {
        clearTimeout(pending.current.timer);
        commit(pending.current.key);
      }
      setError(null);
      setPendingKey(key);
      pending.current = { key, timer: setTimeout(() => commit(key), UNDO_SECONDS * 1000) };
    },
    [commit],
  );

  const undo = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    setPendingKey(null);
  }, []);

  useEffect(
    () => () => {
      const left = pending.current;
      if (!left) return;
      clearTimeout(left.timer);
      commit(left.key);
    },
    [commit],
  );

  return { pendingKey, dismiss, undo, error };
}
