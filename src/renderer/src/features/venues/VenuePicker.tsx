import { useTranslation } from 'react-i18next';
import type { Venue } from '@shared/followUp';
import { SelectField } from '@renderer/components/fields';
import { useLanguage } from '@renderer/i18n';
import { useVenues } from './queries';

interface VenuePickerProps {
  platformId: number;
  value: string | null;
  onChange: (venue: Venue | null) => void;
}

/** A venue from "Where to complain" for this platform, or none (the user types the body's name instead). */
export function VenuePicker({ platformId, value, onChange }: VenuePickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const venues = useVenues(platformId, null);
  const list = venues.data?.venues ?? [];

  return (
    <SelectField
      label={t('escalation.field.venue')}
      hint={list.length ? t('escalation.venuePickHint') : t('escalation.venueNoneHint')}
      optional
      value={value ?? ''}
      onChange={(e) => onChange(list.find((venue) => venue.id === e.target.value) ?? null)}
    >
      <option value="">{t('escalation.venueOther')}</option>
      {list.map((venue) => (
        <option key={venue.id} value={venue.id}>
          {`${venue.name[language]} (${venue.jurisdiction})`}
        </option>
      ))}
    </SelectField>
  );
}
