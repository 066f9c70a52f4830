import { useEffect } from 'react';
import { useDialogs } from '@renderer/app/dialogs';

/**
 * Alt+R opens "Remind me" on the open ticket, even while typing in the capture box (Alt+letter types
 * nothing there, except ® on a Mac, which this prevents). Not while another dialog is open.
 */
export function useRemindMeShortcut(open: () => void): void {
  const { isOpen } = useDialogs();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isOpen) return;
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyR') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, isOpen]);
}
