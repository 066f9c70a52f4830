import { useEffect, useState } from 'react';
import { CHANNEL_KINDS, type ChannelKind } from '@shared/domain';
import { readStored, removeStored, writeStored } from '@renderer/lib/storage';

export const CAPTURE_AUTHORS = ['me', 'agent', 'note'] as const;
export type CaptureAuthor = (typeof CAPTURE_AUTHORS)[number];

export interface CaptureDraft {
  text: string;
  author: CaptureAuthor;
  agentName: string;
  /** null: follow the channel of the ticket's latest entry. */
  channel: ChannelKind | null;
  /** datetime-local value; empty means "now". */
  when: string;
}

const EMPTY: CaptureDraft = { text: '', author: 'me', agentName: '', channel: null, when: '' };
const keyFor = (ticketId: number) => `casefile.draft.${ticketId}`;

function parseDraft(raw: unknown): CaptureDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Partial<Record<keyof CaptureDraft, unknown>>;
  return {
    text: typeof d.text === 'string' ? d.text : '',
    author: CAPTURE_AUTHORS.find((a) => a === d.author) ?? 'me',
    agentName: typeof d.agentName === 'string' ? d.agentName : '',
    channel: CHANNEL_KINDS.find((c) => c === d.channel) ?? null,
    when: typeof d.when === 'string' ? d.when : '',
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
      draft.text === '' && draft.agentName === '' && draft.when === '' && draft.author === 'me' && draft.channel === null;
    if (isEmpty) removeStored(keyFor(ticketId));
    else writeStored(keyFor(ticketId), draft);
  }, [draft, ticketId]);

  return [draft, setDraft] as const;
}
