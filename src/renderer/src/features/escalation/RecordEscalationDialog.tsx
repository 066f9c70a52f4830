import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '@shared/domain';
import { ESCALATION_LEVELS, VENUE_KINDS, type EscalationLevel, type VenueKind } from '@shared/followUp';
import { LIMITS } from '@shared/limits';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '@renderer/components/fields';
import { useLanguage } from '@renderer/i18n';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@renderer/lib/dates';
import { VenuePicker } from '@renderer/features/venues/VenuePicker';
import { useAddEscalation } from './queries';
import { useReturnFocus } from './useReturnFocus';

interface RecordEscalationDialogProps {
  ticketId: number;
  platformId: number;
  level: EscalationLevel;
  /** A resolved or closed ticket takes no new step until it is reopened (the core refuses it). */
  ended: boolean;
  onClose: () => void;
}

/** "I asked for a supervisor", "I filed with the ombudsman": one step on the ladder, also written on the timeline. */
export function RecordEscalationDialog({ ticketId, platformId, level: initialLevel, ended, onClose }: RecordEscalationDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fieldLabels = useFieldLabels();
  useReturnFocus();
  const add = useAddEscalation(ticketId);
  const [level, setLevel] = useState<EscalationLevel>(initialLevel);
  const [at, setAt] = useState(() => toDateTimeLocalValue(new Date()));
  const [venueId, setVenueId] = useState<string | null>(null);
  const [venueKind, setVenueKind] = useState<VenueKind | ''>('');
  const [toWhom, setToWhom] = useState('');
  const [channel, setChannel] = useState<ChannelKind | ''>('');
  const [reference, setReference] = useState('');
  const [answer, setAnswer] = useState('');
  const [deadline, setDeadline] = useState('');
  const [notes, setNotes] = useState('');
  const thirdParty = level === 'third_party';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        level,
        at: fromDateTimeLocalValue(at) ?? undefined,
        venueKind: thirdParty && venueKind ? venueKind : undefined,
        venueId: thirdParty && venueId ? venueId : undefined,
        toWhom: toWhom.trim() || undefined,
        channel: channel || undefined,
        reference: reference.trim() || undefined,
        answer: answer.trim() || undefined,
        deadlineAt: fromDateTimeLocalValue(deadline) ?? undefined,
        notes: notes.trim() || undefined,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Dialog title={t('escalation.dialogTitle')} onClose={onClose} size="wide">
      <form className="form" onSubmit={submit}>
        {ended ? (
          <p className="letter-missing" role="note">
            {t('escalation.ticketEnded')}
          </p>
        ) : null}
        <div className="form-grid">
          <SelectField
            label={t('escalation.field.level')}
            value={level}
            data-autofocus
            onChange={(e) => setLevel(e.target.value as EscalationLevel)}
          >
            {ESCALATION_LEVELS.map((value, index) => (
              <option key={value} value={value}>
                {`${index + 1}. ${t(`escalation.level.${value}`)}`}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('escalation.field.at')}
            type="datetime-local"
            value={at}
            required
            onChange={(e) => setAt(e.target.value)}
          />
        </div>
        <p className="field__hint">{t(`escalation.levelHint.${level}`)}</p>
        {thirdParty ? (
          <fieldset className="fieldset">
            <legend>{t('escalation.venueLegend')}</legend>
            <VenuePicker
              platformId={platformId}
              value={venueId}
              onChange={(venue) => {
                setVenueId(venue?.id ?? null);
                if (venue) {
                  setVenueKind(venue.kind);
                  setToWhom(venue.name[language]);
                }
              }}
            />
            <SelectField
              label={t('escalation.field.venueKind')}
              optional
              value={venueKind}
              onChange={(e) => setVenueKind(e.target.value as VenueKind | '')}
            >
              <option value="">{t('escalation.notStated')}</option>
              {VENUE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`escalation.venueKind.${kind}`)}
                </option>
              ))}
            </SelectField>
          </fieldset>
        ) : null}
        <div className="form-grid">
          <TextField
            label={t('escalation.field.toWhom')}
            hint={thirdParty ? t('escalation.toWhomHintThirdParty') : t('escalation.toWhomHint')}
            optional
            value={toWhom}
            maxLength={LIMITS.shortText}
            autoComplete="off"
            onChange={(e) => setToWhom(e.target.value)}
          />
          <SelectField label={t('escalation.field.channel')} optional value={channel} onChange={(e) => setChannel(e.target.value as ChannelKind | '')}>
            <option value="">{t('escalation.notStated')}</option>
            {CHANNEL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`channelKind.${kind}`)}
              </option>
            ))}
          </SelectField>
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
            label={t('escalation.field.deadline')}
            hint={t('escalation.deadlineHint')}
            optional
            type="datetime-local"
            value={deadline}
            onChange={(e) => setDeadline(e.target.value)}
          />
        </div>
        <TextAreaField
          label={t('escalation.field.answer')}
          hint={t('escalation.answerHint')}
          optional
          rows={3}
          value={answer}
          maxLength={LIMITS.longText}
          onChange={(e) => setAnswer(e.target.value)}
        />
        <TextAreaField
          label={t('escalation.field.notes')}
          optional
          rows={2}
          value={notes}
          maxLength={LIMITS.longText}
          onChange={(e) => setNotes(e.target.value)}
        />
        <ErrorMessage error={add.error} fieldLabels={fieldLabels} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? t('common.saving') : t('escalation.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Contract field names → the form's labels, for errors that name a field. */
export function useFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    level: t('escalation.field.level'),
    at: t('escalation.field.at'),
    venueKind: t('escalation.field.venueKind'),
    venueId: t('escalation.field.venue'),
    toWhom: t('escalation.field.toWhom'),
    channel: t('escalation.field.channel'),
    reference: t('escalation.field.reference'),
    answer: t('escalation.field.answer'),
    answeredAt: t('escalation.field.answeredAt'),
    deadlineAt: t('escalation.field.deadline'),
    notes: t('escalation.field.notes'),
  };
}
