import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { CapturedAt } from './CapturedAt';
import { EvidenceThumb } from './EvidenceThumb';
import { formatLabel } from './fileKind';
import { MismatchBadge } from './MismatchBadge';
import { TagList } from './TagList';
import { useViewer } from './viewerContext';

/** One item as a list row: small picture, name (opens the viewer), type, size, captured-at, tags. */
export function EvidenceRow({ evidence, order }: { evidence: Evidence; order?: readonly number[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const viewer = useViewer();
  return (
    <div className="evidence-row" data-evidence-id={evidence.id}>
      <EvidenceThumb evidence={evidence} className="evidence-row__thumb" />
      <span className="evidence-row__name">
        <button
          type="button"
          className="link-button evidence-row__open"
          title={evidence.originalName}
          aria-label={t('evidence.open', { name: evidence.originalName })}
          onClick={() => viewer?.openViewer(evidence.id, order)}
        >
          {evidence.originalName}
        </button>
        <MismatchBadge evidence={evidence} />
      </span>
      <span className="evidence-row__type">{formatLabel(evidence.mimeType)}</span>
      <span className="evidence-row__size">{formatBytes(evidence.size, language)}</span>
      <span className="evidence-row__captured">
        <CapturedAt evidence={evidence} variant="plain" />
      </span>
      <TagList tags={evidence.tags ?? []} className="evidence-row__tags" />
    </div>
  );
}
