/**
 * The one error type the core throws on purpose. Shells turn it into their wire format
 * (src/shared/api/errors.ts); anything else is an internal error and is reported without details.
 */
import type { ErrorCode } from '../../shared/api/errors';

export class CasefileError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** A finer cause for the UI to translate (travels as ApiErrorBody.reason). */
    readonly reason?: string,
    /** Where in an uploaded file (travels as ApiErrorBody.position). */
    readonly position?: { line: number; column: number },
  ) {
    super(message);
    this.name = 'CasefileError';
  }
}

export const notFound = (what: string, id: number | string): CasefileError =>
  new CasefileError('not_found', `${what} ${id} does not exist`);

/** A database written by a newer Casefile: refuse rather than guess at its schema. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This Casefile data was written by a newer version of Casefile (schema ${found}; this version knows up to ${supported}). ` +
        'Update Casefile to open it; nothing was changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Disk full or quota exceeded, from SQLite or the file system. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}
