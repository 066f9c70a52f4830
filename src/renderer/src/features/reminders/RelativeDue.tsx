import { useTranslation } from 'react-i18next';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime, formatExact, formatRelative } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/useNow';

type DueSentence = 'reminders.dueAt' | 'reminderAlerts.wasDue';

/**
 * "Due in 3 days (Nov 28, 9:00 AM)" / "was due 5 minutes ago": a sentence around the relative time,
 * with the exact instant on hover. `sentence` is a translation key taking {{time}}.
 */
export function RelativeDue({ iso, sentence, withDate = false }: { iso: string; sentence: DueSentence; withDate?: boolean }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const now = useNow();
  const relative = formatRelative(iso, now, dateLocale) ?? t('common.justNow');
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {t(sentence, { time: relative })}
      {withDate ? ` (${formatDateTime(iso, dateLocale)})` : null}
    </time>
  );
}
