import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { hasPrimaryModifier, isEditableTarget } from '@renderer/features/shortcuts/shortcuts';
import { DeleteEvidenceDialog } from '../DeleteEvidenceDialog';
import { DownloadButton } from './DownloadButton';
import { fileKind } from '../fileKind';
import { CustodyLog } from './CustodyLog';
import { EvidenceEditForm } from './EvidenceEditForm';
import { FingerprintField } from './FingerprintField';
import { Preview } from './Preview';
import { useDownloadEvidence } from './useDownloadEvidence';
import { useZoom } from './useZoom';
import { ViewerFacts } from './ViewerFacts';
import { ZoomControls } from './ZoomControls';

interface EvidenceViewerProps {
  evidence: Evidence;
  /** Where this item sits in the list the arrows walk through (1-based), and how long it is. */
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onClose: () => void;
  /** The item was deleted: show the next one, or close. */
  onDeleted: () => void;
}

/**
 * One item, large: the preview on the left; on the right what it is, its fingerprint, its description
 * and tags, and its chain of custody. Escape closes, ←/→ move, Ctrl/⌘ +/−/0 zoom images.
 */
export function EvidenceViewer({ evidence, index, count, onMove, onClose, onDeleted }: EvidenceViewerProps) {
  const { t } = useTranslation();
  const zoom = useZoom(evidence.id);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const kind = fileKind(evidence.mimeType);
  const download = useDownloadEvidence(evidence);

  const onKeyDown = (event: KeyboardEvent) => {
    if (confirmDelete || event.defaultPrevented) return;
    const target = event.target;
    if (hasPrimaryModifier(event) && !event.altKey && kind === 'image') {
      const action = { '+': zoom.zoomIn, '=': zoom.zoomIn, '-': zoom.zoomOut, _: zoom.zoomOut, '0': zoom.fit }[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || isEditableTarget(target)) return;
    // Media elements use the arrows to seek.
    if (target instanceof HTMLMediaElement) return;
    if (event.key === 'ArrowLeft' && index > 1) {
      event.preventDefault();
      onMove(-1);
    } else if (event.key === 'ArrowRight' && index < count) {
      event.preventDefault();
      onMove(1);
    }
  };
  // On the document, not the dialog: a click on the image or a button that just finished its work can
  // leave focus on the page body, and the keys must still work.
  const keyHandler = useRef(onKeyDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const navigation = (
    <div className="viewer-nav">
      <button type="button" className="icon-button" onClick={() => onMove(-1)} disabled={index <= 1} aria-label={t('viewer.previous')} title={`${t('viewer.previous')} (←)`}>
        <Icon name="chevronLeft" />
      </button>
      <span className="viewer-nav__position">{t('viewer.position', { index, count })}</span>
      <button type="button" className="icon-button" onClick={() => onMove(1)} disabled={index >= count} aria-label={t('viewer.next')} title={`${t('viewer.next')} (→)`}>
        <Icon name="chevronRight" />
      </button>
    </div>
  );

  return (
    <Dialog title={evidence.originalName} onClose={onClose} size="full" headerExtra={navigation}>
      <div className="viewer">
        {/* Focus starts here, not in the description: the arrow keys should move between items at once. */}
        <div className="viewer__stage" tabIndex={-1} data-autofocus>
          {kind === 'image' ? (
            <div className="viewer__toolbar">
              <ZoomControls zoom={zoom} />
            </div>
          ) : null}
          <div className="viewer__preview">
            <Preview evidence={evidence} zoom={zoom} />
          </div>
        </div>
        <div className="viewer__side">
          <div className="viewer__actions">
            {kind !== 'other' ? (
              <DownloadButton download={download} className="button button--small" />
            ) : null}
            <button type="button" className="button button--small button--danger-quiet" onClick={() => setConfirmDelete(true)}>
              <Icon name="trash" />
              {t('viewer.delete')}
            </button>
          </div>
          <ViewerFacts evidence={evidence} />
          <FingerprintField sha256={evidence.sha256} />
          <EvidenceEditForm key={evidence.id} evidence={evidence} />
          <CustodyLog evidence={evidence} />
          <ErrorMessage error={download.error} />
        </div>
      </div>
      {confirmDelete ? (
        <DeleteEvidenceDialog
          evidence={evidence}
          onCancel={() => setConfirmDelete(false)}
          onDeleted={() => {
            setConfirmDelete(false);
            onDeleted();
          }}
        />
      ) : null}
    </Dialog>
  );
}
