import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { entryHref } from '@renderer/features/timeline/entryFocus';
import { useLog } from '@renderer/features/timeline/queries';

/**
 * Across the top of a ticket whose agent-side messages look like impersonation: how many, what real support
 * never does, and a way to jump to the first one.
 */
export function FlaggedTicketBanner({ ticketId, flaggedEntries }: { ticketId: number; flaggedEntries: number }) {
  const { t } = useTranslation();
  const log = useLog(ticketId);
  if (flaggedEntries <= 0) return null;
  const first = log.data?.find((entry) => entry.flags.length > 0);

  return (
    <section className="guard-banner" aria-label={t('guard.banner.label')}>
      <Icon name="warning" size={20} className="guard-banner__icon" />
      <p className="guard-banner__text">{t('guard.banner.text', { count: flaggedEntries })}</p>
      {first ? (
        <button
          type="button"
          className="button button--small guard-banner__button"
          onClick={() => {
            window.location.hash = entryHref(ticketId, first.id);
          }}
        >
          {t('guard.banner.show')}
        </button>
      ) : null}
    </section>
  );
}

/** On a ticket's row in the sidebar: a warning sign and a word (never colour alone), the count for screen readers. */
export function FlaggedMarker({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  const label = t('guard.marker.label', { count });
  return (
    <span className="guard-marker" title={label}>
      <Icon name="warning" size={12} />
      <span aria-hidden="true">{t('guard.marker.short')}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
