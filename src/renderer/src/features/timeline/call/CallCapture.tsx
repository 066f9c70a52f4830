import { useId, type Dispatch, type FormEvent, type KeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextField } from '@renderer/components/fields';
import { hasPrimaryModifier, IS_MAC } from '@renderer/features/shortcuts/shortcuts';
import { useLanguage } from '@renderer/i18n';
import { formatClock } from '@renderer/lib/dates';
import { useAddEntry } from '../queries';
import { EntryTimeFields } from '../time/EntryTimeFields';
import { resolveEntryTime } from '../time/entryTime';
import { CallDirectionToggle } from './CallDirectionToggle';
import { CallTimer } from './CallTimer';
import { formatElapsed, parseDuration } from './duration';
import { EMPTY_CALL, type CallDraft } from './useCallDraft';
import { usePlatformPhoneNumbers } from './usePlatformPhoneNumbers';

interface CallCaptureProps {
  ticketId: number;
  call: CallDraft;
  setCall: Dispatch<SetStateAction<CallDraft>>;
}

/**
 * Logging a phone call: a timer to run while on the phone (Stop fills the duration), the number dialled,
 * who answered and a summary (which may wait: a call is worth recording even before it is written up).
 */
export function CallCapture({ ticketId, call, setCall }: CallCaptureProps) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const addEntry = useAddEntry(ticketId);
  const numbers = usePlatformPhoneNumbers(ticketId);
  const numbersId = useId();
  const patch = (change: Partial<CallDraft>) => setCall((c) => ({ ...c, ...change }));

  const durationSec = parseDuration(call.duration);
  const timerTime = call.startedAt !== null ? new Date(call.startedAt).toISOString() : null;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (addEntry.isPending) return;
    // Logging while the timer runs ends the call now.
    const seconds =
      call.running && call.startedAt !== null ? Math.max(0, Math.floor((Date.now() - call.startedAt) / 1000)) : durationSec;
    if (seconds === null) return;
    const when = resolveEntryTime(call, Date.now());
    if (!timerTime && !when.ok) return;
    addEntry.mutate(
      {
        author: call.direction === 'incoming' ? 'agent' : 'me',
        kind: 'call',
        text: call.summary,
        agentName: call.agentName.trim() || undefined,
        channel: 'phone',
        occurredAt: timerTime ?? (when.ok ? when.occurredAt : undefined),
        timeZone: when.timeZone,
        call: { durationSec: seconds, number: call.number.trim() || undefined },
      },
      { onSuccess: () => setCall(EMPTY_CALL) },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && hasPrimaryModifier(event)) {
      event.preventDefault();
      submit();
    }
  };

  const whenInvalid = !timerTime && !resolveEntryTime(call, 0).ok;
  return (
    <form className="capture capture--call" aria-label={t('call.formLabel')} onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="capture__row">
        <h2 className="capture__mode-title">{t('call.title')}</h2>
        <CallDirectionToggle value={call.direction} onChange={(direction) => patch({ direction })} />
        <CallTimer
          startedAt={call.startedAt}
          running={call.running}
          stoppedText={call.startedAt !== null ? call.duration : undefined}
          onStart={() => patch({ startedAt: Date.now(), running: true, duration: '' })}
          onStop={(elapsed) => patch({ running: false, duration: formatElapsed(elapsed) })}
        />
      </div>
      <div className="capture__row">
        <TextField
          fieldClassName="call__duration"
          label={t('call.duration')}
          labelNote={t('call.durationNote')}
          value={call.running ? '' : call.duration}
          placeholder={call.running ? t('call.durationRunning') : '12:30'}
          disabled={call.running}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={durationSec === null || undefined}
          onChange={(e) => patch({ duration: e.target.value })}
        />
        <TextField
          fieldClassName="call__number"
          label={t('call.number')}
          optional
          value={call.number}
          maxLength={LIMITS.shortText}
          autoComplete="off"
          list={numbers.length ? numbersId : undefined}
          onChange={(e) => patch({ number: e.target.value })}
        />
        {numbers.length ? (
          <datalist id={numbersId}>
            {numbers.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        ) : null}
        <TextField
          fieldClassName="capture__agent"
          label={t('capture.agentName')}
          optional
          value={call.agentName}
          maxLength={LIMITS.shortText}
          autoComplete="off"
          onChange={(e) => patch({ agentName: e.target.value })}
        />
      </div>
      <EntryTimeFields
        value={call}
        onChange={(change) => patch(change)}
        fixedNote={timerTime ? t('call.startedAt', { time: formatClock(timerTime, dateLocale) }) : undefined}
      />
      <label className="visually-hidden" htmlFor={`call-summary-${ticketId}`}>
        {t('call.summary')}
      </label>
      <textarea
        id={`call-summary-${ticketId}`}
        className="capture__text"
        value={call.summary}
        placeholder={t('call.summaryPlaceholder')}
        maxLength={LIMITS.entryText}
        rows={2}
        onChange={(e) => patch({ summary: e.target.value })}
      />
      {durationSec === null ? (
        <p className="field__error small" role="alert">
          {t('call.durationInvalid')}
        </p>
      ) : null}
      <ErrorMessage error={addEntry.error} />
      <div className="capture__footer">
        <div className="capture__evidence">
          <button type="button" className="button button--small" onClick={() => patch({ open: false })}>
            {t('call.backToMessages')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setCall(EMPTY_CALL)}>
            {t('call.discard')}
          </button>
        </div>
        <span className="capture__hint muted small">{t(IS_MAC ? 'call.addHintMac' : 'call.addHint')}</span>
        <button
          type="submit"
          className="button button--primary"
          disabled={addEntry.isPending || durationSec === null || whenInvalid}
        >
          {addEntry.isPending ? t('capture.adding') : t('call.log')}
        </button>
      </div>
    </form>
  );
}
