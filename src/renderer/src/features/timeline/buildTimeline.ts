import type { Entry, Evidence } from '@shared/domain';
import { sameLocalDay } from '@renderer/lib/dates';

export type TimelineItem =
  | { type: 'entry'; at: string; entry: Entry }
  | { type: 'evidence'; at: string; evidence: Evidence };

export interface TimelineDay {
  /** The first item's instant, which names the day in the viewer's time zone. */
  day: string;
  items: TimelineItem[];
}

const itemKey = (item: TimelineItem) => (item.type === 'entry' ? item.entry.id : item.evidence.id);

/**
 * Conversation entries by when they happened, evidence by when it was added, merged into one
 * chronological list and cut into the viewer's local days. Ties keep entries before evidence, then
 * creation order, so the order never flickers between renders.
 */
export function buildTimeline(entries: readonly Entry[], evidence: readonly Evidence[]): TimelineDay[] {
  const items: TimelineItem[] = [
    ...entries.map((entry) => ({ type: 'entry' as const, at: entry.occurredAt, entry })),
    ...evidence.map((item) => ({ type: 'evidence' as const, at: item.addedAt, evidence: item })),
  ];
  items.sort((a, b) => {
    const byTime = new Date(a.at).getTime() - new Date(b.at).getTime();
    if (byTime !== 0) return byTime;
    if (a.type !== b.type) return a.type === 'entry' ? -1 : 1;
    return itemKey(a) - itemKey(b);
  });

  const days: TimelineDay[] = [];
  for (const item of items) {
    const current = days[days.length - 1];
    if (current && sameLocalDay(current.day, item.at)) current.items.push(item);
    else days.push({ day: item.at, items: [item] });
  }
  return days;
}
