import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';

/** The full SHA-256 of the exported file, selectable, with a copy button: what the user cites or notarises. */
export function CopyableHash({ label, sha256 }: { label: string; sha256: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="copyable-hash">
      <code className="copyable-hash__value" aria-label={label}>
        {sha256}
      </code>
      <button
        type="button"
        className="button button--small"
        aria-label={t('dossierExport.result.copyHash')}
        onClick={() => {
          navigator.clipboard.writeText(sha256).then(
            () => setCopied(true),
            () => undefined,
          );
        }}
      >
        <Icon name={copied ? 'check' : 'copy'} />
        {copied ? t('common.copied') : t('dossierExport.result.copy')}
      </button>
    </div>
  );
}
