import { useEffect, useRef } from 'react';
import { isEditableTarget } from '@renderer/features/shortcuts/shortcuts';

/**
 * Pasting a screenshot anywhere on the ticket hands its files to `onFiles`: the evidence view adds them to
 * the ticket, the timeline makes a new entry with them (timeline/usePasteFilesToEntry.ts). A paste that
 * carries text into a text field stays text (copying from a spreadsheet brings a picture of the cells
 * along with the text); a paste inside an open dialog belongs to that dialog. `enabled` false: not here.
 */
export function usePasteEvidence(onFiles: (files: File[]) => void, enabled = true): void {
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });

  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data || event.defaultPrevented) return;
      const files = Array.from(data.files ?? []);
      if (files.length === 0) return;
      if (document.querySelector('dialog[open]')) return;
      if (isEditableTarget(event.target) && data.getData('text/plain').trim() !== '') return;
      event.preventDefault();
      latest.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);
}
