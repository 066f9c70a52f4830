import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextField } from '@renderer/components/fields';
import { AttachEvidenceButton } from '@renderer/features/evidence/AttachEvidenceButton';
import { CaptureScreenButton } from '@renderer/features/evidence/CaptureScreenButton';
import { hasPrimaryModifier, IS_MAC } from '@renderer/features/shortcuts/shortcuts';
import { fromDateTimeLocalValue, viewerTimeZone } from '@renderer/lib/dates';
import { AuthorToggle, nextAuthor } from './AuthorToggle';
import { useAddEntry, useLog } from './queries';
import { useCaptureDraft } from './useCaptureDraft';

/**
 * The box at the bottom of the timeline, always ready: who said it, over which channel, when, and
 * what. Mount with key={ticketId} so each ticket has its own draft.
 */
export function CaptureBox({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useCaptureDraft(ticketId);
  const addEntry = useAddEntry(ticketId);
  const log = useLog(ticketId);

  // Until the user picks one, the channel is the one the conversation last happened on.
  const lastChannel = [...(log.data ?? [])].reverse().find((e) => e.channel)?.channel;
  const channel: ChannelKind = draft.channel ?? lastChannel ?? 'live_chat';
  const placeholder = t(
    draft.author === 'agent' ? 'capture.placeholderAgent' : draft.author === 'note' ? 'capture.placeholderNote' : 'capture.placeholderMe',
  );

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.text.trim() === '' || addEntry.isPending) return;
    addEntry.mutate(
      {
        author: draft.author,
        text: draft.text,
        agentName: draft.author === 'agent' ? draft.agentName.trim() || undefined : undefined,
        channel: draft.author === 'note' ? undefined : channel,
        occurredAt: fromDateTimeLocalValue(draft.when) ?? undefined,
        timeZone: viewerTimeZone(),
      },
      {
        // Keep who/where (the next message is usually from the same channel); clear what and when.
        onSuccess: () => setDraft((d) => ({ ...d, text: '', when: '', channel })),
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && hasPrimaryModifier(event)) {
      event.preventDefault();
      submit();
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyA') {
      event.preventDefault();
      setDraft((d) => ({ ...d, author: nextAuthor(d.author) }));
    }
  };

  return (
    <form className={`capture capture--${draft.author}`} aria-label={t('capture.label')} onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="capture__row">
        <AuthorToggle value={draft.author} onChange={(author) => setDraft((d) => ({ ...d, author }))} />
        {draft.author === 'agent' ? (
          <TextField
            fieldClassName="capture__agent"
            label={t('capture.agentName')}
            optional
            value={draft.agentName}
            maxLength={LIMITS.shortText}
            autoComplete="off"
            onChange={(e) => setDraft((d) => ({ ...d, agentName: e.target.value }))}
          />
        ) : null}
        {draft.author !== 'note' ? (
          <SelectField
            fieldClassName="capture__channel"
            label={t('capture.channel')}
            value={channel}
            onChange={(e) => setDraft((d) => ({ ...d, channel: e.target.value as ChannelKind }))}
          >
            {CHANNEL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`channelKind.${kind}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          fieldClassName="capture__when"
          label={t('capture.when')}
          type="datetime-local"
          value={draft.when}
          labelNote={t('capture.whenHint')}
          onChange={(e) => setDraft((d) => ({ ...d, when: e.target.value }))}
        />
      </div>
      <label className="visually-hidden" htmlFor={`capture-text-${ticketId}`}>
        {t('capture.text')}
      </label>
      <textarea
        id={`capture-text-${ticketId}`}
        className="capture__text"
        value={draft.text}
        placeholder={placeholder}
        maxLength={LIMITS.entryText}
        rows={2}
        onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))}
      />
      <ErrorMessage error={addEntry.error} />
      <div className="capture__footer">
        <div className="capture__evidence">
          <AttachEvidenceButton ticketId={ticketId} />
          <CaptureScreenButton ticketId={ticketId} />
        </div>
        <span className="capture__hint muted small" aria-live="polite">
          {draft.text ? `${t('capture.draftSaved')} · ` : null}
          {t(IS_MAC ? 'capture.addHintMac' : 'capture.addHint')}
        </span>
        <button type="submit" className="button button--primary" disabled={addEntry.isPending || draft.text.trim() === ''}>
          {addEntry.isPending ? t('capture.adding') : t('capture.add')}
        </button>
      </div>
    </form>
  );
}
