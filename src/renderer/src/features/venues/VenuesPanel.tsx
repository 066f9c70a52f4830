import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Venue } from '@shared/followUp';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { FocusReturningConfirm } from '@renderer/features/escalation/FocusReturningConfirm';
import { usePlatforms } from '@renderer/features/platforms/queries';
import { useLanguage } from '@renderer/i18n';
import { AddVenueForm } from './AddVenueForm';
import { useDeleteVenue, useProfile, useVenues } from './queries';
import { normalizeRegion } from '@renderer/lib/regions';
import { VenueBasis } from './VenueBasis';
import { VenueCard } from './VenueCard';

/**
 * Where to complain: the bodies that may take this complaint, from the platform's jurisdiction and the
 * user's country, with their deadlines and limits, the plain warning when none may accept it, and the
 * line that this is information, not legal advice.
 */
export function VenuesPanel({ platformId }: { platformId: number | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platforms = usePlatforms();
  const profile = useProfile();
  const platform = platforms.data?.find((p) => p.id === platformId) ?? null;
  const savedCountry = profile.data?.country ?? null;
  const [typedCountry, setTypedCountry] = useState<string | null>(null);
  const country = typedCountry ?? savedCountry ?? '';
  const countryCode = normalizeRegion(country);
  // A country typed but not saved is sent along; otherwise the core reads the profile's.
  const venues = useVenues(platformId, countryCode && countryCode !== savedCountry ? countryCode : null);
  const remove = useDeleteVenue();
  const [deleting, setDeleting] = useState<Venue | null>(null);
  const answer = venues.data;

  return (
    <div className="venues">
      <p className="venues__intro">{t('venues.intro')}</p>
      <p className="venues__disclaimer" role="note">
        <Icon name="shield" />
        <span>{t('venues.disclaimer')}</span>
      </p>
      {profile.isPending || (platformId !== null && platforms.isPending) ? null : (
        <VenueBasis platform={platform} savedCountry={savedCountry} country={country} onCountryChange={setTypedCountry} />
      )}
      <ErrorMessage error={venues.error ?? profile.error ?? platforms.error} />
      {answer?.warning ? (
        <div className="venues__warning" role="alert">
          <Icon name="warning" />
          <p>{answer.warning.text[language] || answer.warning.text.en}</p>
        </div>
      ) : null}
      {answer ? (
        <section aria-label={t('venues.listLabel')} className="venues__list">
          {answer.venues.length === 0 ? <p className="muted">{t('venues.none')}</p> : null}
          {answer.venues.map((venue) => (
            <VenueCard key={venue.id} venue={venue} onDelete={setDeleting} />
          ))}
        </section>
      ) : venues.isPending ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      <details className="venues__add">
        <summary>{t('venues.add.title')}</summary>
        <AddVenueForm defaultJurisdiction={platform?.jurisdiction ?? countryCode} />
      </details>
      {answer ? <p className="muted small">{t('venues.directoryVersion', { version: answer.directoryVersion })}</p> : null}
      {deleting ? (
        <FocusReturningConfirm
          title={t('venues.deleteTitle')}
          question={t('venues.deleteQuestion', { name: deleting.name[language] || deleting.name.en })}
          confirmLabel={t('venues.delete')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}
          onCancel={() => {
            setDeleting(null);
            remove.reset();
          }}
        />
      ) : null}
    </div>
  );
}
