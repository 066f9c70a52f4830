import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { useInView } from '@renderer/lib/useInView';
import { FileTypeIcon } from './FileTypeIcon';
import { useThumbnail } from './useThumbnail';

/**
 * The small picture of an item: the server's WebP thumbnail for images, loaded when it nears the
 * screen, or a type icon for everything else. The thumbnail is always a raster the server made, so even
 * a hostile image file is never decoded here at full size.
 */
export function EvidenceThumb({ evidence, className = '' }: { evidence: Evidence; className?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = useInView(ref);
  const thumbnail = useThumbnail(evidence.hasThumbnail && visible ? evidence.id : null);

  return (
    <div ref={ref} className={`thumb ${className}`}>
      {!evidence.hasThumbnail ? (
        <FileTypeIcon mimeType={evidence.mimeType} />
      ) : thumbnail.status === 'ready' ? (
        <img className="thumb__image" src={thumbnail.url} alt={evidence.originalName} decoding="async" draggable={false} />
      ) : thumbnail.status === 'failed' ? (
        <div className="thumb__placeholder">
          <FileTypeIcon mimeType={evidence.mimeType} />
          <span className="visually-hidden">{t('evidence.previewFailed')}</span>
        </div>
      ) : (
        <div className="thumb__placeholder thumb__placeholder--loading" aria-hidden="true" />
      )}
    </div>
  );
}
