/**
 * Why a transcript could not be imported at all: the importer's own codes (ImportError.code in the core),
 * sent as ApiErrorBody.reason of import.transcript's error and translated by the UI. One list for both.
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'too_large',
  'not_text',
  'bad_json',
  'not_telegram',
  'telegram_many_chats',
  'bad_email',
  /** A ZIP upload that is damaged, or built to harm (unsafe names, overlapping entries, lying sizes). */
  'bad_zip',
  'unknown_format',
  'bad_option',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
