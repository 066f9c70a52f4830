import { useEffect, useState } from 'react';
import { acquireThumbnail, peekThumbnail, releaseThumbnail } from './thumbnailCache';

export type ThumbnailState = { status: 'idle' | 'loading' | 'failed'; url: null } | { status: 'ready'; url: string };

/** The thumbnail URL of item `id` while the caller is mounted; `id` null: nothing to load (yet). */
export function useThumbnail(id: number | null): ThumbnailState {
  const [result, setResult] = useState<{ id: number; url: string | null } | null>(null);

  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    let held = false;
    acquireThumbnail(id, controller.signal).then(
      (url) => {
        held = true;
        setResult({ id, url });
      },
      () => {
        if (!controller.signal.aborted) setResult({ id, url: null });
      },
    );
    return () => {
      controller.abort();
      if (held) releaseThumbnail(id);
    };
  }, [id]);

  if (id === null) return { status: 'idle', url: null };
  if (result?.id === id) return result.url ? { status: 'ready', url: result.url } : { status: 'failed', url: null };
  // Scrolling back to an item seen before: its thumbnail is usually still cached, show it at once.
  const cached = peekThumbnail(id);
  return cached ? { status: 'ready', url: cached } : { status: 'loading', url: null };
}
