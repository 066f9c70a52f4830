import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';

/** The full SHA-256, selectable, with a copy button: what a complaint or a notary cites. */
export function FingerprintField({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="fingerprint">
      <span id={id} className="fingerprint__label">
        {t('viewer.fingerprint')}
      </span>
      <code className="fingerprint__value" aria-labelledby={id}>
        {sha256}
      </code>
      <button
        type="button"
        className="button button--small fingerprint__copy"
        aria-label={t('viewer.copyHash')}
        onClick={() => {
          navigator.clipboard.writeText(sha256).then(
            () => setCopied(true),
            () => undefined,
          );
        }}
      >
        <Icon name={copied ? 'check' : 'copy'} />
        {copied ? t('common.copied') : t('viewer.copy')}
      </button>
    </div>
  );
}
