import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { CapturedAt } from './CapturedAt';
import { EvidenceThumb } from './EvidenceThumb';
import { formatLabel } from './fileKind';
import { HashButton } from './HashButton';
import { MismatchBadge } from './MismatchBadge';
import { TagList } from './TagList';
import { useViewer } from './viewerContext';

interface EvidenceCardProps {
  evidence: Evidence;
  /** `compact`: the grids (no fingerprint); `full`: a timeline item; `chip`: a small row under a message. */
  variant?: 'compact' | 'full' | 'chip';
  /** The order the viewer's arrow keys follow when opened from here. */
  order?: readonly number[];
}

/** One evidence file: its picture, name, real type, size, when it was captured, and warnings. */
export function EvidenceCard({ evidence, variant = 'full', order }: EvidenceCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const viewer = useViewer();
  const thumb = <EvidenceThumb evidence={evidence} className="evidence-card__thumb" />;

  return (
    <figure
      className={`evidence-card evidence-card--${variant} ${variant === 'full' && !evidence.hasThumbnail ? 'evidence-card--file' : ''}`}
      data-evidence-id={evidence.id}
    >
      {viewer ? (
        <button
          type="button"
          className="evidence-card__open"
          aria-label={t('evidence.open', { name: evidence.originalName })}
          onClick={() => viewer.openViewer(evidence.id, order)}
        >
          {thumb}
        </button>
      ) : (
        thumb
      )}
      <figcaption className="evidence-card__caption">
        <span className="evidence-card__name" title={evidence.originalName}>
          {evidence.originalName}
        </span>
        <span className="evidence-card__facts">
          <span className="evidence-card__format">{formatLabel(evidence.mimeType)}</span>
          <span>{formatBytes(evidence.size, language)}</span>
          {variant === 'full' ? <HashButton sha256={evidence.sha256} /> : null}
        </span>
        {variant === 'chip' ? null : (
          <span className="evidence-card__captured">
            <CapturedAt evidence={evidence} variant={variant === 'full' ? 'labelled' : 'compact'} />
          </span>
        )}
        <MismatchBadge evidence={evidence} />
        <TagList tags={evidence.tags ?? []} />
      </figcaption>
    </figure>
  );
}
