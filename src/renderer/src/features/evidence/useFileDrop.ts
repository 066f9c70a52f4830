import { useCallback, useRef, useState, type DragEvent } from 'react';

export interface DropState {
  /** Files are being dragged over the zone. */
  active: boolean;
  /** The entry under the pointer (its element carries data-entry-id), or null for the ticket as a whole. */
  entryId: number | null;
}

const IDLE: DropState = { active: false, entryId: null };

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

function entryUnder(target: EventTarget | null): number | null {
  const element = target instanceof Element ? target.closest('[data-entry-id]') : null;
  const id = Number(element?.getAttribute('data-entry-id'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * A drop zone for files: spread `zoneProps` on the element; `state` says whether to highlight it and
 * which entry the files would be tied to. Drags of text or links inside the page are left alone.
 */
export function useFileDrop(onDrop: (files: File[], entryId: number | null) => void) {
  const [state, setState] = useState<DropState>(IDLE);
  // dragenter/dragleave fire for every child crossed: count them so the highlight does not flicker.
  const depth = useRef(0);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setState({ active: true, entryId: entryUnder(event.target) });
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    const entryId = entryUnder(event.target);
    setState((current) => (current.active && current.entryId === entryId ? current : { active: true, entryId }));
  }, []);

  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setState(IDLE);
  }, []);

  const onDropEvent = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setState(IDLE);
      const files = Array.from(event.dataTransfer.files);
      if (files.length > 0) onDrop(files, entryUnder(event.target));
    },
    [onDrop],
  );

  return { state, zoneProps: { onDragEnter, onDragOver, onDragLeave, onDrop: onDropEvent } };
}
