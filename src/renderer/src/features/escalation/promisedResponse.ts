/** A promised response time as typed: a number and a unit ("2 days", "24 hours"). */
export interface PromisedDraft {
  amount: string;
  unit: 'hours' | 'days';
}

export const emptyPromise: PromisedDraft = { amount: '', unit: 'hours' };

/** The contract's range: a quarter of an hour … 90 days. */
const MIN_HOURS = 0.25;
const MAX_HOURS = 24 * 90;

/** Stored hours as the user would say them: whole days when they are, else hours. */
export function promiseFromHours(hours: number | null): PromisedDraft {
  if (hours === null) return emptyPromise;
  if (hours >= 24 && hours % 24 === 0) return { amount: String(hours / 24), unit: 'days' };
  return { amount: String(hours), unit: 'hours' };
}

/**
 * Hours for the API, null when left empty. An out-of-range or unreadable amount is still returned (NaN
 * included), so the API refuses it with a message on the field instead of the value silently vanishing;
 * `promiseProblem` lets the form say so before anything is sent. Commas are accepted as decimal marks.
 */
export function hoursFromPromise(draft: PromisedDraft): number | null {
  const text = draft.amount.trim().replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  const hours = draft.unit === 'days' ? value * 24 : value;
  return Number.isFinite(hours) ? Math.round(hours * 100) / 100 : Number.NaN;
}

export function promiseProblem(draft: PromisedDraft): boolean {
  const hours = hoursFromPromise(draft);
  return hours !== null && !(hours >= MIN_HOURS && hours <= MAX_HOURS);
}
