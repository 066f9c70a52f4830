/**
 * The one API router: method name → zod schema → handler. Both shells (Electron IPC and the web-mode
 * HTTP server) call `router.call`, so validation, error mapping and logging happen once, here.
 */
import type { Readable } from 'node:stream';
import { type z } from 'zod';
import {
  contract,
  type KindOf,
  type MethodName,
  type OutputOf,
  type ParsedInputOf,
} from '../../../shared/api/contract';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { CasefileError, isDiskFull } from '../errors';

/** A download handler's result: the file's name and type, and its bytes as a stream. */
export interface DownloadResult {
  fileName: string;
  contentType: string;
  stream: Readable;
  size?: number;
  /** Whether a viewer may show it inline (the safe allow-list); otherwise it is an attachment. */
  inline?: boolean;
}

export interface CallOptions {
  /** The byte body of an upload method. */
  body?: AsyncIterable<Uint8Array>;
}

type HandlerResult<K extends MethodName> = KindOf<K> extends 'download' ? DownloadResult : OutputOf<K>;

export type Handlers = {
  [K in MethodName]: (
    input: ParsedInputOf<K>,
    options: CallOptions,
  ) => HandlerResult<K> | Promise<HandlerResult<K>>;
};

export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };

export interface Router {
  has(method: string): method is MethodName;
  kindOf(method: MethodName): KindOf<MethodName>;
  call(method: string, input: unknown, options?: CallOptions): Promise<CallResult>;
}

export function createRouter(handlers: Handlers, log: (message: string) => void = console.error): Router {
  const has = (method: string): method is MethodName => Object.hasOwn(contract, method);
  return {
    has,
    kindOf: (method) => contract[method].kind,
    async call(method, input, options = {}) {
      if (!has(method)) return failure('not_found', `Unknown method: ${String(method).slice(0, 100)}`);
      const def = contract[method];
      const parsed = def.input.safeParse(input);
      if (!parsed.success) return invalid(parsed.error);
      if (def.kind === 'upload' && !options.body) return failure('invalid_input', 'This method needs a file body');
      try {
        const handler = handlers[method] as (input: unknown, options: CallOptions) => unknown;
        return { ok: true, value: await handler(parsed.data, options) };
      } catch (error) {
        return { ok: false, error: toErrorBody(error, method, log) };
      }
    },
  };
}

function failure(code: ApiErrorBody['code'], message: string): CallResult {
  return { ok: false, error: { code, message } };
}

function invalid(error: z.ZodError): CallResult {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return { ok: false, error: { code: 'invalid_input', message, ...(field ? { field } : {}) } };
}

/** Expected errors keep their message; anything else is logged here and reported without details. */
export function toErrorBody(error: unknown, method: string, log: (message: string) => void): ApiErrorBody {
  if (error instanceof CasefileError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.position ? { position: error.position } : {}),
    };
  }
  if (isDiskFull(error)) {
    return { code: 'storage_full', message: 'The disk is full: nothing was saved. Free some space and try again.' };
  }
  log(`[casefile] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { code: 'internal', message: 'Something went wrong inside Casefile; nothing was changed. Please try again.' };
}
