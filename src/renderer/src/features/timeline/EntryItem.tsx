import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Evidence } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { EntryFlags, FlaggedText } from '@renderer/features/guard/EntryFlags';
import { EscalationMarker } from '@renderer/features/escalation/EscalationMarker';
import { useLanguage } from '@renderer/i18n';
import { formatClock } from '@renderer/lib/dates';
import { CallFacts } from './call/CallFacts';
import { EntryHistoryDialog } from './EntryHistoryDialog';
import { EvidenceStrip } from './EvidenceStrip';
import { useEditEntry } from './queries';

/** Which side of the conversation an entry sits on. */
function placement(entry: Entry): 'mine' | 'theirs' | 'wide' {
  if (entry.author === 'me') return 'mine';
  if (entry.author === 'agent') return 'theirs';
  return 'wide';
}

interface EntryItemProps {
  entry: Entry;
  /** Evidence tied to this entry, shown under its text. */
  evidence?: readonly Evidence[];
  /** Files are being dragged over this entry: dropping ties them to it. */
  dropTarget?: boolean;
  /** The virtualized timeline measures each row: its ref and index. */
  rowRef?: Ref<HTMLLIElement>;
  rowIndex?: number;
  /** Briefly highlighted: the entry a search result or link pointed to. */
  flash?: boolean;
}

export function EntryItem({ entry, evidence = [], dropTarget = false, rowRef, rowIndex, flash = false }: EntryItemProps) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const editEntry = useEditEntry(entry.ticketId);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(entry.text);
  const [showHistory, setShowHistory] = useState(false);

  const who =
    entry.author === 'agent' && entry.agentName
      ? `${entry.agentName} · ${t('author.agent')}`
      : t(`author.${entry.author}`);

  const startEditing = () => {
    setDraft(entry.text);
    editEntry.reset();
    setEditing(true);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (draft === entry.text) {
      setEditing(false);
      return;
    }
    editEntry.mutate({ id: entry.id, text: draft }, { onSuccess: () => setEditing(false) });
  };

  return (
    <li
      ref={rowRef}
      data-index={rowIndex}
      className={`entry entry--${placement(entry)} entry--author-${entry.author} ${dropTarget ? 'entry--drop-target' : ''} ${flash ? 'entry--flash' : ''}`}
      data-entry-id={entry.author === 'system' ? undefined : entry.id}
    >
      <article className="entry__bubble" aria-labelledby={`entry-${entry.id}-who`} tabIndex={-1}>
        <header className="entry__meta">
          <span id={`entry-${entry.id}-who`} className="entry__who">
            {entry.kind === 'call' ? `${t('timeline.call')} · ` : null}
            {who}
          </span>
          <EscalationMarker entry={entry} />
          {entry.channel && entry.author !== 'note' ? (
            <span className="entry__channel">{t('timeline.via', { channel: t(`channelKind.${entry.channel}`) })}</span>
          ) : null}
          {entry.call ? <CallFacts call={entry.call} /> : null}
          <TimeStamp
            className="entry__time"
            iso={entry.occurredAt}
            timeZone={entry.timeZone}
            display={(iso) => formatClock(iso, dateLocale)}
          />
          {!editing && entry.author !== 'system' ? (
            <button type="button" className="link-button entry__edit-button" onClick={startEditing}>
              {t('timeline.edit')}
            </button>
          ) : null}
          {entry.revision > 1 ? (
            <button type="button" className="link-button entry__edited" onClick={() => setShowHistory(true)}>
              <span aria-hidden="true">{t('timeline.edited')}</span>
              <span className="visually-hidden">{t('timeline.viewHistory')}</span>
            </button>
          ) : null}
        </header>
        {editing ? (
          <form className="entry__edit" onSubmit={save}>
            <textarea
              aria-label={t('timeline.editLabel')}
              value={draft}
              maxLength={LIMITS.entryText}
              rows={Math.min(10, Math.max(3, draft.split('\n').length + 1))}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setEditing(false);
                }
              }}
            />
            <ErrorMessage error={editEntry.error} />
            <div className="entry__edit-actions">
              <button type="button" className="button button--small" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="submit"
                className="button button--small button--primary"
                disabled={editEntry.isPending || draft.trim() === ''}
              >
                {editEntry.isPending ? t('common.saving') : t('timeline.saveEdit')}
              </button>
            </div>
          </form>
        ) : (
          <p className="entry__text">
            <FlaggedText text={entry.text} flags={entry.flags} />
          </p>
        )}
        {editing ? null : <EntryFlags entryId={entry.id} flags={entry.flags} />}
        <EvidenceStrip items={evidence} label={evidence.length ? t('timeline.attachments') : undefined} layout="chips" />
        {dropTarget ? (
          <p className="entry__drop-hint" aria-hidden="true">
            {t('evidence.dropOnEntry')}
          </p>
        ) : null}
      </article>
      {showHistory ? <EntryHistoryDialog entryId={entry.id} onClose={() => setShowHistory(false)} /> : null}
    </li>
  );
}
