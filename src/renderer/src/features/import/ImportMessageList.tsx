import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportPreviewMessage } from '@shared/domain';
import { ImportMessageRow } from './ImportMessageRow';

/**
 * The preview's messages (the first 500), virtualized: rows are measured as they render, since a
 * message may be one word or a whole e-mail.
 */
export function ImportMessageList({ messages, total }: { messages: readonly ImportPreviewMessage[]; total: number }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions React Compiler cannot memoize safely; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: messages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    getItemKey: (index) => messages[index]?.key ?? index,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  if (messages.length === 0) return <p className="import__empty muted">{t('importer.noMessages')}</p>;
  return (
    <div className="import-list">
      <div ref={scroller} className="import-list__scroller" tabIndex={0} role="region" aria-label={t('importer.messages')}>
        <div className="import-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
          <ol className="import-list__items" style={{ transform: `translateY(${rows[0]?.start ?? 0}px)` }}>
            {rows.map((row) => (
              <ImportMessageRow
                key={row.key}
                ref={virtualizer.measureElement}
                index={row.index}
                message={messages[row.index]!}
                setSize={total}
              />
            ))}
          </ol>
        </div>
      </div>
      {total > messages.length ? (
        <p className="muted small import-list__more">{t('importer.previewLimited', { shown: messages.length, count: total })}</p>
      ) : null}
    </div>
  );
}
