import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { formatBytes } from '@renderer/lib/format';
import { CapturedAt } from '../CapturedAt';
import { fileKind, formatLabel } from '../fileKind';
import { MismatchBadge } from '../MismatchBadge';

/** "Image · PNG", but just "PDF" where the kind and the format are the same word. */
function kindAndFormat(kind: string, format: string): string {
  return kind === format ? kind : `${kind} · ${format}`;
}

/** Type (as found in the bytes), size, pixels, when captured and how we know, when added. */
export function ViewerFacts({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const { language, dateLocale } = useLanguage();
  return (
    <section className="viewer-facts" aria-label={t('viewer.facts')}>
      <MismatchBadge evidence={evidence} long />
      <dl className="facts">
        <dt>{t('viewer.type')}</dt>
        <dd>
          {kindAndFormat(t(`evidence.kind.${fileKind(evidence.mimeType)}`), formatLabel(evidence.mimeType))}{' '}
          <span className="muted small">({evidence.mimeType})</span>
        </dd>
        <dt>{t('viewer.size')}</dt>
        <dd>
          {formatBytes(evidence.size, language)}
          {evidence.size >= 1024 ? (
            <span className="muted small"> ({new Intl.NumberFormat(language).format(evidence.size)} B)</span>
          ) : null}
        </dd>
        {evidence.width && evidence.height ? (
          <>
            <dt>{t('viewer.dimensions')}</dt>
            <dd>{t('viewer.dimensionsValue', { width: evidence.width, height: evidence.height })}</dd>
          </>
        ) : null}
        <dt>{t('viewer.captured')}</dt>
        <dd>
          <CapturedAt evidence={evidence} variant="plain" />
        </dd>
        <dt>{t('viewer.added')}</dt>
        <dd>
          <TimeStamp iso={evidence.addedAt} display={(iso) => formatDateTime(iso, dateLocale)} />
        </dd>
      </dl>
    </section>
  );
}
