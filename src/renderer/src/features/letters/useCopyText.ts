import { useCallback, useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says so for a moment. The async Clipboard API needs a secure context
 * and, in some browsers, a permission; when it refuses, the old selection-based copy is tried on the
 * field the text came from.
 */
export function useCopyText(): { state: CopyState; copy: (text: string, field?: HTMLTextAreaElement | null) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string, field?: HTMLTextAreaElement | null) => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      if (field) {
        field.focus();
        field.select();
        // Deprecated but still the only synchronous fallback where the Clipboard API is refused.
        ok = document.execCommand('copy');
      }
    }
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  }, []);

  return { state, copy };
}
