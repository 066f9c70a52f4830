import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { fileKind } from '../fileKind';
import { useEvidenceContent } from '../queries';
import { ImagePreview } from './ImagePreview';
import { MediaPreview } from './MediaPreview';
import { NoPreview } from './NoPreview';
import { PdfPreview } from './PdfPreview';
import { TextPreview } from './TextPreview';
import type { Zoom } from './useZoom';

/** Above this, a preview waits for the user to ask: it reads the whole file into memory. */
const AUTO_PREVIEW_BYTES = 150 * 1024 * 1024;

/** The item itself, by kind; anything outside the safe list goes to NoPreview without fetching a byte. */
export function Preview({ evidence, zoom }: { evidence: Evidence; zoom: Zoom }) {
  const kind = fileKind(evidence.mimeType);
  if (kind === 'other') return <NoPreview evidence={evidence} />;
  return <LoadedPreview key={evidence.id} evidence={evidence} zoom={zoom} />;
}

function LoadedPreview({ evidence, zoom }: { evidence: Evidence; zoom: Zoom }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const kind = fileKind(evidence.mimeType);
  const [wanted, setWanted] = useState(evidence.size <= AUTO_PREVIEW_BYTES);
  const content = useEvidenceContent(evidence.id, wanted);

  if (!wanted) {
    return (
      <div className="preview-gate">
        <p>{t('viewer.largeFile', { size: formatBytes(evidence.size, language) })}</p>
        <button type="button" className="button button--primary" onClick={() => setWanted(true)}>
          {t('viewer.loadPreview')}
        </button>
      </div>
    );
  }
  if (content.isError) return <ErrorMessage error={content.error} />;
  if (!content.data) return <p className="preview-loading muted" role="status">{t('viewer.loading')}</p>;
  const blob = content.data.blob;
  if (kind === 'text') return <TextPreview blob={blob} />;
  if (kind === 'image') return <ImagePreview evidence={evidence} blob={blob} zoom={zoom} />;
  if (kind === 'pdf') return <PdfPreview evidence={evidence} blob={blob} />;
  return <MediaPreview evidence={evidence} blob={blob} />;
}
