import { useEffect, useRef } from 'react';
import { hasPrimaryModifier } from '@renderer/features/shortcuts/shortcuts';

/**
 * Ctrl/⌘+E on a ticket opens the dossier export (not while another dialog is open). Browsers bind
 * Ctrl+E to the address bar's search, but they let a page take it, unlike Ctrl+N or Ctrl+T.
 */
export function useExportShortcut(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || event.shiftKey || event.altKey || event.code !== 'KeyE') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
