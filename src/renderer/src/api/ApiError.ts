import type { ErrorCode } from '@shared/api/errors';

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

const KNOWN_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'too_large',
  'storage_full',
  'internal',
];

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
