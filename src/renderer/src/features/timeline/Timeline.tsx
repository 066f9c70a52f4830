import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useEvidenceList } from '@renderer/features/evidence/queries';
import { useLanguage } from '@renderer/i18n';
import { formatDay } from '@renderer/lib/dates';
import { EvidenceItem } from './EvidenceItem';
import { buildTimeline } from './buildTimeline';
import { EntryItem } from './EntryItem';
import { useLog } from './queries';
import { useStickToBottom } from './useStickToBottom';

/** The ticket's story in order: conversation, notes, system events and evidence, cut into days. */
export function Timeline({ ticketId, dropEntryId = null }: { ticketId: number; dropEntryId?: number | null }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const log = useLog(ticketId);
  const evidence = useEvidenceList(ticketId);
  const { scroller, content } = useStickToBottom();

  const days = useMemo(() => buildTimeline(log.data ?? [], evidence.data ?? []), [log.data, evidence.data]);
  const itemCount = days.reduce((n, day) => n + day.items.length, 0);

  return (
    <section ref={scroller} className="timeline" aria-label={t('timeline.label')}>
      <div ref={content} className="timeline__content">
        <ErrorMessage error={log.error ?? evidence.error} />
        {log.isPending ? <p className="muted timeline__empty">{t('common.loading')}</p> : null}
        {log.isSuccess && itemCount === 0 ? <p className="timeline__empty">{t('timeline.empty')}</p> : null}
        {days.map((day) => (
          <section key={day.day} className="timeline__day">
            <h2 className="timeline__day-title">
              <span className="timeline__day-pill">{formatDay(day.day, dateLocale)}</span>
            </h2>
            <ol className="timeline__items">
              {day.items.map((item) =>
                item.type === 'entry' ? (
                  <EntryItem
                    key={`entry-${item.entry.id}`}
                    entry={item.entry}
                    evidence={item.evidence}
                    dropTarget={dropEntryId === item.entry.id}
                  />
                ) : (
                  <EvidenceItem key={`evidence-${item.evidence[0]!.id}`} evidence={item.evidence} />
                ),
              )}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
