import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Escalation } from '@shared/followUp';
import { LIMITS } from '@shared/limits';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextAreaField, TextField } from '@renderer/components/fields';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@renderer/lib/dates';
import { useUpdateEscalation } from './queries';
import { useFieldLabels } from './RecordEscalationDialog';
import { useReturnFocus } from './useReturnFocus';

const localValue = (iso: string | null) => (iso ? toDateTimeLocalValue(new Date(iso)) : '');

/**
 * Their answer usually comes days later, often with a case number and a new deadline ("we will reply
 * within 15 working days"): all three are added to the step here.
 */
export function AnswerEscalationDialog({ step, onClose }: { step: Escalation; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldLabels = useFieldLabels();
  useReturnFocus();
  const update = useUpdateEscalation(step.ticketId);
  const [answer, setAnswer] = useState(step.answer ?? '');
  const [answeredAt, setAnsweredAt] = useState(() => localValue(step.answeredAt) || toDateTimeLocalValue(new Date()));
  const [reference, setReference] = useState(step.reference ?? '');
  const [toWhom, setToWhom] = useState(step.toWhom ?? '');
  const [deadline, setDeadline] = useState(localValue(step.deadlineAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = answer.trim();
    update.mutate(
      {
        id: step.id,
        answer: text || null,
        answeredAt: text ? (fromDateTimeLocalValue(answeredAt) ?? null) : null,
        reference: reference.trim() || null,
        toWhom: toWhom.trim() || null,
        deadlineAt: fromDateTimeLocalValue(deadline),
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog title={t('escalation.answerTitle', { level: t(`escalation.level.${step.level}`) })} onClose={onClose} size="wide">
      <form className="form" onSubmit={submit}>
        <TextAreaField
          label={t('escalation.field.answer')}
          hint={t('escalation.answerHint')}
          rows={4}
          value={answer}
          maxLength={LIMITS.longText}
          data-autofocus
          onChange={(e) => setAnswer(e.target.value)}
        />
        <div className="form-grid">
          <TextField
            label={t('escalation.field.answeredAt')}
            type="datetime-local"
            value={answeredAt}
            onChange={(e) => setAnsweredAt(e.target.value)}
          />
          <TextField
            label={t('escalation.field.reference')}
            hint={t('escalation.referenceHint')}
            optional
            value={reference}
            maxLength={LIMITS.shortText}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setReference(e.target.value)}
          />
          <TextField
            label={t('escalation.field.toWhom')}
            optional
            value={toWhom}
            maxLength={LIMITS.shortText}
            autoComplete="off"
            onChange={(e) => setToWhom(e.target.value)}
          />
          <TextField
            label={t('escalation.field.deadline')}
            hint={t('escalation.deadlineHint')}
            optional
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
        <ErrorMessage error={update.error} fieldLabels={fieldLabels} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t('common.saving') : t('escalation.saveAnswer')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
