import { createContext, useContext } from 'react';

export interface ViewerControls {
  /** Opens the viewer on item `id`; the arrow keys then move through `order` (default: the ticket's list). */
  openViewer: (id: number, order?: readonly number[]) => void;
}

export const ViewerContext = createContext<ViewerControls | null>(null);

/** Null outside a ticket: cards then show without an "open" action. */
export function useViewer(): ViewerControls | null {
  return useContext(ViewerContext);
}
