/**
 * Countries offered first in the country field: where Casefile's users and the exchanges they deal with
 * mostly are. Any other two-letter code can still be typed. Names come from Intl.DisplayNames in the UI
 * language, so the list needs no translation of its own.
 */
export const COMMON_COUNTRIES = [
  'CN', 'HK', 'TW', 'MO', 'SG', 'MY', 'JP', 'KR', 'TH', 'VN', 'PH', 'ID', 'IN', 'AE',
  'US', 'CA', 'GB', 'IE', 'DE', 'FR', 'NL', 'CH', 'ES', 'IT', 'AU', 'NZ',
] as const;

const TWO_LETTERS = /^[A-Z]{2}$/;

/** What the user typed, as the code the API expects ("hk " → "HK"), or null when it is not two letters. */
export function normalizeCountryCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return TWO_LETTERS.test(code) ? code : null;
}

/** "HK" → "中国香港特别行政区" / "Hong Kong SAR China"; null for a code the browser does not know. */
export function countryName(code: string, language: string): string | null {
  try {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
