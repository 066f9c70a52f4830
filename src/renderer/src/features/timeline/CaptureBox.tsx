import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KINDS, type ChannelKind } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextField } from '@renderer/components/fields';
import { AttachEvidenceButton } from '@renderer/features/evidence/AttachEvidenceButton';
import { CaptureScreenButton } from '@renderer/features/evidence/CaptureScreenButton';
import { CaptureScan } from '@renderer/features/guard/CaptureScan';
import { hasPrimaryModifier, IS_MAC } from '@renderer/features/shortcuts/shortcuts';
import { AuthorToggle, nextAuthor } from './AuthorToggle';
import { CallCapture } from './call/CallCapture';
import { CallModeButton } from './call/CallModeButton';
import { useCallDraft } from './call/useCallDraft';
import { useAddEntry, useLog } from './queries';
import { EntryTimeFields } from './time/EntryTimeFields';
import { resolveEntryTime } from './time/entryTime';
import { PasteStatus } from './PasteStatus';
import { useCaptureDraft } from './useCaptureDraft';
import { usePasteFilesToEntry, type PastedFile } from './usePasteFilesToEntry';
import { usePasteTextToDraft } from './usePasteTextToDraft';

/**
 * The box at the bottom of the timeline, always ready: who said it, over which channel, when, and
 * what. Mount with key={ticketId} so each ticket has its own draft.
 */
export function CaptureBox({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useCaptureDraft(ticketId);
  const addEntry = useAddEntry(ticketId);
  const log = useLog(ticketId);

  const [call, setCall] = useCallDraft(ticketId);

  // Until the user picks them, the channel and the agent are the ones the conversation last had.
  const lastChannel = [...(log.data ?? [])].reverse().find((e) => e.channel)?.channel;
  const channel: ChannelKind = draft.channel ?? lastChannel ?? 'live_chat';
  const lastAgentName = [...(log.data ?? [])].reverse().find((e) => e.author === 'agent' && e.agentName)?.agentName ?? '';
  const agentName = draft.agentName ?? lastAgentName;
  const when = resolveEntryTime(draft, 0);

  // Text pasted on the timeline (outside a field) starts an entry: in the call summary during a call.
  usePasteTextToDraft((pasted) => {
    const join = (before: string) => (before.trim() ? `${before.replace(/\s+$/, '')}\n${pasted}` : pasted);
    if (call.open) setCall((c) => ({ ...c, summary: join(c.summary) }));
    else setDraft((d) => ({ ...d, text: join(d.text) }));
    requestAnimationFrame(() => {
      const box = document.getElementById(call.open ? `call-summary-${ticketId}` : `capture-text-${ticketId}`);
      if (box instanceof HTMLTextAreaElement) {
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
      }
    });
  });
  // A screenshot pasted on the timeline becomes a new entry with it: what the box holds (author, channel,
  // agent, time, and the draft's text if any; else a short line saying a screenshot was pasted).
  const pasteEntry = (files: PastedFile[]) => {
    const useDraft = !call.open && draft.text.trim() !== '';
    const images = files.every((f) => f.file.type.startsWith('image/'));
    const text = useDraft
      ? draft.text
      : images
        ? files.length === 1
          ? t('pasteEntry.screenshot')
          : t('pasteEntry.screenshots', { count: files.length })
        : t('pasteEntry.files', { names: files.map((f) => f.name).join(', ') });
    const time = resolveEntryTime(draft, Date.now());
    return {
      input: {
        author: draft.author,
        text,
        agentName: draft.author === 'agent' ? agentName.trim() || undefined : undefined,
        channel: draft.author === 'note' ? undefined : channel,
        occurredAt: time.ok ? time.occurredAt : undefined,
        timeZone: time.timeZone,
      },
      usedDraft: useDraft,
    };
  };
  const pasted = usePasteFilesToEntry(ticketId, pasteEntry, (made) => {
    // Like adding it by hand: the draft's text is used up (unless more was typed meanwhile).
    if (made.usedDraft) setDraft((d) => (d.text === made.input.text ? { ...d, text: '', time: '', channel } : d));
  });
  const placeholder = t(
    draft.author === 'agent' ? 'capture.placeholderAgent' : draft.author === 'note' ? 'capture.placeholderNote' : 'capture.placeholderMe',
  );

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.text.trim() === '' || addEntry.isPending) return;
    const time = resolveEntryTime(draft, Date.now());
    if (!time.ok) return;
    addEntry.mutate(
      {
        author: draft.author,
        text: draft.text,
        agentName: draft.author === 'agent' ? agentName.trim() || undefined : undefined,
        channel: draft.author === 'note' ? undefined : channel,
        occurredAt: time.occurredAt,
        timeZone: time.timeZone,
      },
      {
        // Keep who/where (the next message is usually from the same channel) and, for entries logged
        // after the fact, the day and zone; clear what and the time of day, which always differ.
        onSuccess: () => {
          setDraft((d) => ({ ...d, text: '', time: '', channel }));
          pasted.dismiss();
        },
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

  if (call.open) return <CallCapture ticketId={ticketId} call={call} setCall={setCall} />;

  return (
    <form className={`capture capture--${draft.author}`} aria-label={t('capture.label')} onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="capture__row">
        <AuthorToggle value={draft.author} onChange={(author) => setDraft((d) => ({ ...d, author }))} />
        {draft.author === 'agent' ? (
          <TextField
            fieldClassName="capture__agent"
            label={t('capture.agentName')}
            optional
            value={agentName}
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
      </div>
      <div className="capture__when-row">
        <EntryTimeFields value={draft} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} />
        <CallModeButton call={call} onOpen={() => setCall((c) => ({ ...c, open: true }))} />
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
      {draft.author === 'agent' ? <CaptureScan ticketId={ticketId} text={draft.text} /> : null}
      <ErrorMessage error={addEntry.error} />
      <PasteStatus outcome={pasted.outcome} onDismiss={pasted.dismiss} />
      <div className="capture__footer">
        <div className="capture__evidence">
          <AttachEvidenceButton ticketId={ticketId} />
          <CaptureScreenButton ticketId={ticketId} />
        </div>
        <span className="capture__hint muted small" aria-live="polite">
          {draft.text ? `${t('capture.draftSaved')} · ` : null}
          {t(IS_MAC ? 'capture.addHintMac' : 'capture.addHint')}
        </span>
        <button type="submit" className="button button--primary" disabled={addEntry.isPending || draft.text.trim() === '' || !when.ok}>
          {addEntry.isPending ? t('capture.adding') : t('capture.add')}
        </button>
      </div>
    </form>
  );
}
