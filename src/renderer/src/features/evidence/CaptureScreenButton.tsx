import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapabilities } from '@renderer/app/useAppInfo';
import { Icon } from '@renderer/components/Icon';
import { hasPrimaryModifier, IS_MAC, PRIMARY_KEY_LABEL } from '@renderer/features/shortcuts/shortcuts';
import { CaptureScreenDialog } from './CaptureScreenDialog';

/**
 * Desktop: "Capture screen" (Ctrl/⌘+Shift+S). In a browser tab, which cannot capture the screen without
 * asking for a video stream, a hint to paste a screenshot instead.
 */
export function CaptureScreenButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { screenCapture } = useCapabilities();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!screenCapture) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !hasPrimaryModifier(event) || !event.shiftKey || event.code !== 'KeyS') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [screenCapture]);

  if (!screenCapture) {
    return <span className="paste-hint muted small">{t(IS_MAC ? 'evidence.pasteHintMac' : 'evidence.pasteHint')}</span>;
  }
  return (
    <>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Control+Shift+S Meta+Shift+S"
        title={`${PRIMARY_KEY_LABEL}+Shift+S`}
        onClick={() => setOpen(true)}
      >
        <Icon name="camera" />
        {t('screenCapture.button')}
      </button>
      {open ? <CaptureScreenDialog ticketId={ticketId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
