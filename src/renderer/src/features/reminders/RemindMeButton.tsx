import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { RemindMeDialog } from './RemindMeDialog';
import { useRemindMeShortcut } from './useRemindMeShortcut';

/** How long "Reminder set for …" stays beside the button. */
const CONFIRMATION_MS = 8_000;

/** The ticket header's "Remind me" (Alt+R): opens the dialog, then confirms when the reminder is set. */
export function RemindMeButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<Reminder | null>(null);
  const openDialog = useCallback(() => setOpen(true), []);
  useRemindMeShortcut(openDialog);

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [saved]);

  return (
    <div className="remind-me">
      <button type="button" className="button" aria-keyshortcuts="Alt+R" onClick={openDialog}>
        {t('reminders.remindMe')}
      </button>
      {/* Floats under the button for a few seconds, so the header's buttons do not jump to a new line. */}
      <span className="remind-me__status small" role="status">
        {saved ? t('reminders.saved', { time: formatDateTime(saved.dueAt, dateLocale) }) : null}
      </span>
      {open ? (
        <RemindMeDialog
          ticketId={ticketId}
          onClose={() => setOpen(false)}
          onSaved={(reminder) => {
            setOpen(false);
            setSaved(reminder);
          }}
        />
      ) : null}
    </div>
  );
}
