import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { invalidateEvidence } from './queries';
import { UploadQueue, type UploadItem } from './uploadQueue';

const QueueContext = createContext<UploadQueue | null>(null);

/**
 * Refreshes a ticket's evidence at once when the first file lands, then at most twice a second while a
 * batch keeps landing (one more refresh after the last).
 */
function throttledRefresh(refresh: (ticketId: number) => void): (ticketId: number) => void {
  const quietUntil = new Map<number, number>();
  const trailing = new Map<number, ReturnType<typeof setTimeout>>();
  const INTERVAL = 500;
  return (ticketId) => {
    const now = Date.now();
    const until = quietUntil.get(ticketId) ?? 0;
    if (now >= until) {
      quietUntil.set(ticketId, now + INTERVAL);
      refresh(ticketId);
      return;
    }
    if (trailing.has(ticketId)) return;
    trailing.set(
      ticketId,
      setTimeout(() => {
        trailing.delete(ticketId);
        quietUntil.set(ticketId, Date.now() + INTERVAL);
        refresh(ticketId);
      }, until - now),
    );
  };
}

/** One queue for the app (the query client never changes, so neither does the queue). */
export function UploadQueueProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [queue] = useState(
    () =>
      new UploadQueue({
        maxBytes: async () => {
          const settings = await queryClient.fetchQuery({
            queryKey: queryKeys.settings,
            queryFn: () => api['settings.get'](),
            staleTime: 60_000,
          });
          return settings.evidenceMaxBytes;
        },
        onStored: throttledRefresh((ticketId) => invalidateEvidence(queryClient, ticketId)),
      }),
  );
  return <QueueContext.Provider value={queue}>{children}</QueueContext.Provider>;
}

export function useUploadQueue(): UploadQueue {
  const queue = useContext(QueueContext);
  if (!queue) throw new Error('useUploadQueue outside UploadQueueProvider');
  return queue;
}

/** The queue's rows for one ticket, re-rendering as they change. */
export function useUploads(ticketId: number): UploadItem[] {
  const queue = useUploadQueue();
  const all = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return all.filter((item) => item.ticketId === ticketId);
}
