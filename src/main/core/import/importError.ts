/**
 * The one error the import parsers throw on purpose: the whole file cannot be read as a transcript.
 * Problems with single lines are warnings in the ParseResult instead. The API layer maps these codes to
 * its own (all of them are the caller's input: invalid_input, except too_large) and sends the code itself
 * as the error's `reason`; the list lives in src/shared so the UI translates the same codes.
 */
import { IMPORT_ERROR_CODES, type ImportErrorCode } from '../../../shared/importErrors';

export { IMPORT_ERROR_CODES, type ImportErrorCode };

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** Where in the file, when known (bad_json). */
    readonly position?: { line: number; column: number },
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Largest transcript accepted, in bytes. The parsers hold the whole text in memory (V8 strings top out near 512 M characters). */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
