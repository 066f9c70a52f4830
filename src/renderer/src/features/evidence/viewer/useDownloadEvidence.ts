import { useMutation } from '@tanstack/react-query';
import type { Evidence } from '@shared/domain';
import { api } from '@renderer/api/client';
import { saveBlob } from '@renderer/lib/saveFile';

/**
 * Saves a copy under its original (sanitized) name. The bytes are typed application/octet-stream, so
 * nothing renders them on the way: the browser saves, the desktop shell asks where.
 */
export function useDownloadEvidence(evidence: Evidence) {
  return useMutation({
    mutationFn: () => api['evidence.content']({ id: evidence.id }),
    onSuccess: (file) => saveBlob(new Blob([file.blob], { type: 'application/octet-stream' }), evidence.originalName),
  });
}

export function useOpenExternally(evidence: Evidence) {
  return useMutation({ mutationFn: () => api['evidence.openExternal']({ id: evidence.id }) });
}
