/**
 * The fiat value of a dispute as the user types it: "1,250.50" and "USD". Checked here so the message
 * names the field and the fix in the user's language before anything is sent; tickets.update checks again.
 */

/** Common ISO 4217 codes offered as suggestions; any other three-letter code may be typed. */
export const COMMON_CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'SGD', 'JPY', 'KRW', 'AUD', 'CAD', 'MYR', 'THB'] as const;

export type FiatProblem = 'amountFormat' | 'currencyFormat' | 'amountMissing' | 'currencyMissing';

export type FiatValue = { amount: string; currency: string } | null;

const DECIMAL = /^\d+(\.\d+)?$/;
/** Thousands separated by commas, as people copy amounts from statements: "12,500.00". */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** A plain decimal string ("12500.00"), or null when the text is not a non-negative amount. */
export function parseFiatAmount(text: string): string | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (DECIMAL.test(trimmed)) return trimmed;
  if (GROUPED.test(trimmed)) return trimmed.replace(/,/g, '');
  return null;
}

/** Both fields, or neither (clearing the value); one without the other is a mistake worth saying. */
export function parseFiatValue(amountText: string, currencyText: string): { value: FiatValue } | { problem: FiatProblem } {
  const amountGiven = amountText.trim() !== '';
  const currencyGiven = currencyText.trim() !== '';
  if (!amountGiven && !currencyGiven) return { value: null };
  if (!amountGiven) return { problem: 'amountMissing' };
  if (!currencyGiven) return { problem: 'currencyMissing' };
  const amount = parseFiatAmount(amountText);
  if (amount === null) return { problem: 'amountFormat' };
  const currency = currencyText.trim().toUpperCase();
  if (!CURRENCY.test(currency)) return { problem: 'currencyFormat' };
  return { value: { amount, currency } };
}

/** "12500.5", "HKD" → "HK$12,500.50" / "HK$12,500.50" in the UI language, exactly (no float on the way). */
export function formatFiat(amount: string, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 20 }).format(amount as `${number}`);
  } catch {
    return `${amount} ${currency}`;
  }
}
