import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** Copies `text` to the clipboard and says "Copied" for two seconds; a refused clipboard changes nothing. */
export function CopyButton({ text, label, idleText, className = '' }: { text: string; label: string; idleText: string; className?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <button
      type="button"
      className={`button button--small ${className}`.trim()}
      aria-label={label}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => undefined,
        );
      }}
    >
      <Icon name={copied ? 'check' : 'copy'} />
      {copied ? t('common.copied') : idleText}
    </button>
  );
}
