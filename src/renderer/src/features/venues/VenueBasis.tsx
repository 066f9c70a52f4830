import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Platform } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useUpdatePlatform } from '@renderer/features/platforms/queries';
import { useUpdateProfile } from './queries';
import { RegionField } from './RegionField';
import { normalizeRegion } from '@renderer/lib/regions';

interface VenueBasisProps {
  platform: Platform | null;
  savedCountry: string | null;
  /** The country typed here, not saved yet: venues are listed for it straight away. */
  country: string;
  onCountryChange: (value: string) => void;
}

/**
 * What the venues are picked from: where the platform is regulated and where the user lives. Both can
 * be set right here, since the list means little without them.
 */
export function VenueBasis({ platform, savedCountry, country, onCountryChange }: VenueBasisProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const updateProfile = useUpdateProfile();
  const updatePlatform = useUpdatePlatform(platform?.id ?? 0);
  const [jurisdiction, setJurisdiction] = useState(platform?.jurisdiction ?? '');
  const [savedNote, setSavedNote] = useState<'country' | 'jurisdiction' | null>(null);
  const countryCode = normalizeRegion(country);
  const jurisdictionCode = normalizeRegion(jurisdiction);

  const saveJurisdiction = () =>
    updatePlatform.mutate(
      { jurisdiction: jurisdictionCode },
      {
        onSuccess: () => {
          setSavedNote('jurisdiction');
          void queryClient.invalidateQueries({ queryKey: ['venues'] });
        },
      },
    );

  return (
    <div className="venue-basis">
      {platform ? (
        <div className="venue-basis__item">
          <RegionField
            label={t('venues.platformJurisdiction', { platform: platform.name })}
            hint={platform.jurisdiction ? undefined : t('venues.jurisdictionMissing')}
            value={jurisdiction}
            onChange={(value) => {
              setJurisdiction(value);
              setSavedNote(null);
            }}
          />
          {(jurisdictionCode ?? null) !== platform.jurisdiction && (jurisdictionCode || jurisdiction === '') ? (
            <button type="button" className="button button--small" disabled={updatePlatform.isPending} onClick={saveJurisdiction}>
              {t('venues.saveJurisdiction')}
            </button>
          ) : null}
          <ErrorMessage error={updatePlatform.error} />
        </div>
      ) : null}
      <div className="venue-basis__item">
        <RegionField
          label={t('venues.yourCountry')}
          hint={savedCountry ? undefined : t('venues.countryMissing')}
          value={country}
          onChange={(value) => {
            onCountryChange(value);
            setSavedNote(null);
          }}
        />
        {countryCode && countryCode !== savedCountry ? (
          <button
            type="button"
            className="button button--small"
            disabled={updateProfile.isPending}
            onClick={() => updateProfile.mutate({ country: countryCode }, { onSuccess: () => setSavedNote('country') })}
          >
            {t('venues.saveCountry')}
          </button>
        ) : null}
        <ErrorMessage error={updateProfile.error} />
      </div>
      <p className="muted small venue-basis__saved" role="status">
        {savedNote === 'country' ? t('venues.countrySaved') : savedNote === 'jurisdiction' ? t('venues.jurisdictionSaved') : null}
      </p>
    </div>
  );
}
