import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '@shared/api/contract';
import type { AddedEvidence } from '@shared/domain';
import { ApiError } from '@renderer/api/ApiError';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { pastedName } from '@renderer/features/evidence/pastedName';
import { invalidateEvidence } from '@renderer/features/evidence/queries';
import { useUploadQueue } from '@renderer/features/evidence/uploadQueueContext';
import { GENERIC_PASTE_NAME } from '@renderer/features/evidence/useAddFiles';
import { usePasteEvidence } from '@renderer/features/evidence/usePasteEvidence';
import { viewerTimeZone } from '@renderer/lib/dates';

export interface PastedFile {
  file: File;
  /** "pasted-2024-03-01-10-15-03.png" for a clipboard image, else the file's own name. */
  name: string;
}

/** The entry a paste makes, from the capture box as it stands; `usedDraft`: its text was the draft's. */
export interface PasteEntry {
  input: Omit<InputOf<'log.add'>, 'ticketId'>;
  usedDraft: boolean;
}

export type PasteOutcome =
  | { state: 'adding' }
  | { state: 'duplicate' }
  /** Which step failed: nothing was made (upload), the file is ticket evidence only (entry, tie). */
  | { state: 'failed'; step: 'upload' | 'entry' | 'tie'; error: unknown }
  | null;

/**
 * A screenshot (or any file) pasted on the timeline becomes a new entry showing it, made in the order
 * that cannot lose anything or leave a misleading entry:
 * 1. the files are stored first, as ticket evidence added by "paste" — if that fails, no entry is made
 *    and the draft stays in the box;
 * 2. then the entry (the capture box's author, channel, agent and time; its draft text, or a short
 *    "Screenshot pasted" line) — if that fails, the files are still on the ticket, and the user is told;
 * 3. then each file is tied to the entry (evidence.update entryId) — a failure says so; the file and the
 *    entry both exist.
 * A file already on the ticket and tied to another entry stays where it is; when every pasted file is
 * such a duplicate, no entry is made. Results also show in the upload tray like any other added file.
 */
export function usePasteFilesToEntry(
  ticketId: number,
  entryFor: (files: PastedFile[]) => PasteEntry,
  onEntryMade: (entry: PasteEntry) => void,
): { outcome: PasteOutcome; dismiss: () => void } {
  const queue = useUploadQueue();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<PasteOutcome>(null);
  const busy = useRef(false);

  const refresh = () => {
    invalidateEvidence(queryClient, ticketId);
    void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(ticketId) });
  };

  const paste = async (files: File[]) => {
    if (busy.current) return;
    busy.current = true;
    setOutcome({ state: 'adding' });
    try {
      const named = nameFiles(files, new Date());
      // The capture box as it is at the moment of pasting, not after the uploads.
      const entry = entryFor(named);
      const stored: AddedEvidence[] = [];
      const failed: { name: string; code: string; message: string }[] = [];
      let firstError: unknown = null;
      for (const { file, name } of named) {
        try {
          stored.push(
            await api['evidence.upload'](
              { ticketId, name, via: 'paste', lastModified: file.lastModified > 0 ? file.lastModified : undefined, timeZone: viewerTimeZone() },
              file,
            ),
          );
        } catch (error) {
          firstError ??= error;
          const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
          failed.push({ name, code: apiError.code, message: apiError.message });
        }
      }
      queue.report(ticketId, 'paste', stored, failed);
      if (stored.length === 0) {
        setOutcome({ state: 'failed', step: 'upload', error: firstError });
        return;
      }
      const untied = stored.filter((item) => !item.duplicate || item.entryId === null);
      if (untied.length === 0) {
        setOutcome({ state: 'duplicate' });
        return;
      }
      let entryId: number;
      try {
        entryId = (await api['log.add']({ ticketId, ...entry.input })).id;
      } catch (error) {
        setOutcome({ state: 'failed', step: 'entry', error });
        return;
      }
      onEntryMade(entry);
      for (const item of untied) {
        try {
          await api['evidence.update']({ id: item.id, entryId });
        } catch (error) {
          setOutcome({ state: 'failed', step: 'tie', error });
          return;
        }
      }
      setOutcome(null);
    } finally {
      busy.current = false;
      refresh();
    }
  };

  usePasteEvidence((files) => void paste(files));
  return { outcome, dismiss: () => setOutcome(null) };
}

/** Clipboard images arrive as "image.png": they are named by when they were pasted, like other pastes. */
function nameFiles(files: readonly File[], now: Date): PastedFile[] {
  let index = 0;
  return files.map((file) => ({
    file,
    name: file.type.startsWith('image/') && GENERIC_PASTE_NAME.test(file.name) ? pastedName(now, file.type, index++) : file.name || 'file',
  }));
}
