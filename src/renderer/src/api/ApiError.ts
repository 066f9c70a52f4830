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
  /** A finer machine-readable cause (ApiErrorBody.reason) a feature may translate (a reminder time "in_the_past"). */
  readonly reason: string | undefined;
  /** Where in an uploaded file (ApiErrorBody.position): an import's broken JSON names its line and column. */
  readonly position: { line: number; column: number } | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    field?: string,
    networkFailure = false,
    reason?: string,
    position?: { line: number; column: number },
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.networkFailure = networkFailure;
    this.reason = reason;
    this.position = position;
  }
}

/** Every code the API can answer with; anything else (a proxy, a crash) reads as `internal`. */
const KNOWN_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Reads `{code, message, field?, reason?}` defensively: a proxy or a crash may answer anything. */
export function apiErrorFromBody(body: unknown, fallbackMessage: string): ApiError {
  if (typeof body === 'object' && body !== null) {
    const { code, message, field, reason, position } = body as Record<string, unknown>;
    const knownCode = KNOWN_CODES.find((c) => c === code) ?? 'internal';
    return new ApiError(
      knownCode,
      typeof message === 'string' ? message : fallbackMessage,
      typeof field === 'string' ? field : undefined,
      false,
      typeof reason === 'string' ? reason : undefined,
      positionOf(position),
    );
  }
  return new ApiError('internal', fallbackMessage);
}

/** `{line, column}` of positive whole numbers, else nothing. */
function positionOf(value: unknown): { line: number; column: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { line, column } = value as Record<string, unknown>;
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
  return whole(line) && whole(column) ? { line, column } : undefined;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
