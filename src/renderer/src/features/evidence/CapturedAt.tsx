import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime, formatShortDateTime } from '@renderer/lib/dates';

interface CapturedAtProps {
  evidence: Evidence;
  /** `labelled`: "Captured Mar 1, 2024, 10:15 AM · from photo metadata"; `plain`: without the word;
   *  `compact`: short date, the source on its own line (narrow cards). */
  variant?: 'labelled' | 'plain' | 'compact';
}

/** When the item was captured, and how we know: photo metadata, the file's time, or when it was added. */
export function CapturedAt({ evidence, variant = 'labelled' }: CapturedAtProps) {
  const { t } = useTranslation();
  const { language, dateLocale } = useLanguage();
  const source = t(`evidence.capturedSource.${evidence.capturedAtSource}`);
  const display = (iso: string) => {
    if (variant === 'compact') return formatShortDateTime(iso, language);
    const when = formatDateTime(iso, dateLocale);
    return variant === 'labelled' ? t('evidence.capturedAt', { time: when }) : when;
  };
  return (
    <span className={`captured-at captured-at--${variant}`}>
      <TimeStamp iso={evidence.capturedAt} display={display} />
      <span className="captured-at__source">
        {variant === 'compact' ? ' ' : ' · '}
        {source}
      </span>
    </span>
  );
}
