import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@renderer/i18n';
import { COMMON_REGIONS, normalizeRegion, regionName } from '@renderer/lib/regions';

interface RegionFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  hint?: string;
  optional?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A two-letter country code (or EU) with the common ones suggested by name, in the user's language,
 * and the name of what was typed shown beside it, so "GB" is not mistaken for somewhere else.
 */
export function RegionField({ label, hint, optional, value, onChange, ...input }: RegionFieldProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const code = normalizeRegion(value);
  const name = code ? regionName(code, language) : null;
  const problem = value.trim() !== '' && !code;

  return (
    <div className="field region-field">
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      <div className="region-field__row">
        <input
          id={id}
          list={`${id}-list`}
          className="region-field__input"
          value={value}
          maxLength={2}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem || undefined}
          aria-describedby={`${id}-name ${hint ? `${id}-hint` : ''}`.trim()}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
          {...input}
        />
        <span id={`${id}-name`} className="region-field__name" aria-live="polite">
          {problem ? <span className="field__problem">{t('venues.regionInvalid')}</span> : (name ?? (code ? t('venues.regionUnknownName') : ''))}
        </span>
      </div>
      <datalist id={`${id}-list`}>
        {COMMON_REGIONS.map((region) => (
          <option key={region} value={region} label={regionName(region, language) ?? region} />
        ))}
      </datalist>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
