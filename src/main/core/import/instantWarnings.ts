/** Warnings for wall times that a time-zone change makes odd (clocks forward or back). */
import type { ZonedInstant } from './zonedTime';
import type { ParseWarning } from './types';

export function addInstantWarnings(instant: ZonedInstant, line: number | undefined, written: string, timeZone: string, warnings: ParseWarning[]): void {
  const at = line === undefined ? {} : { line };
  if (instant.shiftedMinutes !== undefined) {
    warnings.push({
      code: 'nonexistent_time',
      ...at,
      message: `"${written}" does not exist in ${timeZone} (the clocks went forward); it was read as ${instant.shiftedMinutes} minutes later.`,
    });
  } else if (instant.ambiguous) {
    warnings.push({
      code: 'ambiguous_time',
      ...at,
      message: `"${written}" happened twice in ${timeZone} (the clocks went back); the earlier one was taken.`,
    });
  }
}
