import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '@shared/followUp';
import { api } from '@renderer/api/client';
import { openTicket } from '@renderer/lib/route';
import { notifyInBrowser } from './browserNotifications';
import { refreshAfterReminderChange } from './queries';
import { receiveTaken } from './reminderInbox';

/** How often web mode asks for reminders that came due; also at start, on focus and when the tab shows. */
export const TAKE_INTERVAL_MS = 30_000;

let taking = false;

/**
 * Web mode's notifier: nobody else will tell the page a reminder came due, so it asks. `reminders.take`
 * hands each occurrence out exactly once (whichever tab asks first), so a reload never repeats a banner.
 * The desktop shell must not call this: its main process takes them and shows system notifications.
 */
export function useReminderPolling(enabled: boolean): void {
  const queryClient = useQueryClient();
  const { t } = useTranslation();

  useEffect(() => {
    if (!enabled) return;
    const deliver = (reminders: Reminder[]) => {
      receiveTaken(reminders);
      if (reminders.length === 0) return;
      refreshAfterReminderChange(queryClient);
      for (const reminder of reminders) {
        notifyInBrowser(
          reminder,
          t('reminderAlerts.title', { title: reminder.ticketTitle }),
          reminder.note ?? t('reminderAlerts.notificationBody', { title: reminder.ticketTitle }),
          (ticketId) => openTicket(ticketId),
        );
      }
    };
    const take = () => {
      if (taking) return;
      taking = true;
      api['reminders.take']()
        .then(deliver)
        // Not answering now (server restarting): the next tick asks again, and nothing was handed out.
        .catch(() => undefined)
        .finally(() => {
          taking = false;
        });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') take();
    };
    take();
    const timer = setInterval(take, TAKE_INTERVAL_MS);
    window.addEventListener('focus', take);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', take);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled, queryClient, t]);
}
