import { useTranslation } from 'react-i18next';
import { useLanguage } from '@renderer/i18n';
import { formatExact, formatRelative } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/useNow';

interface TimeStampProps {
  iso: string;
  /** How to show it; the exact instant is always in the tooltip. */
  display: (iso: string) => string;
  timeZone?: string;
  className?: string;
}

export function TimeStamp({ iso, display, timeZone, className }: TimeStampProps) {
  return (
    <time className={className} dateTime={iso} title={formatExact(iso, timeZone)}>
      {display(iso)}
    </time>
  );
}

/** "5 minutes ago", kept current by the shared clock. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const { dateLocale } = useLanguage();
  return (
    <TimeStamp
      iso={iso}
      className={className}
      display={(value) => formatRelative(value, now, dateLocale) ?? t('common.justNow')}
    />
  );
}
