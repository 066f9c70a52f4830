import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@shared/dossier';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextAreaField, TextField } from '@renderer/components/fields';
import { normalizeRegion } from '@renderer/lib/regions';
import { CountryField } from './CountryField';
import { useUpdateProfile } from './queries';

interface ProfileFormProps {
  profile: Profile;
  /** Called after a successful save (the export dialog closes the profile then). */
  onSaved?: (profile: Profile) => void;
}

/** Name, contact, country and postal address; empty fields are saved as "not given". */
export function ProfileForm({ profile, onSaved }: ProfileFormProps) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const [name, setName] = useState(profile.name ?? '');
  const [contact, setContact] = useState(profile.contact ?? '');
  const [country, setCountry] = useState(profile.country ?? '');
  const [postalAddress, setPostalAddress] = useState(profile.postalAddress ?? '');
  const [countryProblem, setCountryProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const edit = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = country.trim() === '' ? null : normalizeRegion(country);
    if (country.trim() !== '' && code === null) {
      setCountryProblem(t('myProfile.countryInvalid'));
      return;
    }
    setCountryProblem(null);
    update.mutate(
      { name: name.trim() || null, contact: contact.trim() || null, country: code, postalAddress: postalAddress.trim() || null },
      {
        onSuccess: (next) => {
          setName(next.name ?? '');
          setContact(next.contact ?? '');
          setCountry(next.country ?? '');
          setPostalAddress(next.postalAddress ?? '');
          setSaved(true);
          onSaved?.(next);
        },
      },
    );
  };

  return (
    <form className="form profile-form" aria-label={t('myProfile.title')} onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label={t('myProfile.name')}
          hint={t('myProfile.nameHint')}
          optional
          value={name}
          maxLength={LIMITS.shortText}
          autoComplete="name"
          onChange={(e) => edit(setName)(e.target.value)}
        />
        <TextField
          label={t('myProfile.contact')}
          hint={t('myProfile.contactHint')}
          optional
          value={contact}
          maxLength={LIMITS.shortText}
          autoComplete="email"
          onChange={(e) => edit(setContact)(e.target.value)}
        />
        <CountryField
          label={t('myProfile.country')}
          hint={t('myProfile.countryHint')}
          value={country}
          problem={countryProblem}
          onChange={(value) => {
            edit(setCountry)(value);
            setCountryProblem(null);
          }}
        />
        <TextAreaField
          label={t('myProfile.postalAddress')}
          optional
          rows={3}
          value={postalAddress}
          maxLength={LIMITS.longText}
          autoComplete="street-address"
          fieldClassName="field--span-2"
          onChange={(e) => edit(setPostalAddress)(e.target.value)}
        />
      </div>
      <ErrorMessage
        error={update.error}
        fieldLabels={{
          name: t('myProfile.name'),
          contact: t('myProfile.contact'),
          country: t('myProfile.country'),
          postalAddress: t('myProfile.postalAddress'),
        }}
      />
      <div className="form__actions">
        <span className="muted small" role="status">
          {saved ? t('myProfile.saved') : null}
        </span>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('myProfile.save')}
        </button>
      </div>
    </form>
  );
}
