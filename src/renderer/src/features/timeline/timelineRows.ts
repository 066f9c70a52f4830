import type { TimelineDay, TimelineItem } from './buildTimeline';

/** The timeline as one flat list for the virtualizer: a separator row opens each day. */
export type TimelineRow =
  | { type: 'day'; key: string; day: string }
  | { type: 'item'; key: string; item: TimelineItem };

export function flattenTimeline(days: readonly TimelineDay[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const day of days) {
    rows.push({ type: 'day', key: `day-${day.day}`, day: day.day });
    for (const item of day.items) {
      rows.push({
        type: 'item',
        key: item.type === 'entry' ? `entry-${item.entry.id}` : `evidence-${item.evidence[0]?.id ?? 0}`,
        item,
      });
    }
  }
  return rows;
}

/** The row showing an entry (-1 when it is not on the timeline). */
export function rowOfEntry(rows: readonly TimelineRow[], entryId: number): number {
  return rows.findIndex((row) => row.type === 'item' && row.item.type === 'entry' && row.item.entry.id === entryId);
}
