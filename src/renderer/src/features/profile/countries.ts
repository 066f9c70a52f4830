/**
 * Countries offered first in the country field: where Casefile's users and the exchanges they deal with
 * mostly are. Any other two-letter code can still be typed. Names come from Intl.DisplayNames in the UI
 * language, so the list needs no translation of its own.
 */
export const COMMON_COUNTRIES = [
  'CN', 'HK', 'TW', 'MO', 'SG', 'MY', 'JP', 'KR', 'TH', 'VN', 'PH', 'ID', 'IN', 'AE',
  'US', 'CA', 'GB', 'IE', 'DE', 'FR', 'NL', 'CH', 'ES', 'IT', 'AU', 'NZ',
] as const;
