import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { FindSupportPanel } from '@renderer/features/guard/FindSupportPanel';
import { usePlatforms } from './queries';

/** A platform's facts, its support channels with the guard's verdict, and the guided "find support" panel. */
export function PlatformDetailsDialog({ platformId, onClose }: { platformId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  const platform = platforms.data?.find((p) => p.id === platformId);

  return (
    <Dialog title={platform?.name ?? t('common.loading')} onClose={onClose} size="wide">
      <ErrorMessage error={platforms.error} />
      {platform ? <FindSupportPanel platform={platform} /> : null}
    </Dialog>
  );
}
