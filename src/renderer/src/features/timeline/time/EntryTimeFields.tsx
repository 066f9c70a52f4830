import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@renderer/components/fields';
import { TimeZoneSelect } from '@renderer/components/TimeZoneSelect';
import { viewerTimeZone } from '@renderer/lib/dates';
import { instantToZoned } from '@renderer/lib/zonedTime';
import { isNow, type EntryTime } from './entryTime';

interface EntryTimeFieldsProps {
  value: EntryTime;
  onChange: (patch: Partial<EntryTime>) => void;
  /** The time is taken from elsewhere (a running call timer): say so instead of offering a choice. */
  fixedNote?: string;
}

/**
 * "Time: now · Set time" for the usual case; for entries logged after the fact, a date, a time and the
 * time zone they are in (the system's by default; the agent's zone when copying from their messages).
 */
export function EntryTimeFields({ value, onChange, fixedNote }: EntryTimeFieldsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => !isNow(value));
  const zone = value.timeZone ?? viewerTimeZone();

  if (fixedNote) {
    return (
      <p className="entry-time entry-time--fixed small">
        <span className="entry-time__label">{t('when.label')}</span> <span className="muted">{fixedNote}</span>
      </p>
    );
  }

  if (!open && isNow(value)) {
    return (
      <div className="entry-time">
        <span className="entry-time__label">{t('when.label')}</span>
        <span className="entry-time__now">{t('when.now')}</span>
        <button
          type="button"
          className="link-button"
          aria-expanded={false}
          onClick={() => {
            // Start from the current wall time, so only what differs needs typing.
            onChange(instantToZoned(Date.now(), zone));
            setOpen(true);
          }}
        >
          {t('when.set')}
        </button>
      </div>
    );
  }

  return (
    <fieldset className="entry-time entry-time--open">
      <legend className="entry-time__label">{t('when.label')}</legend>
      <TextField
        fieldClassName="entry-time__date"
        label={t('when.date')}
        type="date"
        value={value.date}
        onChange={(e) => onChange({ date: e.target.value })}
      />
      <TextField
        fieldClassName="entry-time__time"
        label={t('when.time')}
        type="time"
        value={value.time}
        onChange={(e) => onChange({ time: e.target.value })}
      />
      <TimeZoneSelect className="entry-time__zone" value={zone} onChange={(timeZone) => onChange({ timeZone })} />
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onChange({ date: '', time: '', timeZone: null });
          setOpen(false);
        }}
      >
        {t('when.useNow')}
      </button>
      {value.time === '' ? <span className="entry-time__missing small">{t('when.invalid')}</span> : null}
    </fieldset>
  );
}
