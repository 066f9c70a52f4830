import { ERROR_STATUS, type ErrorCode } from '@shared/api/errors';

/**
 * A failed API call, whichever transport carried it. `code` is stable and is what the UI translates;
 * `message` is the server's English detail, shown second.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  /** True when the request never reached the server (it stopped, or the window lost it). */
  readonly networkFailure: boolean;

  constructor(code: ErrorCode, message: string, field?: string, networkFailure = false) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.networkFailure = networkFailure;
  }
}

/** Every code the API can answer with; anything else (a proxy, a crash) reads as `internal`. */
const KNOWN_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Reads `{code, message, field?}` defensively: a proxy or a crash may answer anything. */
export function apiErrorFromBody(body: unknown, fallbackMessage: string): ApiError {
  if (typeof body === 'object' && body !== null) {
    const { code, message, field } = body as Record<string, unknown>;
    const knownCode = KNOWN_CODES.find((c) => c === code) ?? 'internal';
    return new ApiError(
      knownCode,
      typeof message === 'string' ? message : fallbackMessage,
      typeof field === 'string' ? field : undefined,
    );
  }
  return new ApiError('internal', fallbackMessage);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
