import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@renderer/components/fields';
import { useLanguage } from '@renderer/i18n';
import { normalizeRegion, regionName } from '@renderer/lib/regions';
import { COMMON_COUNTRIES } from './countries';

interface CountryFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Set when the form was submitted with something that is not a two-letter code. */
  problem?: string | null;
}

/**
 * A two-letter country code with suggestions named in the UI language ("HK — 中国香港特别行政区"): the code
 * is what the dossier and the venue directory use, the name is how the user recognises it.
 */
export function CountryField({ label, value, onChange, hint, problem }: CountryFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const listId = useId();
  const code = normalizeRegion(value);
  const name = code ? regionName(code, language) : null;

  return (
    <div className="country-field">
      <TextField
        label={label}
        hint={hint}
        optional
        value={value}
        list={listId}
        maxLength={2}
        autoComplete="country"
        spellCheck={false}
        className="country-field__input"
        aria-invalid={problem ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {COMMON_COUNTRIES.map((c) => (
          <option key={c} value={c} label={regionName(c, language) ?? c} />
        ))}
      </datalist>
      {problem ? (
        <p className="field__problem" role="alert">
          {problem}
        </p>
      ) : name ? (
        <p className="country-field__name muted small" aria-live="polite">
          {t('myProfile.countryIs', { code, name })}
        </p>
      ) : null}
    </div>
  );
}
