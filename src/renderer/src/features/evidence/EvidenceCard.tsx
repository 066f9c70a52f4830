import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { BlobImage } from './BlobImage';
import { HashButton } from './HashButton';
import { isPreviewable } from './previewable';
import { useEvidenceContent } from './queries';

/** Short labels for the types the vault detects most often. */
const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/json': 'JSON',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'text/csv': 'CSV',
  'message/rfc822': 'EML',
  'image/svg+xml': 'SVG',
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'video/mp4': 'MP4',
  'audio/mpeg': 'MP3',
};

/**
 * What the file really is, from the type found in its bytes ("PDF"), not from its name: a PDF renamed
 * .png must not be labelled PNG. Falls back to the extension when the type is not one we label.
 */
function typeLabel(evidence: Evidence): string {
  const known = TYPE_LABELS[evidence.mimeType.toLowerCase()];
  if (known) return known;
  const extension = evidence.originalName.includes('.') ? evidence.originalName.split('.').pop() : '';
  return (extension ?? '').slice(0, 5).toUpperCase();
}

function Thumbnail({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const previewable = isPreviewable(evidence.mimeType);
  const content = useEvidenceContent(evidence.id, previewable);

  if (!previewable) {
    return (
      <div className="evidence-card__placeholder" aria-hidden="true">
        {typeLabel(evidence) || t('evidence.noPreview')}
      </div>
    );
  }
  if (content.data) return <BlobImage className="evidence-card__image" blob={content.data.blob} alt={evidence.originalName} />;
  return (
    <div className="evidence-card__placeholder" role="status">
      {content.isError ? t('evidence.previewFailed') : t('common.loading')}
    </div>
  );
}

/** One evidence file: preview, name, size, fingerprint, and a warning when its name lies about its type. */
export function EvidenceCard({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <figure className="evidence-card">
      <Thumbnail evidence={evidence} />
      <figcaption className="evidence-card__caption">
        <span className="evidence-card__name" title={evidence.originalName}>
          {evidence.originalName}
        </span>
        <span className="evidence-card__facts">
          <span>{formatBytes(evidence.size, language)}</span>
          <HashButton sha256={evidence.sha256} />
        </span>
        {evidence.extensionMismatch ? (
          <span className="badge badge--warn" title={t('evidence.mismatchHint', { mime: evidence.mimeType })}>
            <Icon name="warning" />
            {t('evidence.mismatch')}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
