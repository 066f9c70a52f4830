import { useEffect, useRef, useState } from 'react';

/**
 * Gives focus back to whatever opened a dialog when the dialog goes away (the shared Dialog unmounts
 * rather than calling close(), so the browser does not do it). The opener is read during the first
 * render, before the dialog moves focus inside itself. The check waits a tick so StrictMode's
 * unmount-remount does not pull focus out of a dialog that is still open.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      setTimeout(() => {
        if (!mounted.current && opener?.isConnected) opener.focus();
      }, 0);
    };
  }, [opener]);
}
