import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';

/** Done, answered and cancelled reminders, folded away under one toggle: kept for the record. */
export function EndedReminders({ reminders }: { reminders: Reminder[] }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (reminders.length === 0) return null;
  return (
    <div className="ended-reminders">
      <button type="button" className="section-toggle ended-reminders__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <Icon name="chevronRight" className={`section-toggle__icon ${open ? 'section-toggle__icon--open' : ''}`} />
        {t('reminders.ended', { count: reminders.length })}
      </button>
      {open ? (
        <ul id={listId} className="ended-reminders__list">
          {reminders.map((reminder) => (
            <li key={reminder.id} className="ended-reminders__item small">
              <span>{formatDateTime(reminder.dueAt, dateLocale)}</span>
              {reminder.note ? <span className="ended-reminders__note">{reminder.note}</span> : null}
              <span className="muted">
                {t('reminders.endedAt', {
                  state: t(`reminders.endedState.${reminder.state}`),
                  time: reminder.endedAt ? formatDateTime(reminder.endedAt, dateLocale) : '',
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
