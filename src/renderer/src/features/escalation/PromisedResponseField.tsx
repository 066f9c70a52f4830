import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { promiseProblem, type PromisedDraft } from './promisedResponse';
import '@renderer/styles/escalation.css';

interface PromisedResponseFieldProps {
  value: PromisedDraft;
  onChange: (next: PromisedDraft) => void;
  /** Names the channel when several are listed ("Promised response time: Email"). */
  label?: string;
}

/** "They promise to answer within 24 hours": a number and hours/days; the clocks count down from it. */
export function PromisedResponseField({ value, onChange, label }: PromisedResponseFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const invalid = promiseProblem(value);
  return (
    <div className="field promised-field">
      <label htmlFor={id} className="field__label">
        {label ?? t('platformFacts.promised')}
        <span className="field__optional"> ({t('common.optional')})</span>
      </label>
      <div className="promised-field__row">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0.25}
          step="any"
          value={value.amount}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ ...value, amount: e.target.value })}
        />
        <select
          aria-label={t('platformFacts.promisedUnit')}
          value={value.unit}
          onChange={(e) => onChange({ ...value, unit: e.target.value as PromisedDraft['unit'] })}
        >
          <option value="hours">{t('platformFacts.unitHours')}</option>
          <option value="days">{t('platformFacts.unitDays')}</option>
        </select>
      </div>
      <p id={`${id}-hint`} className={invalid ? 'field__problem' : 'field__hint'}>
        {invalid ? t('platformFacts.promisedInvalid') : t('platformFacts.promisedHint')}
      </p>
    </div>
  );
}
