import { useEffect, useRef } from 'react';
import { hasPrimaryModifier } from '@renderer/features/shortcuts/shortcuts';

/** Ctrl/⌘+I on a ticket opens the import dialog (not while another dialog is open). */
export function useImportShortcut(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || event.shiftKey || event.altKey || event.code !== 'KeyI') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
