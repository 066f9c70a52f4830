import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { useNow } from '@renderer/lib/useNow';
import { formatNextDue } from './repeatingReminder';

/** "Stop repeating?": ends the series (reminders.done); the reminder stays among the ended ones. */
export function StopRepeatingDialog({
  reminder,
  next,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  reminder: Pick<Reminder, 'repeatEveryDays'>;
  next: string | null;
  busy: boolean;
  error: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  return (
    <ConfirmDialog
      title={t('reminders.stopTitle')}
      question={
        next
          ? t('reminders.stopQuestionNext', { count: reminder.repeatEveryDays ?? 1, time: formatNextDue(next, i18n.language, now) })
          : t('reminders.stopQuestion', { count: reminder.repeatEveryDays ?? 1 })
      }
      confirmLabel={t('reminders.stopConfirm')}
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  );
}
