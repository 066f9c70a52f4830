import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { useCapabilities } from '@renderer/app/useAppInfo';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { formatLabel } from '../fileKind';
import { FileTypeIcon } from '../FileTypeIcon';
import { DownloadButton } from './DownloadButton';
import { useDownloadEvidence, useOpenExternally } from './useDownloadEvidence';

/**
 * SVG, HTML, executables, archives, anything Casefile does not render: never shown inside the app. A
 * download, and in the desktop app "Open in another program…", which asks natively first.
 */
export function NoPreview({ evidence, reason = 'unsafe' }: { evidence: Evidence; reason?: 'unsafe' | 'pdfUnavailable' }) {
  const { t } = useTranslation();
  const { openExternally } = useCapabilities();
  const download = useDownloadEvidence(evidence);
  const open = useOpenExternally(evidence);

  return (
    <div className="no-preview">
      <FileTypeIcon mimeType={evidence.mimeType} className="no-preview__icon" />
      <h3 className="no-preview__title">{t('viewer.noPreviewTitle')}</h3>
      <p className="no-preview__why">
        {reason === 'pdfUnavailable' ? t('viewer.pdfUnavailable') : t('viewer.noPreviewWhy', { format: formatLabel(evidence.mimeType) })}
      </p>
      <div className="no-preview__actions">
        <DownloadButton download={download} className="button button--primary" />
        {openExternally ? (
          <button
            type="button"
            className="button"
            aria-busy={open.isPending || undefined}
            onClick={() => {
              if (!open.isPending) open.mutate();
            }}
          >
            <Icon name="external" />
            {t('viewer.openExternal')}
          </button>
        ) : null}
      </div>
      {open.data && !open.data.opened ? <p className="muted small" role="status">{t('viewer.notOpened')}</p> : null}
      <ErrorMessage error={download.error ?? open.error} />
    </div>
  );
}
