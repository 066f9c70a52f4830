import { isApiError } from '@renderer/api/ApiError';

export const IMPORT_FAILURES = ['not_text', 'bad_json', 'too_large', 'empty', 'not_telegram', 'bad_email', 'unreadable'] as const;
export type ImportFailureKind = (typeof IMPORT_FAILURES)[number];

/**
 * Which of the importer's refusals this is. The API carries only the general code (invalid_input,
 * too_large) and an English message, so the message's wording is read until the error carries the
 * importer's own code; anything unrecognised stays "could not be read". Null: not an import refusal.
 */
export function importFailureKind(error: unknown): ImportFailureKind | null {
  if (!isApiError(error) || error.networkFailure) return null;
  if (error.code === 'too_large') return 'too_large';
  if (error.code !== 'invalid_input') return null;
  const message = error.message;
  if (/NUL bytes|not a text transcript|not a chat transcript/i.test(message)) return 'not_text';
  if (/not valid JSON/i.test(message)) return 'bad_json';
  if (/not a Telegram chat export/i.test(message)) return 'not_telegram';
  if (/as an e-mail|e-mail headers/i.test(message)) return 'bad_email';
  if (/is empty|has no text|No e-mail files/i.test(message)) return 'empty';
  return 'unreadable';
}
