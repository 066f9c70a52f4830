import { useEffect, useRef, useState } from 'react';
import { clearRequestedEntry, useRequestedEntry } from './entryFocus';
import { rowOfEntry, type TimelineRow } from './timelineRows';

/** How long the entry a link pointed to stays highlighted. */
const FLASH_MS = 2600;
/** Rows around the target are measured as they render; scroll again once they have been. */
const SETTLE_MS = 120;

/**
 * When the address asks for an entry (`?entry=40`) and the timeline has loaded: stop following the
 * bottom, scroll the entry to the middle, highlight it for a moment and move focus to it. Answers the
 * entry being highlighted.
 */
export function useScrollToRequestedEntry(
  rows: readonly TimelineRow[],
  ready: boolean,
  scrollToIndex: (index: number) => void,
  release: () => void,
): number | null {
  const requested = useRequestedEntry();
  const [flashId, setFlashId] = useState<number | null>(null);
  // The request is dropped from the address at once, so these must outlive the effect that set them.
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  useEffect(() => {
    if (requested === null || !ready) return;
    clearRequestedEntry();
    const index = rowOfEntry(rows, requested);
    if (index < 0) return;
    release();
    scrollToIndex(index);
    timers.current.forEach(clearTimeout);
    timers.current = [
      setTimeout(() => {
        scrollToIndex(index);
        setFlashId(requested);
      }, SETTLE_MS),
      setTimeout(() => setFlashId((current) => (current === requested ? null : current)), FLASH_MS),
    ];
  }, [requested, ready, rows, scrollToIndex, release]);

  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  // Once highlighted (and so focusable), the entry takes the focus: keyboard and screen reader users land there.
  useEffect(() => {
    if (flashId === null) return;
    const article = document.getElementById(`entry-${flashId}-who`)?.closest('article');
    if (article instanceof HTMLElement) article.focus({ preventScroll: true });
  }, [flashId]);

  return flashId;
}
