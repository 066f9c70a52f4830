import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { SizeLimitForm } from './SizeLimitForm';
import { VaultCheck } from './VaultCheck';

/** Tools for the evidence store as a whole: check its integrity, set the size limit. */
export function VaultDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('vault.title')} onClose={onClose} size="wide">
      <div className="settings">
        <VaultCheck onNavigate={onClose} />
        <SizeLimitForm />
      </div>
    </Dialog>
  );
}
