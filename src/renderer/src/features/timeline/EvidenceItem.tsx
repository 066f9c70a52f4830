import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatClock } from '@renderer/lib/dates';
import { EvidenceStrip } from './EvidenceStrip';

/** Evidence on the timeline at the moment it was added: one file, or a batch added in a row. */
interface EvidenceItemProps {
  evidence: readonly Evidence[];
  /** The virtualized timeline measures each row: its ref and index. */
  rowRef?: Ref<HTMLLIElement>;
  rowIndex?: number;
}

export function EvidenceItem({ evidence, rowRef, rowIndex }: EvidenceItemProps) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const first = evidence[0];
  if (!first) return null;
  const headingId = `evidence-${first.id}-title`;
  const last = evidence[evidence.length - 1]!;
  return (
    <li ref={rowRef} data-index={rowIndex} className="entry entry--evidence">
      <article className="entry__bubble" aria-labelledby={headingId}>
        <header className="entry__meta">
          <span id={headingId} className="entry__who">
            <Icon name="paperclip" />{' '}
            {evidence.length === 1 ? t('timeline.evidenceAdded') : t('timeline.evidenceGroup', { count: evidence.length })}
          </span>
          <TimeStamp className="entry__time" iso={last.addedAt} display={(iso) => formatClock(iso, dateLocale)} />
        </header>
        <EvidenceStrip items={evidence} />
      </article>
    </li>
  );
}
