import { useEffect, useState } from 'react';
import { CHANNEL_KINDS, type ChannelKind } from '@shared/domain';
import { readStored, removeStored, writeStored } from '@renderer/lib/storage';
import type { EntryTime } from './time/entryTime';

export const CAPTURE_AUTHORS = ['me', 'agent', 'note'] as const;
export type CaptureAuthor = (typeof CAPTURE_AUTHORS)[number];

export interface CaptureDraft extends EntryTime {
  text: string;
  author: CaptureAuthor;
  /** null: the agent named on the ticket's latest agent entry. */
  agentName: string | null;
  /** null: follow the channel of the ticket's latest entry. */
  channel: ChannelKind | null;
}

const EMPTY: CaptureDraft = { text: '', author: 'me', agentName: null, channel: null, date: '', time: '', timeZone: null };
const keyFor = (ticketId: number) => `casefile.draft.${ticketId}`;

const str = (value: unknown) => (typeof value === 'string' ? value : '');

function parseDraft(raw: unknown): CaptureDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Partial<Record<keyof CaptureDraft | 'when', unknown>>;
  // Drafts saved before the time zone could be chosen kept one datetime-local value ("2025-03-03T10:32").
  const [oldDate = '', oldTime = ''] = str(d.when).split('T');
  return {
    text: str(d.text),
    author: CAPTURE_AUTHORS.find((a) => a === d.author) ?? 'me',
    agentName: typeof d.agentName === 'string' ? d.agentName : null,
    channel: CHANNEL_KINDS.find((c) => c === d.channel) ?? null,
    date: str(d.date) || oldDate,
    time: str(d.time) || oldTime,
    timeZone: typeof d.timeZone === 'string' && d.timeZone ? d.timeZone : null,
  };
}

/**
 * The capture box's state, saved to localStorage per ticket on every change: a reload, a crash or
 * switching tickets never loses a half-typed message. Mount with key={ticketId}.
 */
export function useCaptureDraft(ticketId: number) {
  const [draft, setDraft] = useState<CaptureDraft>(() => readStored(keyFor(ticketId), parseDraft) ?? EMPTY);

  useEffect(() => {
    const isEmpty =
      draft.text === '' &&
      draft.agentName === null &&
      draft.date === '' &&
      draft.time === '' &&
      draft.timeZone === null &&
      draft.author === 'me' &&
      draft.channel === null;
    if (isEmpty) removeStored(keyFor(ticketId));
    else writeStored(keyFor(ticketId), draft);
  }, [draft, ticketId]);

  return [draft, setDraft] as const;
}
