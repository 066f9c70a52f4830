import { useEffect, useRef } from 'react';
import { isEditableTarget } from '@renderer/features/shortcuts/shortcuts';

/**
 * Text pasted on the ticket outside any field (the conversation copied from a chat window) becomes the
 * start of a new entry. Pastes carrying files are the evidence paste hook's (usePasteEvidence); a paste
 * into a field or an open dialog stays where it was aimed.
 */
export function usePasteTextToDraft(onText: (text: string) => void): void {
  const latest = useRef(onText);
  useEffect(() => {
    latest.current = onText;
  });

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const data = event.clipboardData;
      if (!data || event.defaultPrevented) return;
      if ((data.files?.length ?? 0) > 0 || Array.from(data.items ?? []).some((item) => item.kind === 'file')) return;
      if (isEditableTarget(event.target) || document.querySelector('dialog[open]')) return;
      const text = data.getData('text/plain');
      if (text.trim() === '') return;
      event.preventDefault();
      latest.current(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}
