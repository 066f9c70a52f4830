import { useTranslation } from 'react-i18next';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime, formatExact } from '@renderer/lib/dates';
import { useSecondClock } from '@renderer/lib/useSecondClock';
import { formatDuration } from './formatDuration';

/**
 * "Waiting 3 h 12 min" for my latest unanswered message, counted up every second from when it was sent;
 * the exact time it was sent on hover.
 */
export function CurrentWait({ since }: { since: string }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const now = useSecondClock(true);
  const seconds = Math.max(0, (now - Date.parse(since)) / 1000);
  return (
    <span className="current-wait">
      <span className="current-wait__dot" aria-hidden="true" />
      <time dateTime={since} title={formatExact(since)}>
        {t('metrics.waitingFor', { duration: formatDuration(seconds, t) })}
      </time>
      <span className="muted small">{t('metrics.waitingSince', { time: formatDateTime(since, dateLocale) })}</span>
    </span>
  );
}
