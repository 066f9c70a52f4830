import { useCallback } from 'react';
import { pastedName } from './pastedName';
import type { UploadVia } from './uploadQueue';
import { useUploadQueue } from './uploadQueueContext';

/** Clipboard images arrive as "image.png" (or nameless): that name says nothing. */
export const GENERIC_PASTE_NAME = /^(image|blob|unknown)?(\.(png|jpe?g|gif|webp|bmp|avif))?$/i;

/** Queues files for one ticket (and optionally one entry), naming pasted images by when they were pasted. */
export function useAddFiles(ticketId: number) {
  const queue = useUploadQueue();
  return useCallback(
    (files: readonly File[], options: { via: Exclude<UploadVia, 'capture'>; entryId?: number | null }) => {
      if (files.length === 0) return;
      const now = new Date();
      let pasted = 0;
      const named = files.map((file) => {
        const rename = options.via === 'paste' && file.type.startsWith('image/') && GENERIC_PASTE_NAME.test(file.name);
        return { file, name: rename ? pastedName(now, file.type, pasted++) : file.name || 'file' };
      });
      queue.add(ticketId, named, { via: options.via, entryId: options.entryId });
    },
    [queue, ticketId],
  );
}
