import { useAppInfo } from '@renderer/app/useAppInfo';
import { ReminderAlerts } from './ReminderAlerts';
import { useOpenTicketEvents } from './useOpenTicketEvents';
import { useReminderPolling } from './useReminderPolling';

/**
 * Mounted once in the app frame. Web mode asks for due reminders and shows banners (and, if allowed,
 * browser notifications); the desktop shell's main process does that itself with system notifications,
 * so here it only follows a clicked notification to its ticket.
 */
export function ReminderNotifier() {
  const shell = useAppInfo().data?.shell;
  useReminderPolling(shell === 'web');
  useOpenTicketEvents(shell === 'desktop');
  return shell === 'web' ? <ReminderAlerts showBrowserOffer /> : null;
}
