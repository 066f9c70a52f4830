import type { HTMLAttributes, ReactNode, SyntheticEvent } from 'react';

const stop = (event: SyntheticEvent) => event.stopPropagation();
// React's types list these handlers for <dialog> only, but it collects them from every element on the
// way up, so a wrapper can stop them.
const stopDialogEvents = { onCancel: stop, onClose: stop } as HTMLAttributes<HTMLDivElement>;

/**
 * React passes a dialog's `cancel` and `close` events up its component tree even though the DOM events
 * do not bubble, so Escape in a dialog opened from inside another dialog would close both. This stops
 * them at the inner dialog.
 */
export function NestedDialogBoundary({ children }: { children: ReactNode }) {
  return (
    <div className="nested-dialog-boundary" {...stopDialogEvents}>
      {children}
    </div>
  );
}
