import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { ticketHref } from '@renderer/lib/route';
import { useFinishReminder, useSnoozeReminder } from './queries';
import { RelativeDue } from './RelativeDue';
import { ReminderError } from './ReminderError';
import { settleReminder } from './reminderInbox';

function DueReminderRow({ reminder }: { reminder: Reminder }) {
  const { t } = useTranslation();
  const snooze = useSnoozeReminder();
  const finish = useFinishReminder();
  const busy = snooze.isPending || finish.isPending;
  // Acting here also takes the reminder's banner away, if one is showing.
  const settled = () => settleReminder(reminder.id);
  return (
    <li className="action-row action-row--reminder">
      <div className="action-row__main">
        <a className="action-row__title" href={ticketHref(reminder.ticketId)}>
          {reminder.ticketTitle}
        </a>
        {reminder.note ? <p className="action-row__clock">{reminder.note}</p> : null}
        <p className="muted small">
          <RelativeDue iso={reminder.dueAt} sentence="reminderAlerts.wasDue" withDate />
        </p>
        <ReminderError error={snooze.error ?? finish.error} action="finish" />
      </div>
      <div className="action-row__buttons">
        <button type="button" className="button button--small" disabled={busy} onClick={() => snooze.mutate({ id: reminder.id, minutes: 60 }, { onSuccess: settled })}>
          {t('reminderAlerts.snoozeHour')}
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={() => finish.mutate({ id: reminder.id, how: 'done' }, { onSuccess: settled })}>
          {t('reminderAlerts.done')}
        </button>
      </div>
    </li>
  );
}

/** The dashboard's "Reminders due now" (both shells): they stay here until done or snoozed. */
export function DueReminderList({ reminders }: { reminders: Reminder[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="action-group action-group--reminders" aria-labelledby={titleId}>
      <h2 id={titleId} className="action-group__title">
        {t('actionDashboard.dueReminders')}
        <span className="action-group__count">{t('actionDashboard.groupCount', { count: reminders.length })}</span>
      </h2>
      <ul className="action-group__list">
        {reminders.map((reminder) => (
          <DueReminderRow key={reminder.id} reminder={reminder} />
        ))}
      </ul>
    </section>
  );
}
