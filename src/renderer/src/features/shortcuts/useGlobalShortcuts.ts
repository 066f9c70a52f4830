import { useEffect } from 'react';
import { useDialogs } from '@renderer/app/dialogs';
import { hasPrimaryModifier, isEditableTarget } from './shortcuts';

/**
 * App-wide keys. Ctrl/⌘+N is swallowed by browsers in a normal tab (it opens a window), so Alt+N
 * does the same there. Shortcuts that work in a field are handled where the field is (capture box).
 */
export function useGlobalShortcuts(): void {
  const { openDialog, isOpen } = useDialogs();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isOpen) return;
      const newTicket =
        (hasPrimaryModifier(event) && !event.altKey && !event.shiftKey && event.code === 'KeyN') ||
        (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN');
      if (newTicket) {
        event.preventDefault();
        openDialog({ name: 'newTicket' });
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditableTarget(event.target)) {
        event.preventDefault();
        openDialog({ name: 'shortcuts' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openDialog, isOpen]);
}
