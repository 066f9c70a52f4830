import { useTranslation } from 'react-i18next';
import type { Escalation } from '@shared/followUp';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';

/** One recorded step: when, to whom, by which channel, the reference, their answer and the deadline it starts. */
export function EscalationStepDetails({ step, onAnswer }: { step: Escalation; onAnswer: (step: Escalation) => void }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const when = (iso: string) => <TimeStamp iso={iso} display={(value) => formatDateTime(value, dateLocale)} />;
  const label = `${t(`escalation.level.${step.level}`)} · ${formatDateTime(step.at, dateLocale)}`;

  return (
    <article className="ladder-record" aria-label={label}>
      <dl className="facts ladder-record__facts">
        <dt>{t('escalation.field.at')}</dt>
        <dd>{when(step.at)}</dd>
        {step.venueKind ? (
          <>
            <dt>{t('escalation.field.venueKind')}</dt>
            <dd>{t(`escalation.venueKind.${step.venueKind}`)}</dd>
          </>
        ) : null}
        <dt>{t('escalation.field.toWhom')}</dt>
        <dd className="break-anywhere">{step.toWhom ?? <span className="muted">{t('escalation.notStated')}</span>}</dd>
        <dt>{t('escalation.field.channel')}</dt>
        <dd>{step.channel ? t(`channelKind.${step.channel}`) : <span className="muted">{t('escalation.notStated')}</span>}</dd>
        <dt>{t('escalation.field.reference')}</dt>
        <dd className="break-anywhere">
          {step.reference ? <code>{step.reference}</code> : <span className="muted">{t('escalation.noReference')}</span>}
        </dd>
        <dt>{t('escalation.field.answer')}</dt>
        <dd className="pre-wrap">
          {step.answer ?? <span className="muted">{t('escalation.noAnswer')}</span>}
          {step.answer && step.answeredAt ? (
            <span className="muted small ladder-record__answered">
              {' '}
              ({when(step.answeredAt)})
            </span>
          ) : null}
        </dd>
        <dt>{t('escalation.field.deadline')}</dt>
        <dd>{step.deadlineAt ? when(step.deadlineAt) : <span className="muted">{t('escalation.noDeadline')}</span>}</dd>
        {step.notes ? (
          <>
            <dt>{t('escalation.field.notes')}</dt>
            <dd className="pre-wrap">{step.notes}</dd>
          </>
        ) : null}
      </dl>
      <button type="button" className="link-button" onClick={() => onAnswer(step)} aria-label={`${step.answer ? t('escalation.editAnswer') : t('escalation.addAnswer')}: ${label}`}>
        {step.answer ? t('escalation.editAnswer') : t('escalation.addAnswer')}
      </button>
    </article>
  );
}
