import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { BrowserNotifyButton } from './BrowserNotifyButton';
import { ReminderAlertItem } from './ReminderAlertItem';
import { dismissDelivery, useDeliveries, type Delivery } from './reminderInbox';

function DeliveryBanner({ delivery, showBrowserOffer }: { delivery: Delivery; showBrowserOffer: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const single = delivery.grouped ? undefined : delivery.reminders[0];
  const count = delivery.reminders.length;

  return (
    <section className="reminder-alert" aria-labelledby={titleId}>
      <div className="reminder-alert__body">
        {single ? (
          <ReminderAlertItem reminder={single} headingLevel="h2" headingId={titleId} />
        ) : (
          <>
            <h2 id={titleId} className="reminder-alert__group-title">
              {delivery.whileClosed ? t('reminderAlerts.whileClosed', { count }) : t('reminderAlerts.dueNow', { count })}
            </h2>
            <ul className="reminder-alert__list">
              {delivery.reminders.map((reminder) => (
                <li key={reminder.id}>
                  <ReminderAlertItem reminder={reminder} headingLevel="h3" />
                </li>
              ))}
            </ul>
          </>
        )}
        {showBrowserOffer ? <BrowserNotifyButton /> : null}
      </div>
      <button
        type="button"
        className="icon-button reminder-alert__close"
        aria-label={delivery.grouped ? t('reminderAlerts.dismissAll') : t('reminderAlerts.dismiss')}
        onClick={() => dismissDelivery(delivery.key)}
      >
        <Icon name="x" />
      </button>
    </section>
  );
}

/**
 * The banners for reminders that came due (web mode), top right over the workspace. The live region is
 * always in the page, so a banner added later is announced (politely: it never takes the focus).
 */
export function ReminderAlerts({ showBrowserOffer }: { showBrowserOffer: boolean }) {
  const deliveries = useDeliveries();
  return (
    <div className="reminder-alerts" aria-live="polite">
      {deliveries.map((delivery) => (
        <DeliveryBanner key={delivery.key} delivery={delivery} showBrowserOffer={showBrowserOffer} />
      ))}
    </div>
  );
}
