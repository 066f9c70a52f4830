import { useCallback, useEffect, useRef } from 'react';

/** How close to the bottom still counts as "reading the latest" (px). */
const NEAR_BOTTOM = 48;

/**
 * Refs for a scrolling container and its content that keep the container at its bottom while the user is there: new entries and thumbnails that
 * finish loading grow the content, and the latest message should stay next to the capture box. Once
 * the user scrolls up to read, it leaves them alone until they come back down.
 */
export function useStickToBottom() {
  const scroller = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  useEffect(() => {
    const box = scroller.current;
    const inner = content.current;
    if (!box || !inner) return;
    // The height the content had when we last put the view at the bottom: a scroll event that comes
    // with a different height was caused by the content changing (scroll anchoring as evidence and
    // thumbnails arrive), not by the user, and must not unpin the view.
    let stuckAt = -1;
    const toBottom = () => {
      box.scrollTop = box.scrollHeight;
      stuckAt = box.scrollHeight;
    };
    const onScroll = () => {
      if (pinned.current && box.scrollHeight !== stuckAt) {
        toBottom();
        return;
      }
      pinned.current = box.scrollHeight - box.scrollTop - box.clientHeight <= NEAR_BOTTOM;
    };
    const observer = new ResizeObserver(() => {
      if (pinned.current) toBottom();
    });
    toBottom();
    box.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(inner);
    return () => {
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, []);

  /** Stop following the bottom (the view is about to show something older on purpose). */
  const release = useCallback(() => {
    pinned.current = false;
  }, []);

  return { scroller, content, release };
}
