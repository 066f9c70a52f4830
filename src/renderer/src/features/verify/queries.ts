import { useMutation } from '@tanstack/react-query';
import { api } from '@renderer/api/client';

/** Sends the chosen ZIP to dossier.verify; the core reads it as a stream and checks every entry. */
export function useVerifyDossier() {
  return useMutation({
    mutationFn: ({ file, onProgress, signal }: { file: File; onProgress: (sent: number, total: number) => void; signal: AbortSignal }) =>
      api['dossier.verify']({ name: file.name }, file, { onProgress, signal }),
  });
}
