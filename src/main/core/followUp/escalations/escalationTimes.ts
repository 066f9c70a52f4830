/**
 * The times of a step must make sense together: a step is recorded once it was taken (not in the future,
 * beyond a few minutes of clock drift between devices), their answer comes after it, and the deadline it
 * starts lies after it.
 */
import type { CoreContext } from '../../context';
import { CasefileError } from '../../errors';

/** Clocks of two devices (or a phone and the desktop) are rarely exactly in step. */
const DRIFT_MS = 5 * 60_000;

export function checkStepTimes(
  ctx: CoreContext,
  times: { at: string; answeredAt: string | null; deadlineAt: string | null },
): void {
  const latest = ctx.now().getTime() + DRIFT_MS;
  const at = Date.parse(times.at);
  if (at > latest) {
    throw new CasefileError('invalid_input', 'at: This is in the future; record a step once it was taken, with the time it happened', 'at');
  }
  if (times.answeredAt !== null) {
    const answered = Date.parse(times.answeredAt);
    if (answered < at) {
      throw new CasefileError('invalid_input', 'answeredAt: The answer cannot come before the step itself; check both dates', 'answeredAt');
    }
    if (answered > latest) {
      throw new CasefileError('invalid_input', 'answeredAt: This is in the future; record the answer once it arrived', 'answeredAt');
    }
  }
  if (times.deadlineAt !== null && Date.parse(times.deadlineAt) < at) {
    throw new CasefileError('invalid_input', 'deadlineAt: The deadline cannot be before the step that started it; check the date', 'deadlineAt');
  }
}
