import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { openTicket } from '@renderer/lib/route';
import { useFinishReminder, useSnoozeReminder } from './queries';
import { RelativeDue } from './RelativeDue';
import { ReminderError } from './ReminderError';
import { settleReminder } from './reminderInbox';

/** One due reminder in a banner: what it is about, when it was due, and the three things to do with it. */
export function ReminderAlertItem({
  reminder,
  headingLevel,
  headingId,
}: {
  reminder: Reminder;
  headingLevel: 'h2' | 'h3';
  headingId?: string;
}) {
  const { t } = useTranslation();
  const snooze = useSnoozeReminder();
  const finish = useFinishReminder();
  const busy = snooze.isPending || finish.isPending;
  const Heading = headingLevel;

  return (
    <div className="reminder-alert__item">
      <Heading id={headingId} className="reminder-alert__title">{t('reminderAlerts.title', { title: reminder.ticketTitle })}</Heading>
      {reminder.note ? <p className="reminder-alert__note">{reminder.note}</p> : null}
      <p className="muted small">
        <RelativeDue iso={reminder.dueAt} sentence="reminderAlerts.wasDue" />
      </p>
      <div className="reminder-alert__actions">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => {
            settleReminder(reminder.id);
            openTicket(reminder.ticketId);
          }}
        >
          {t('reminderAlerts.openTicket')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => snooze.mutate({ id: reminder.id, minutes: 60 }, { onSuccess: () => settleReminder(reminder.id) })}
        >
          {t('reminderAlerts.snoozeHour')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => finish.mutate({ id: reminder.id, how: 'done' }, { onSuccess: () => settleReminder(reminder.id) })}
        >
          {t('reminderAlerts.done')}
        </button>
      </div>
      <ReminderError error={snooze.error ?? finish.error} action="finish" />
    </div>
  );
}
