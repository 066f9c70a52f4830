import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@renderer/api/ApiError';
import { ErrorMessage } from '@renderer/components/ErrorMessage';

type Action = 'create' | 'snooze' | 'finish';

/**
 * The reminder errors a user can cause, said in their language, from the server's reason: a time
 * already gone or too far ahead, a ticket closed or deleted meanwhile, a reminder that already ended.
 * Null for anything else (the generic message).
 */
export function reminderErrorText(error: unknown, action: Action, t: TFunction): string | null {
  if (!isApiError(error) || error.networkFailure) return null;
  switch (error.reason) {
    case 'in_the_past':
      return action === 'snooze' ? t('reminders.errors.pastSnooze') : t('reminders.errors.past');
    case 'too_far':
      return t('reminders.errors.tooFar');
    case 'ticket_ended':
      return t('reminders.errors.ticketEnded');
    case 'reminder_ended':
      return t('reminders.errors.ended');
  }
  if (error.code === 'not_found' && action === 'create') return t('reminders.errors.ticketGone');
  return null;
}

/** A reminder error: the specific sentence when there is one, with the server's detail below. */
export function ReminderError({
  error,
  action,
  fieldLabels,
}: {
  error: unknown;
  action: Action;
  fieldLabels?: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = reminderErrorText(error, action, t);
  if (!text) return <ErrorMessage error={error} fieldLabels={fieldLabels} />;
  return (
    <div className="error-message" role="alert">
      <p className="error-message__summary">
        <strong>{t('errors.title')}: </strong>
        {text}
      </p>
      {isApiError(error) ? <p className="error-message__detail">{t('errors.detail', { message: error.message })}</p> : null}
    </div>
  );
}
