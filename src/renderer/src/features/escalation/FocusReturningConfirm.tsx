import type { ComponentProps } from 'react';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { NestedDialogBoundary } from './NestedDialogBoundary';
import { useReturnFocus } from './useReturnFocus';

/**
 * The shared confirmation for use inside another dialog: Escape closes only the confirmation, and focus
 * goes back to the button that asked.
 */
export function FocusReturningConfirm(props: ComponentProps<typeof ConfirmDialog>) {
  useReturnFocus();
  return (
    <NestedDialogBoundary>
      <ConfirmDialog {...props} />
    </NestedDialogBoundary>
  );
}
