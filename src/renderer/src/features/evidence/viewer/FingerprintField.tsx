import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '@renderer/components/CopyButton';

/** The full SHA-256, selectable, with a copy button: what a complaint or a notary cites. */
export function FingerprintField({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="fingerprint">
      <span id={id} className="fingerprint__label">
        {t('viewer.fingerprint')}
      </span>
      <code className="fingerprint__value" aria-labelledby={id}>
        {sha256}
      </code>
      <CopyButton text={sha256} label={t('viewer.copyHash')} idleText={t('viewer.copy')} className="fingerprint__copy" />
    </div>
  );
}
