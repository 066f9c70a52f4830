/**
 * The pause arithmetic of the platform's clocks. While a ticket waits on me (status 'waiting_me'), the
 * platform's time does not run: a clock due at `start + duration` moves later by every spell of waiting
 * that began before it ran out. A spell that began after the due time does not move it (the platform was
 * already late). Durations are absolute milliseconds: a daylight-saving change never adds or removes time.
 */
import type { Spell } from '../../tickets/statusHistory';

export interface ClockRun {
  /** When the clock runs out, every pause until now included. */
  due: number;
  /** The pauses that moved it, clipped to [start, now]; a pause still going on ends at now. */
  spells: Spell[];
  pausedMs: number;
  /** It is standing still right now (the ticket waits on me and the clock had not run out). */
  pausedNow: boolean;
}

/**
 * Runs a clock of `duration` ms from `start` through the waiting spells (sorted, not overlapping), up to
 * `now`. `waitingNow` says whether the ticket is waiting on me at this moment.
 */
export function runClock(start: number, duration: number, waiting: Spell[], now: number, waitingNow: boolean): ClockRun {
  let due = start + duration;
  const spells: Spell[] = [];
  for (const spell of waiting) {
    const s = Math.max(spell.start, start);
    const e = Math.min(spell.end, now);
    if (e <= s) continue;
    if (s >= due) break;
    spells.push({ start: s, end: e });
    due += e - s;
  }
  const last = spells[spells.length - 1];
  return { due, spells, pausedMs: sum(spells), pausedNow: waitingNow && last !== undefined && last.end === now };
}

/** The waiting spells between start and now (for a clock that only counts up). */
export function spellsWithin(start: number, waiting: Spell[], now: number): Spell[] {
  return waiting
    .map((spell) => ({ start: Math.max(spell.start, start), end: Math.min(spell.end, now) }))
    .filter((spell) => spell.end > spell.start);
}

export const sum = (spells: Spell[]): number => spells.reduce((total, s) => total + (s.end - s.start), 0);
