import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import { api } from '@renderer/api/client';
import { saveBlob } from '@renderer/lib/saveFile';

export function useStartExport() {
  return useMutation({ mutationFn: (input: InputOf<'export.start'>) => api['export.start'](input) });
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
