/** Number and text formatting shared by the screens. Money stays a decimal string end to end. */

const PLAIN_DECIMAL = /^\d+(\.\d{1,20})?$/;

/** "1250.5" → "1,250.5" with the locale's grouping, exactly (Intl formats decimal strings without floats). */
export function formatAmount(amount: string, language: string): string {
  if (!PLAIN_DECIMAL.test(amount)) return amount;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(amount as `${number}`);
}

export function formatMoney(amount: string, asset: string, language: string): string {
  return `${formatAmount(amount, language)} ${asset}`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** "ab12cd34…9f0e" keeps a hash recognisable without taking a line. */
export function shortenHash(hash: string, head = 8, tail = 4): string {
  return hash.length <= head + tail + 1 ? hash : `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

/** Lists typed into one field: "a.com, b.com" or one per line; Chinese commas too. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
