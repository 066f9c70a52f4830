import { useTranslation } from 'react-i18next';
import { enableBrowserNotifications, useBrowserNotifyState } from './browserNotifications';

/**
 * "Also notify me in the browser", offered in a banner: pressing it is the user gesture the permission
 * prompt needs. Once on, it says so; when the browser blocks the page, it says where to change that.
 */
export function BrowserNotifyButton() {
  const { t } = useTranslation();
  const state = useBrowserNotifyState();
  if (state === 'unsupported') return null;
  if (state === 'on') return <p className="muted small">{t('reminderAlerts.browserOn')}</p>;
  if (state === 'blocked') return <p className="muted small">{t('reminderAlerts.browserBlocked')}</p>;
  return (
    <button type="button" className="link-button" onClick={() => void enableBrowserNotifications()}>
      {t('reminderAlerts.browserAsk')}
    </button>
  );
}
