import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useEvidenceList } from './queries';
import { EvidenceViewer } from './viewer/EvidenceViewer';
import { ViewerContext } from './viewerContext';

interface Open {
  id: number;
  order: readonly number[] | null;
}

/**
 * Gives every card on the ticket (timeline, panel, evidence view) a way to open the one viewer, and
 * renders it. The item shown is always the list's current copy, so edits appear at once; a deleted item
 * gives way to its neighbour.
 */
export function EvidenceViewerProvider({ ticketId, children }: { ticketId: number; children: ReactNode }) {
  const evidence = useEvidenceList(ticketId);
  const [open, setOpen] = useState<Open | null>(null);
  const openViewer = useCallback((id: number, order?: readonly number[]) => setOpen({ id, order: order ?? null }), []);
  const controls = useMemo(() => ({ openViewer }), [openViewer]);

  const items = evidence.data ?? [];
  const byId = new Map(items.map((item) => [item.id, item]));
  const order = (open?.order ?? items.map((item) => item.id)).filter((id) => byId.has(id));
  const current = open ? byId.get(open.id) : undefined;
  const position = current ? order.indexOf(current.id) : -1;

  const move = (step: -1 | 1) => {
    const next = order[position + step];
    if (next !== undefined && open) setOpen({ ...open, id: next });
  };

  const afterDelete = () => {
    if (!open) return;
    // The list still holds the deleted item until it refreshes: step over it.
    const remaining = order.filter((id) => id !== open.id);
    const next = remaining[Math.min(position, remaining.length - 1)];
    setOpen(next === undefined ? null : { ...open, id: next, order: remaining });
  };

  return (
    <ViewerContext.Provider value={controls}>
      {children}
      {current ? (
        <EvidenceViewer
          evidence={current}
          index={position + 1}
          count={order.length}
          onMove={move}
          onClose={() => setOpen(null)}
          onDeleted={afterDelete}
        />
      ) : null}
    </ViewerContext.Provider>
  );
}
