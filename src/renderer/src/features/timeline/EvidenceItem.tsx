import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { EvidenceCard } from '@renderer/features/evidence/EvidenceCard';
import { useLanguage } from '@renderer/i18n';
import { formatClock } from '@renderer/lib/dates';

/** Evidence on the timeline, at the moment it was added. */
export function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const headingId = `evidence-${evidence.id}-title`;
  return (
    <li className="entry entry--evidence">
      <article className="entry__bubble" aria-labelledby={headingId}>
        <header className="entry__meta">
          <span id={headingId} className="entry__who">
            <Icon name="paperclip" /> {t('timeline.evidenceAdded')}
          </span>
          <TimeStamp className="entry__time" iso={evidence.addedAt} display={(iso) => formatClock(iso, dateLocale)} />
        </header>
        <EvidenceCard evidence={evidence} />
      </article>
    </li>
  );
}
