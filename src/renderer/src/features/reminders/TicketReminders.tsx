import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { EndedReminders } from './EndedReminders';
import { useTicketReminders } from './queries';
import { ReminderItem } from './ReminderItem';

/** The details panel's reminders: pending ones soonest first, ended ones folded away below. */
export function TicketReminders({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const reminders = useTicketReminders(ticketId);
  const titleId = useId();
  const all = reminders.data ?? [];
  const pending = all.filter((r) => r.state === 'pending').sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const ended = all.filter((r) => r.state !== 'pending').sort((a, b) => Date.parse(b.endedAt ?? b.dueAt) - Date.parse(a.endedAt ?? a.dueAt));

  return (
    <section className="panel-section reminders" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-section__title">
        {t('reminders.title')}
      </h2>
      <ErrorMessage error={reminders.error} />
      {reminders.isSuccess && pending.length === 0 ? <p className="muted small">{t('reminders.none')}</p> : null}
      {pending.length > 0 ? (
        <ul className="reminders__list" aria-label={t('reminders.pending')}>
          {pending.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} />
          ))}
        </ul>
      ) : null}
      <EndedReminders reminders={ended} />
    </section>
  );
}
