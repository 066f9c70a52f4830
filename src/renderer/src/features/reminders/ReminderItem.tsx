import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/useNow';
import { useFinishReminder, useSnoozeReminder } from './queries';
import { RelativeDue } from './RelativeDue';
import { ReminderError } from './ReminderError';
import { SnoozeControl } from './SnoozeControl';
import { isRepeating } from './repeatingReminder';
import { StopRepeatingDialog } from './StopRepeatingDialog';

/**
 * A pending reminder: when (relative and exact), its note and repeat, and snooze / done / cancel. For a
 * repeating one "Done" would end the whole series, so it is named for what it does ("Stop repeating") and
 * asks first.
 */
export function ReminderItem({ reminder }: { reminder: Reminder }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const now = useNow();
  const snooze = useSnoozeReminder();
  const finish = useFinishReminder();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [confirmStop, setConfirmStop] = useState(false);
  const repeating = isRepeating(reminder);
  const due = Date.parse(reminder.dueAt) <= now;
  const busy = snooze.isPending || finish.isPending;

  return (
    <li className={`reminder ${due ? 'reminder--due' : ''}`}>
      <p className="reminder__when">
        {due ? <span className="badge badge--warn">{t('reminders.dueNow')}</span> : null}
        <RelativeDue iso={reminder.dueAt} sentence="reminders.dueAt" />
      </p>
      <p className="reminder__exact small">{formatDateTime(reminder.dueAt, dateLocale)}</p>
      {reminder.note ? <p className="reminder__note">{reminder.note}</p> : null}
      {reminder.repeatEveryDays !== null || reminder.untilReply ? (
        <p className="muted small">
          {[
            reminder.repeatEveryDays !== null ? t('reminders.every', { count: reminder.repeatEveryDays }) : null,
            reminder.untilReply ? t('reminders.endsOnReply') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <div className="reminder__actions">
        <SnoozeControl busy={busy} onSnooze={(input) => snooze.mutate({ id: reminder.id, ...input })} />
        {repeating ? (
          <button type="button" className="button button--small" disabled={busy} onClick={() => setConfirmStop(true)}>
            {t('reminders.stopRepeating')}
          </button>
        ) : (
          <button type="button" className="button button--small" disabled={busy} onClick={() => finish.mutate({ id: reminder.id, how: 'done' })}>
            {t('reminders.done')}
          </button>
        )}
        <button type="button" className="button button--small button--danger-quiet" disabled={busy} onClick={() => setConfirmCancel(true)}>
          {t('reminders.cancel')}
        </button>
      </div>
      <ReminderError error={snooze.error} action="snooze" />
      {finish.error && !confirmCancel && !confirmStop ? <ReminderError error={finish.error} action="finish" /> : null}
      {confirmStop ? (
        <StopRepeatingDialog
          reminder={reminder}
          next={due ? null : reminder.dueAt}
          busy={finish.isPending}
          error={finish.error}
          onCancel={() => setConfirmStop(false)}
          onConfirm={() => finish.mutate({ id: reminder.id, how: 'done' }, { onSuccess: () => setConfirmStop(false) })}
        />
      ) : null}
      {confirmCancel ? (
        <ConfirmDialog
          title={t('reminders.cancelTitle')}
          question={t('reminders.cancelQuestion', { time: formatDateTime(reminder.dueAt, dateLocale) })}
          confirmLabel={t('reminders.cancelConfirm')}
          busy={finish.isPending}
          error={finish.error}
          onCancel={() => setConfirmCancel(false)}
          onConfirm={() => finish.mutate({ id: reminder.id, how: 'cancel' }, { onSuccess: () => setConfirmCancel(false) })}
        />
      ) : null}
    </li>
  );
}
