import { useTranslation } from 'react-i18next';
import { ESCALATION_LEVELS, type Escalation, type EscalationLevel } from '@shared/followUp';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { EscalationStepDetails } from './EscalationStepDetails';
import { currentLevel, stepsAt } from './levels';
import { useEscalations } from './queries';

interface EscalationLadderProps {
  ticketId: number;
  onRecord: (level: EscalationLevel | null) => void;
  onAnswer: (step: Escalation) => void;
}

/**
 * The four steps, lowest first, with the one the ticket has reached marked (in text too, not only by
 * colour) and every step taken listed under its rung.
 */
export function EscalationLadder({ ticketId, onRecord, onAnswer }: EscalationLadderProps) {
  const { t } = useTranslation();
  const escalations = useEscalations(ticketId);
  const steps = escalations.data ?? [];
  const current = currentLevel(steps);
  const currentIndex = ESCALATION_LEVELS.indexOf(current);

  return (
    <section className="panel-section ladder" aria-labelledby={`ladder-title-${ticketId}`}>
      <div className="panel-section__head">
        <h2 id={`ladder-title-${ticketId}`} className="panel-section__title">
          {t('escalation.title')}
        </h2>
        <button type="button" className="button button--small" onClick={() => onRecord(null)}>
          {t('escalation.record')}
        </button>
      </div>
      <ErrorMessage error={escalations.error} />
      <ol className="ladder__steps" aria-label={t('escalation.stepsLabel')}>
        {ESCALATION_LEVELS.map((level, index) => {
          const taken = stepsAt(steps, level);
          const state = index === currentIndex ? 'current' : index < currentIndex ? 'passed' : 'ahead';
          return (
            <li
              key={level}
              className={`ladder__step ladder__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
              aria-labelledby={`ladder-${ticketId}-${level}`}
            >
              <div className="ladder__rung">
                <span className="ladder__number" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 id={`ladder-${ticketId}-${level}`} className="ladder__name">
                  {t(`escalation.level.${level}`)}
                </h3>
                {state === 'current' ? <span className="badge ladder__badge">{t('escalation.current')}</span> : null}
              </div>
              {taken.length ? (
                <div className="ladder__records">
                  {taken.map((step) => (
                    <EscalationStepDetails key={step.id} step={step} onAnswer={onAnswer} />
                  ))}
                </div>
              ) : (
                <p className="ladder__hint">{t(`escalation.levelHint.${level}`)}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
