/**
 * Errors every shell reports the same way: a stable code the UI translates, and an English message for
 * logs and API users. Never a stack trace.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  storage_full: 507,
  /** The method exists but not in this shell (screen capture in a browser tab). */
  unsupported: 501,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** For invalid_input: which field, as a dotted path ("transactions.0.amount"). */
  field?: string;
  /** A finer machine-readable cause the UI can translate (an importer's "not_text", "bad_json"...). */
  reason?: string;
  /** Where in the uploaded file the problem is, when known (an importer's bad_json). */
  position?: { line: number; column: number };
}

/** What an IPC call answers: the preload hands this to the renderer as it is. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
