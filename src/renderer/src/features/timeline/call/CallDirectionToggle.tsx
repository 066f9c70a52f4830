import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_DIRECTIONS, type CallDirection } from './useCallDraft';

/** "I called" / "They called me": who placed the call decides whose turn it was (the response figures). */
export function CallDirectionToggle({ value, onChange }: { value: CallDirection; onChange: (d: CallDirection) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const name = useId();
  return (
    <div className="segmented" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="segmented__label">
        {t('call.direction')}
      </span>
      <div className="segmented__options">
        {CALL_DIRECTIONS.map((direction) => (
          <label key={direction} className="segmented__option">
            <input type="radio" name={name} value={direction} checked={value === direction} onChange={() => onChange(direction)} />
            <span>{t(`call.directions.${direction}`)}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
