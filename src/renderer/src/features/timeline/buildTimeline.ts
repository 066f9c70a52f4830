import type { Entry, Evidence } from '@shared/domain';
import { sameLocalDay } from '@renderer/lib/dates';

export type TimelineItem =
  | { type: 'entry'; at: string; entry: Entry; evidence: Evidence[] }
  | { type: 'evidence'; at: string; evidence: Evidence[] };

export interface TimelineDay {
  /** The first item's instant, which names the day in the viewer's time zone. */
  day: string;
  items: TimelineItem[];
}

type Loose = { type: 'entry'; at: string; entry: Entry } | { type: 'evidence'; at: string; evidence: Evidence };

const looseKey = (item: Loose) => (item.type === 'entry' ? item.entry.id : item.evidence.id);

/**
 * Conversation entries by when they happened, evidence by when it was added, merged into one
 * chronological list and cut into the viewer's local days. Evidence tied to an entry sits under that
 * entry; evidence added in a row (a dropped folder) forms one group, so 10,000 files make one item,
 * not 10,000. Ties keep entries before evidence, then creation order, so nothing flickers.
 */
export function buildTimeline(entries: readonly Entry[], evidence: readonly Evidence[]): TimelineDay[] {
  const entryIds = new Set(entries.map((entry) => entry.id));
  const attached = new Map<number, Evidence[]>();
  const loose: Loose[] = entries.map((entry) => ({ type: 'entry' as const, at: entry.occurredAt, entry }));
  for (const item of evidence) {
    if (item.entryId !== null && entryIds.has(item.entryId)) {
      const list = attached.get(item.entryId) ?? [];
      list.push(item);
      attached.set(item.entryId, list);
    } else {
      loose.push({ type: 'evidence', at: item.addedAt, evidence: item });
    }
  }
  loose.sort((a, b) => {
    const byTime = new Date(a.at).getTime() - new Date(b.at).getTime();
    if (byTime !== 0) return byTime;
    if (a.type !== b.type) return a.type === 'entry' ? -1 : 1;
    return looseKey(a) - looseKey(b);
  });

  const days: TimelineDay[] = [];
  for (const item of loose) {
    let current = days[days.length - 1];
    if (!current || !sameLocalDay(current.day, item.at)) {
      current = { day: item.at, items: [] };
      days.push(current);
    }
    const last = current.items[current.items.length - 1];
    if (item.type === 'evidence' && last?.type === 'evidence') {
      last.evidence.push(item.evidence);
    } else if (item.type === 'evidence') {
      current.items.push({ type: 'evidence', at: item.at, evidence: [item.evidence] });
    } else {
      current.items.push({ type: 'entry', at: item.at, entry: item.entry, evidence: attached.get(item.entry.id) ?? [] });
    }
  }
  return days;
}
