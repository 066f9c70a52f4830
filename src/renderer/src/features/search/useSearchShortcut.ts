import { useEffect, useRef } from 'react';
import { hasPrimaryModifier } from '@renderer/features/shortcuts/shortcuts';

/** Ctrl/⌘+K opens search from anywhere, even while typing (not over another dialog). */
export function useSearchShortcut(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || event.shiftKey || event.altKey || event.code !== 'KeyK') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
