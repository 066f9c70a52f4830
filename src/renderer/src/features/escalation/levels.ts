import { ESCALATION_LEVELS, type Escalation, type EscalationLevel } from '@shared/followUp';

/** Where the ticket stands on the ladder: the highest step taken, or frontline before any. */
export function currentLevel(steps: readonly Escalation[]): EscalationLevel {
  let highest = 0;
  for (const step of steps) highest = Math.max(highest, ESCALATION_LEVELS.indexOf(step.level));
  return ESCALATION_LEVELS[highest] ?? 'frontline';
}

/** The steps recorded at one level, oldest first (the list comes sorted by time). */
export function stepsAt(steps: readonly Escalation[], level: EscalationLevel): Escalation[] {
  return steps.filter((step) => step.level === level);
}
