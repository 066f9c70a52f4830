import { IMPORT_ERROR_CODES, type ImportErrorCode } from '@shared/importErrors';
import { isApiError } from '@renderer/api/ApiError';

/** Each of the importer's refusals has its translation (importer.failures.*), and so has "could not be read". */
export type ImportFailureKind = ImportErrorCode | 'unreadable';

const isImportErrorCode = (reason: string | undefined): reason is ImportErrorCode =>
  (IMPORT_ERROR_CODES as readonly (string | undefined)[]).includes(reason);

/**
 * Which of the importer's refusals this is, from the error's `reason` (the server sends the importer's
 * code there). A refusal of the body without a known reason (an upload cut short) is "could not be read";
 * an input field the server refused (the CSV columns, a time zone) is not an import refusal: null, so the
 * general error message shows it with its field.
 */
export function importFailureKind(error: unknown): ImportFailureKind | null {
  if (!isApiError(error) || error.networkFailure) return null;
  if (isImportErrorCode(error.reason)) return error.reason;
  if (error.code === 'too_large') return 'too_large';
  if (error.code !== 'invalid_input' || error.field !== undefined) return null;
  return 'unreadable';
}
