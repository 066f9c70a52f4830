import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useEvidenceList } from '@renderer/features/evidence/queries';
import { useLanguage } from '@renderer/i18n';
import { formatDay } from '@renderer/lib/dates';
import { EvidenceItem } from './EvidenceItem';
import { buildTimeline } from './buildTimeline';
import { EntryItem } from './EntryItem';
import { useLog } from './queries';
import { flattenTimeline } from './timelineRows';
import { useScrollToRequestedEntry } from './useScrollToRequestedEntry';
import { useStickToBottom } from './useStickToBottom';

/** Space between rows (px); the list's CSS gap matches it. */
const ROW_GAP = 10;

/**
 * The ticket's story in order: conversation, notes, system events and evidence, cut into days. Virtualized
 * (only the rows on screen are in the DOM, each measured as it renders), so 50,000 entries scroll like 50;
 * newest at the bottom, and the view stays there while the user is there.
 */
export function Timeline({ ticketId, dropEntryId = null }: { ticketId: number; dropEntryId?: number | null }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const log = useLog(ticketId);
  const evidence = useEvidenceList(ticketId);
  const { scroller, content, release } = useStickToBottom();

  const days = useMemo(() => buildTimeline(log.data ?? [], evidence.data ?? []), [log.data, evidence.data]);
  const rows = useMemo(() => flattenTimeline(days), [days]);

  // TanStack Virtual returns functions React Compiler cannot memoize safely; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'day' ? 44 : 84),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
    gap: ROW_GAP,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'center' }), [virtualizer]);
  const flashId = useScrollToRequestedEntry(rows, log.isSuccess && !evidence.isPending, scrollToIndex, release);
  const virtualRows = virtualizer.getVirtualItems();

  return (
    <section ref={scroller} className="timeline" aria-label={t('timeline.label')}>
      <div ref={content} className="timeline__content">
        <div className="timeline__canvas" style={{ height: virtualizer.getTotalSize() }}>
          <ol className="timeline__items" style={{ transform: `translateY(${virtualRows[0]?.start ?? 0}px)` }}>
            {virtualRows.map((virtualRow) => {
              const row = rows[virtualRow.index]!;
              if (row.type === 'day') {
                return (
                  <li key={row.key} ref={virtualizer.measureElement} data-index={virtualRow.index} className="timeline__day-row">
                    <h2 className="timeline__day-title">
                      <span className="timeline__day-pill">{formatDay(row.day, dateLocale)}</span>
                    </h2>
                  </li>
                );
              }
              const item = row.item;
              return item.type === 'entry' ? (
                <EntryItem
                  key={row.key}
                  rowRef={virtualizer.measureElement}
                  rowIndex={virtualRow.index}
                  entry={item.entry}
                  evidence={item.evidence}
                  dropTarget={dropEntryId === item.entry.id}
                  flash={flashId === item.entry.id}
                />
              ) : (
                <EvidenceItem key={row.key} rowRef={virtualizer.measureElement} rowIndex={virtualRow.index} evidence={item.evidence} />
              );
            })}
          </ol>
        </div>
        <ErrorMessage error={log.error ?? evidence.error} />
        {log.isPending ? <p className="muted timeline__empty">{t('common.loading')}</p> : null}
        {log.isSuccess && rows.length === 0 ? <p className="timeline__empty">{t('timeline.empty')}</p> : null}
      </div>
    </section>
  );
}
