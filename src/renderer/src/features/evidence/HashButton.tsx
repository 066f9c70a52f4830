import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortenHash } from '@renderer/lib/format';

/** A SHA-256 shown short; the full value is in the tooltip and one click copies it. */
export function HashButton({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = () => {
    navigator.clipboard.writeText(sha256).then(
      () => setCopied(true),
      () => {
        // No clipboard permission (some browsers, some shells): the full hash is still in the tooltip.
      },
    );
  };

  return (
    <button
      type="button"
      className="hash-button"
      title={sha256}
      aria-label={`${t('evidence.copySha')}: ${sha256}`}
      onClick={copy}
    >
      <span className="hash-button__label">{t('evidence.sha256')}</span>{' '}
      <code>{shortenHash(sha256)}</code>
      <span className="hash-button__state" aria-live="polite">
        {copied ? ` ✓ ${t('common.copied')}` : ''}
      </span>
    </button>
  );
}
