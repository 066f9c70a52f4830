import type { Clock } from '@shared/followUp';

export type ClockState = Clock['state'];

/**
 * The state to show now. The server computed `clock.state` at `computedAt`; between refetches a running
 * clock can pass its due date, so it turns overdue here without waiting. A paused clock stays paused:
 * its due date moves with the pause, so it cannot fall due while waiting on the user.
 */
export function stateAt(clock: Clock, now: number): ClockState {
  if (clock.state === 'paused') return 'paused';
  if (clock.dueAt !== null && now >= Date.parse(clock.dueAt)) return 'overdue';
  return clock.state;
}

/** What the clock's line says besides its label, as a translation key and a length of time. */
export type ClockReading =
  | { kind: 'elapsed'; seconds: number; paused: boolean }
  | { kind: 'remaining'; seconds: number; paused: boolean }
  | { kind: 'overdue'; seconds: number };

/**
 * Elapsed (clocks without a due date) or remaining / overdue time. While paused the figure is the one
 * the server computed (it stands still); otherwise it counts from `now`, so it moves every tick.
 */
export function readClock(clock: Clock, computedAt: string, now: number): ClockReading {
  const state = stateAt(clock, now);
  const paused = state === 'paused';
  // A paused clock stands still at the moment the server looked at it.
  const at = paused ? Math.min(now, Date.parse(computedAt)) : now;
  if (clock.dueAt === null) {
    const seconds = (at - Date.parse(clock.startedAt)) / 1000 - clock.pausedSeconds;
    return { kind: 'elapsed', seconds: Math.max(0, seconds), paused };
  }
  const left = (Date.parse(clock.dueAt) - at) / 1000;
  if (state === 'overdue') return { kind: 'overdue', seconds: Math.max(0, -left) };
  return { kind: 'remaining', seconds: Math.max(0, left), paused };
}
