import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '@shared/api/contract';
import { useNow } from '@renderer/lib/useNow';
import { localInputToInstant, tomorrowMorning } from './reminderTime';

type SnoozeInput = Omit<InputOf<'reminders.snooze'>, 'id'>;

/**
 * "Snooze" opens three choices in place: an hour, tomorrow 09:00 (the viewer's zone), or a time picked
 * in a date-time field. A disclosure, not a menu: every choice is a plain button a screen reader lists.
 */
export function SnoozeControl({ busy, onSnooze }: { busy: boolean; onSnooze: (input: SnoozeInput) => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState<string | null>(null);
  const panelId = useId();
  const fieldId = useId();

  const choose = (input: SnoozeInput) => {
    onSnooze(input);
    setOpen(false);
    setCustom(null);
  };

  return (
    <div className="snooze">
      <button type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} disabled={busy} onClick={() => setOpen(!open)}>
        {t('reminders.snooze')}
      </button>
      {open ? (
        <div id={panelId} className="snooze__panel" role="group" aria-label={t('reminders.snoozeOptions')}>
          <button type="button" className="button button--small" onClick={() => choose({ minutes: 60 })}>
            {t('reminders.snoozeHour')}
          </button>
          <button type="button" className="button button--small" onClick={() => choose({ until: tomorrowMorning(new Date(now)) })}>
            {t('reminders.snoozeTomorrow')}
          </button>
          {custom === null ? (
            <button type="button" className="button button--small" onClick={() => setCustom('')}>
              {t('reminders.snoozeCustom')}
            </button>
          ) : (
            <form
              className="snooze__custom"
              onSubmit={(event) => {
                event.preventDefault();
                const until = localInputToInstant(custom);
                if (until) choose({ until });
              }}
            >
              <label htmlFor={fieldId} className="visually-hidden">
                {t('reminders.snoozeCustomLabel')}
              </label>
              <input id={fieldId} type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} autoFocus />
              <button type="submit" className="button button--small button--primary" disabled={!custom}>
                {t('reminders.snoozeApply')}
              </button>
            </form>
          )}
        </div>
      ) : null}
    </div>
  );
}
