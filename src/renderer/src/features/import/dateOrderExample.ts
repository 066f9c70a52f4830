import type { ImportPreviewMessage } from '@shared/domain';

const NUMERIC_DATE = /(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})/;

/**
 * The first date written in the transcript ("01/02/24") read both ways, for the day/month question:
 * { written: "01/02/24", dmy: "1 February 2024", mdy: "January 2, 2024" } in the user's language.
 */
export function dateOrderExample(
  messages: readonly ImportPreviewMessage[],
  language: string,
): { written: string; dmy: string | null; mdy: string | null } | null {
  for (const message of messages) {
    const match = NUMERIC_DATE.exec(message.localTime ?? '');
    if (!match) continue;
    const [written, a, b, y] = match as unknown as [string, string, string, string];
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    const format = (day: number, month: number) => {
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCDate() !== day) return null;
      return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    };
    return { written, dmy: format(Number(a), Number(b)), mdy: format(Number(b), Number(a)) };
  }
  return null;
}
