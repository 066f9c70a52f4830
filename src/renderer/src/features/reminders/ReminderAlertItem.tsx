import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { openTicket } from '@renderer/lib/route';
import { useNow } from '@renderer/lib/useNow';
import { useCurrentReminder, useFinishReminder, useSnoozeReminder } from './queries';
import { RelativeDue } from './RelativeDue';
import { ReminderError } from './ReminderError';
import { settleReminder } from './reminderInbox';
import { formatNextDue, isRepeating, nextOccurrenceOf } from './repeatingReminder';
import { StopRepeatingDialog } from './StopRepeatingDialog';

/**
 * One due reminder in a banner: what it is about, when it was due, and what to do with it. A one-off
 * reminder: open, snooze, done. A repeating one has already moved on to its next occurrence when the
 * banner shows (reminders.take), so "Done" would end the whole series: it offers "Followed up" (closes the
 * banner, the next occurrence stays, shown) and a separate, confirmed "Stop repeating". No snooze there:
 * snoozing would move the next occurrence, not this one.
 */
export function ReminderAlertItem({
  reminder,
  headingLevel,
  headingId,
}: {
  reminder: Reminder;
  headingLevel: 'h2' | 'h3';
  headingId?: string;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const repeating = isRepeating(reminder);
  const current = useCurrentReminder(reminder.ticketId, reminder.id, repeating);
  const next = nextOccurrenceOf(reminder, current.data);
  const snooze = useSnoozeReminder();
  const finish = useFinishReminder();
  const [confirmStop, setConfirmStop] = useState(false);
  const busy = snooze.isPending || finish.isPending;
  const Heading = headingLevel;
  const settled = () => settleReminder(reminder.id);

  return (
    <div className="reminder-alert__item">
      <Heading id={headingId} className="reminder-alert__title">{t('reminderAlerts.title', { title: reminder.ticketTitle })}</Heading>
      {reminder.note ? <p className="reminder-alert__note">{reminder.note}</p> : null}
      <p className="muted small">
        <RelativeDue iso={reminder.dueAt} sentence="reminderAlerts.wasDue" />
      </p>
      {repeating ? (
        <p className="muted small">
          {[
            t('reminders.every', { count: reminder.repeatEveryDays! }),
            next ? t('reminderAlerts.next', { time: formatNextDue(next, i18n.language, now) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      <div className="reminder-alert__actions">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => {
            settled();
            openTicket(reminder.ticketId);
          }}
        >
          {t('reminderAlerts.openTicket')}
        </button>
        {repeating ? (
          <>
            <button type="button" className="button button--small" disabled={busy} onClick={settled}>
              {t('reminderAlerts.followedUp')}
            </button>
            <button type="button" className="button button--small button--danger-quiet" disabled={busy} onClick={() => setConfirmStop(true)}>
              {t('reminders.stopRepeating')}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => snooze.mutate({ id: reminder.id, minutes: 60 }, { onSuccess: settled })}
            >
              {t('reminderAlerts.snoozeHour')}
            </button>
            <button type="button" className="button button--small" disabled={busy} onClick={() => finish.mutate({ id: reminder.id, how: 'done' }, { onSuccess: settled })}>
              {t('reminderAlerts.done')}
            </button>
          </>
        )}
      </div>
      {confirmStop ? null : <ReminderError error={snooze.error ?? finish.error} action="finish" />}
      {confirmStop ? (
        <StopRepeatingDialog
          reminder={reminder}
          next={next}
          busy={finish.isPending}
          error={finish.error}
          onCancel={() => setConfirmStop(false)}
          onConfirm={() => finish.mutate({ id: reminder.id, how: 'done' }, { onSuccess: settled })}
        />
      ) : null}
    </div>
  );
}
