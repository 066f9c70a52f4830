import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const SCORES = [1, 2, 3, 4, 5] as const;

interface ScoreRadiosProps {
  label: string;
  hint: string;
  value: number | null;
  onChange: (score: number) => void;
  invalid?: boolean;
}

/**
 * A 1–5 score as five real radio buttons, each named in words ("4 – good"), shown as a row of numbers:
 * arrow keys move along it, and nothing depends on reading stars.
 */
export function ScoreRadios({ label, hint, value, onChange, invalid = false }: ScoreRadiosProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="score" role="radiogroup" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`} aria-invalid={invalid || undefined}>
      <span id={`${id}-label`} className="score__label">
        {label}
      </span>
      <span id={`${id}-hint`} className="score__hint">
        {hint}
      </span>
      <div className="score__options">
        {SCORES.map((score) => (
          <label key={score} className="score__option">
            <input type="radio" name={id} value={score} checked={value === score} onChange={() => onChange(score)} />
            <span className="score__number" aria-hidden="true">
              {score}
            </span>
            <span className="score__word" aria-hidden="true">
              {t(`rating.scale.${score}`)}
            </span>
            <span className="visually-hidden">{t('rating.scoreName', { score, word: t(`rating.scale.${score}`) })}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
