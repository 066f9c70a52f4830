import { useTranslation } from 'react-i18next';
import { CopyButton } from '@renderer/components/CopyButton';

/** The full SHA-256 of the exported file, selectable, with a copy button: what the user cites or notarises. */
export function CopyableHash({ label, sha256 }: { label: string; sha256: string }) {
  const { t } = useTranslation();
  return (
    <div className="copyable-hash">
      <code className="copyable-hash__value" aria-label={label}>
        {sha256}
      </code>
      <CopyButton text={sha256} label={t('dossierExport.result.copyHash')} idleText={t('dossierExport.result.copy')} />
    </div>
  );
}
