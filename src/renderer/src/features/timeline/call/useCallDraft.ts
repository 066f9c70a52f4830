import { useEffect, useState } from 'react';
import { readStored, removeStored, writeStored } from '@renderer/lib/storage';
import type { EntryTime } from '../time/entryTime';

export const CALL_DIRECTIONS = ['outgoing', 'incoming'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export interface CallDraft extends EntryTime {
  /** The capture box is in phone-call mode. */
  open: boolean;
  direction: CallDirection;
  /** When the timer was started (epoch ms); it stays after Stop, as the call's start time. */
  startedAt: number | null;
  /** The timer is counting (Stop clears it and fills `duration`). */
  running: boolean;
  /** As typed or filled by Stop: "12:30". */
  duration: string;
  number: string;
  agentName: string;
  summary: string;
}

export const EMPTY_CALL: CallDraft = {
  open: false,
  direction: 'outgoing',
  startedAt: null,
  running: false,
  duration: '',
  number: '',
  agentName: '',
  summary: '',
  date: '',
  time: '',
  timeZone: null,
};

const keyFor = (ticketId: number) => `casefile.callDraft.${ticketId}`;

function parseCall(raw: unknown): CallDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Partial<Record<keyof CallDraft, unknown>>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const startedAt = typeof d.startedAt === 'number' && Number.isFinite(d.startedAt) ? d.startedAt : null;
  return {
    open: d.open === true,
    direction: d.direction === 'incoming' ? 'incoming' : 'outgoing',
    startedAt,
    running: d.running === true && startedAt !== null,
    duration: str(d.duration),
    number: str(d.number),
    agentName: str(d.agentName),
    summary: str(d.summary),
    date: str(d.date),
    time: str(d.time),
    timeZone: typeof d.timeZone === 'string' && d.timeZone ? d.timeZone : null,
  };
}

/**
 * The phone call being logged, kept per ticket in localStorage like the message draft: a running timer
 * keeps counting through re-renders, switching tickets and reloads, because only its start time is stored.
 */
export function useCallDraft(ticketId: number) {
  const [call, setCall] = useState<CallDraft>(() => readStored(keyFor(ticketId), parseCall) ?? EMPTY_CALL);
  useEffect(() => {
    const empty = JSON.stringify(call) === JSON.stringify(EMPTY_CALL);
    if (empty) removeStored(keyFor(ticketId));
    else writeStored(keyFor(ticketId), call);
  }, [call, ticketId]);
  return [call, setCall] as const;
}
