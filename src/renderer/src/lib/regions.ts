/** Two-letter country and region codes in the page: the suggestions, normalising what was typed, names. */
import { regionName } from '@shared/regionName';

export { regionName };

/**
 * Two-letter codes offered in the jurisdiction and country pickers: the places the venue directory
 * covers first, then where exchanges are commonly registered and where their users live. Any other
 * ISO 3166-1 alpha-2 code can still be typed.
 */
export const COMMON_REGIONS = [
  'CN', 'HK', 'TW', 'SG', 'US', 'GB', 'EU', 'AU',
  'AE', 'BS', 'BM', 'BR', 'CA', 'CH', 'CY', 'DE', 'EE', 'ES', 'FR', 'GI', 'ID', 'IE', 'IN', 'IT', 'JP', 'KR',
  'KY', 'LT', 'LU', 'MO', 'MT', 'MY', 'NL', 'NZ', 'PA', 'PH', 'PL', 'SC', 'SV', 'TH', 'TR', 'VG', 'VN',
] as const;

const TWO_LETTERS = /^[A-Z]{2}$/;

/** "gb " → "GB"; null when it is not two letters (the contract refuses anything else). */
export function normalizeRegion(value: string): string | null {
  const code = value.trim().toUpperCase();
  return TWO_LETTERS.test(code) ? code : null;
}

/** "United Kingdom (GB)", or just the code when the browser has no name for it. */
export function regionLabel(code: string, language: string): string {
  const name = regionName(code, language);
  return name ? `${name} (${code})` : code;
}
