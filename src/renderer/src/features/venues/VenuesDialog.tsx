import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { NestedDialogBoundary } from '@renderer/features/escalation/NestedDialogBoundary';
import { useReturnFocus } from '@renderer/features/escalation/useReturnFocus';
import { VenuesPanel } from './VenuesPanel';
import '@renderer/styles/escalation.css';

/** "Where to complain" in a dialog: opened from a ticket, or from a platform's own dialog (hence the boundary). */
export function VenuesDialog({ platformId, onClose }: { platformId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  useReturnFocus();
  return (
    <NestedDialogBoundary>
      <Dialog title={t('venues.title')} onClose={onClose} size="wide">
        <VenuesPanel platformId={platformId} />
      </Dialog>
    </NestedDialogBoundary>
  );
}
