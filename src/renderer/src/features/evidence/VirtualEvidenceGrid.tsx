import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Evidence } from '@shared/domain';
import { useElementWidth } from '@renderer/lib/useElementWidth';
import { EvidenceCard } from './EvidenceCard';
import { EvidenceRow } from './EvidenceRow';

interface VirtualEvidenceGridProps {
  items: readonly Evidence[];
  label: string;
  layout: 'grid' | 'list';
  /** Narrowest a grid column may get (px); as many columns as fit. */
  minColumnWidth?: number;
  className?: string;
}

const GAP = 12;

/**
 * Evidence as a grid of cards or a list of rows, virtualized: only the rows on screen (plus a few) are in
 * the DOM, so a ticket with 10,000 files scrolls as smoothly as one with ten, and only visible items ask
 * for thumbnails. Rows are measured after rendering (text wraps differently in each language).
 */
export function VirtualEvidenceGrid({ items, label, layout, minColumnWidth = 150, className = '' }: VirtualEvidenceGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scroller);
  const columns = layout === 'list' ? 1 : Math.max(1, Math.floor((width + GAP) / (minColumnWidth + GAP)));
  const rowCount = Math.ceil(items.length / columns);
  const order = useMemo(() => items.map((item) => item.id), [items]);

  // TanStack Virtual returns functions React Compiler cannot memoize safely; this component opts out.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scroller.current,
    estimateSize: () => (layout === 'list' ? 56 : 230),
    overscan: layout === 'list' ? 8 : 3,
    gap: layout === 'list' ? 0 : GAP,
  });

  return (
    <div ref={scroller} className={`vgrid vgrid--${layout} ${className}`}>
      <div role="list" aria-label={label} className="vgrid__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const start = row.index * columns;
          const rowItems = items.slice(start, start + columns);
          return (
            <div
              key={`${row.key}-${columns}`}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className="vgrid__row"
              style={{
                transform: `translateY(${row.start}px)`,
                gridTemplateColumns: layout === 'grid' ? `repeat(${columns}, minmax(0, 1fr))` : undefined,
              }}
            >
              {rowItems.map((item, i) => (
                <div key={item.id} role="listitem" aria-posinset={start + i + 1} aria-setsize={items.length} className="vgrid__cell">
                  {layout === 'grid' ? <EvidenceCard evidence={item} variant="compact" order={order} /> : <EvidenceRow evidence={item} order={order} />}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
