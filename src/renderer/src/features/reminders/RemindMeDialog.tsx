import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REMINDER_PRESETS, type Reminder, type ReminderPreset } from '@shared/followUp';
import type { InputOf } from '@shared/api/contract';
import { useAppInfo } from '@renderer/app/useAppInfo';
import { Dialog } from '@renderer/components/Dialog';
import { CheckboxField, TextField } from '@renderer/components/fields';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime, viewerTimeZone } from '@renderer/lib/dates';
import { useNow } from '@renderer/lib/useNow';
import { BrowserNotifyToggle } from './BrowserNotifyToggle';
import { useCreateReminder } from './queries';
import { ReminderError } from './ReminderError';
import { localInputToInstant, presetPreview } from './reminderTime';

type Choice = ReminderPreset | 'custom';

/**
 * "Remind me": a preset (computed by the server in the user's zone, sent along) or any date and time,
 * an optional note, and "repeat every N days", ending by itself when the platform replies.
 */
export function RemindMeDialog({ ticketId, onClose, onSaved }: { ticketId: number; onClose: () => void; onSaved: (reminder: Reminder) => void }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const now = useNow();
  const shell = useAppInfo().data?.shell;
  const create = useCreateReminder();
  const groupName = useId();
  const [choice, setChoice] = useState<Choice>('in_24_hours');
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState('');
  const [repeat, setRepeat] = useState(false);
  const [repeatDays, setRepeatDays] = useState('3');
  const [untilReply, setUntilReply] = useState(true);
  const [missingDate, setMissingDate] = useState(false);
  const zone = viewerTimeZone();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: InputOf<'reminders.create'> = {
      ticketId,
      timeZone: zone,
      note: note.trim() || undefined,
      untilReply,
      repeatEveryDays: repeat ? Number(repeatDays) : undefined,
    };
    if (choice === 'custom') {
      const dueAt = localInputToInstant(custom);
      setMissingDate(dueAt === null);
      if (dueAt === null) return;
      input.dueAt = dueAt;
    } else {
      input.preset = choice;
    }
    create.mutate(input, { onSuccess: onSaved });
  };

  return (
    <Dialog title={t('reminders.dialogTitle')} onClose={onClose}>
      <form className="form remind-me" onSubmit={submit} noValidate>
        <fieldset className="fieldset">
          <legend>{t('reminders.when')}</legend>
          {REMINDER_PRESETS.map((preset) => (
            <label key={preset} className="remind-me__choice">
              <input type="radio" name={groupName} value={preset} checked={choice === preset} onChange={() => setChoice(preset)} />
              <span>{t(`reminders.presets.${preset}`)}</span>
              <span className="muted small">{formatDateTime(presetPreview(preset, new Date(now)).toISOString(), dateLocale)}</span>
            </label>
          ))}
          <label className="remind-me__choice">
            <input type="radio" name={groupName} value="custom" checked={choice === 'custom'} onChange={() => setChoice('custom')} />
            <span>{t('reminders.custom')}</span>
          </label>
          {choice === 'custom' ? (
            <TextField
              label={t('reminders.customLabel')}
              hint={t('reminders.customHint', { zone })}
              type="datetime-local"
              value={custom}
              aria-invalid={missingDate || undefined}
              onChange={(e) => setCustom(e.target.value)}
            />
          ) : null}
          {missingDate ? <p className="field__problem">{t('reminders.errors.noDate')}</p> : null}
        </fieldset>
        <TextField
          label={t('reminders.note')}
          optional
          maxLength={200}
          placeholder={t('reminders.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="remind-me__repeat">
          <CheckboxField label={t('reminders.repeatEvery')} checked={repeat} onChange={(e) => setRepeat(e.target.checked)} />
          <input
            type="number"
            className="remind-me__days"
            min={1}
            max={365}
            disabled={!repeat}
            aria-label={t('reminders.repeatDaysLabel')}
            value={repeatDays}
            onChange={(e) => setRepeatDays(e.target.value)}
          />
          <span aria-hidden="true">{t('reminders.repeatDays')}</span>
        </div>
        <div>
          <CheckboxField label={t('reminders.untilReply')} checked={untilReply} onChange={(e) => setUntilReply(e.target.checked)} />
          <p className="field__hint">{t('reminders.untilReplyHint')}</p>
        </div>
        {shell === 'web' ? <BrowserNotifyToggle /> : null}
        <ReminderError
          error={create.error}
          action="create"
          fieldLabels={{ repeatEveryDays: t('reminders.repeatDaysLabel'), note: t('reminders.note') }}
        />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending} aria-busy={create.isPending || undefined}>
            {create.isPending ? t('reminders.saving') : t('reminders.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
