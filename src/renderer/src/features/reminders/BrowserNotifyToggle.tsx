import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { disableBrowserNotifications, enableBrowserNotifications, useBrowserNotifyState } from './browserNotifications';

/** The same choice as the banner's button, as a checkbox that can also turn it off (web mode only). */
export function BrowserNotifyToggle() {
  const { t } = useTranslation();
  const state = useBrowserNotifyState();
  const id = useId();
  if (state === 'unsupported') return null;
  return (
    <div className="field field--checkbox browser-notify">
      <input
        id={id}
        type="checkbox"
        checked={state === 'on'}
        disabled={state === 'blocked'}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          if (event.target.checked) void enableBrowserNotifications();
          else disableBrowserNotifications();
        }}
      />
      <label htmlFor={id}>{t('reminderAlerts.browserToggle')}</label>
      <p id={`${id}-hint`} className="field__hint browser-notify__hint">
        {state === 'blocked' ? t('reminderAlerts.browserBlocked') : t('reminderAlerts.browserToggleHint')}
      </p>
    </div>
  );
}
