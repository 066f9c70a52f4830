/**
 * Building blocks for the contract's input schemas. Every text field has a documented maximum
 * (src/shared/limits.ts) so no caller can make the store hold unbounded text.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * Numbers of upload methods: the query string brings digits as text, IPC brings numbers. Exactly those
 * two forms parse (no coercion of true, [5] or "1e3").
 */
const digitsOrNumber = z.union([z.number(), z.string().regex(/^\d{1,16}$/, { message: 'Expected a whole number' }).transform(Number)]);
export const idFromQuery = digitsOrNumber.pipe(id);
export const wholeNumberFromQuery = digitsOrNumber.pipe(z.number().int().min(0).max(8.64e15));

const text = (max: number) => z.string().max(max, { message: `Too long: at most ${max} characters` });

/** A required single-line text: trimmed, not empty. */
export const requiredShort = text(LIMITS.shortText).trim().min(1, { message: 'Required' });
export const optionalShort = text(LIMITS.shortText).trim().optional();
export const optionalAddress = text(LIMITS.address).trim().optional();
export const optionalLong = text(LIMITS.longText).optional();
export const entryText = text(LIMITS.entryText).refine((s) => s.trim().length > 0, { message: 'Required' });

/** An instant with an explicit offset ("2024-03-01T10:15:00+08:00" or "…Z"). */
export const instant = z.iso.datetime({ offset: true });

/** An IANA time zone the runtime knows ("Asia/Shanghai", "UTC"). */
export const timeZone = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Unknown time zone' },
  );

/** A non-negative decimal amount as text: money is never a float. */
export const decimalAmount = z
  .string()
  .trim()
  .max(40)
  .regex(/^\d+(\.\d+)?$/, { message: 'Must be a decimal number like 1250.5' });

/** A domain name as users find it in a footer or user agreement ("binance.com"). */
export const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9\p{L}](?:[a-z0-9\p{L}-]{0,61}[a-z0-9\p{L}])?\.)+[a-z\p{L}]{2,63}$/u, {
    message: 'Not a domain name',
  });

export const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(LIMITS.listItems, { message: `At most ${LIMITS.listItems} items` });
