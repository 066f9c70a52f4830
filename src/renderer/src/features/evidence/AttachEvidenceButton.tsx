import { useEffect, useId, useRef, type RefObject } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@renderer/api/client';
import { useCapabilities } from '@renderer/app/useAppInfo';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { hasPrimaryModifier, PRIMARY_KEY_LABEL } from '@renderer/features/shortcuts/shortcuts';
import { useAddFiles } from './useAddFiles';
import { useUploadQueue } from './uploadQueueContext';

/** Ctrl/⌘+Shift+A anywhere on the ticket, unless a dialog is open. */
function useAttachShortcut(onAttach: RefObject<() => void>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || !event.shiftKey || event.altKey || event.code !== 'KeyA') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      onAttach.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAttach]);
}

/**
 * Adds files to the ticket. In the desktop app, the native picker: the main process reads the files by
 * path, so a 2 GB video never crosses IPC as bytes. In a browser, a real <input type=file multiple>
 * (keyboard, screen readers and Playwright's setInputFiles all work with it) styled as a button; the
 * files then upload one by one with progress in the upload tray.
 */
export function AttachEvidenceButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { pickFiles } = useCapabilities();
  const addFiles = useAddFiles(ticketId);
  const queue = useUploadQueue();
  const pick = useMutation({
    mutationFn: () => api['evidence.pick']({ ticketId }),
    onSuccess: (result) => {
      if (!result.cancelled) queue.report(ticketId, 'picker', result.items, result.failed);
    },
  });

  const openPicker = pickFiles ? () => pick.mutate() : () => inputRef.current?.click();
  const openPickerRef = useRef(openPicker);
  useEffect(() => {
    openPickerRef.current = openPicker;
  });
  useAttachShortcut(openPickerRef);
  const shortcut = `${PRIMARY_KEY_LABEL}+Shift+A`;

  if (pickFiles) {
    return (
      <div className="attach">
        <button
          type="button"
          className="button attach__label"
          aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
          title={shortcut}
          disabled={pick.isPending}
          onClick={() => pick.mutate()}
        >
          <Icon name="paperclip" />
          {pick.isPending ? t('evidence.attaching') : t('evidence.attach')}
        </button>
        <ErrorMessage error={pick.error} className="attach__error" />
      </div>
    );
  }

  return (
    <div className="attach">
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden attach__input"
        type="file"
        multiple
        aria-keyshortcuts="Control+Shift+A Meta+Shift+A"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear the picker so choosing the same file again still fires onChange.
          event.target.value = '';
          addFiles(files, { via: 'picker' });
        }}
      />
      <label htmlFor={id} className="button attach__label" title={shortcut}>
        <Icon name="paperclip" />
        {t('evidence.attach')}
      </label>
    </div>
  );
}
