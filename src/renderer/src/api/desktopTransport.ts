import type { MethodKind } from '@shared/api/contract';
import type { CasefileBridge, DownloadPayload } from '@shared/api/bridge';
import type { ApiResult } from '@shared/api/errors';
import { ApiError, apiErrorFromBody } from './ApiError';
import { abortError, type DownloadedFile, type Transport, type UploadOptions } from './transport';

/**
 * The bridge called by name: the per-method types live in `api` (client.ts), so here every method is
 * one shape. The preload guarantees the object has exactly the contract's methods.
 */
type BridgeByName = Record<string, (input: unknown, bytes?: Uint8Array) => Promise<ApiResult<unknown>>>;

export function createDesktopTransport(bridge: CasefileBridge): Transport {
  const byName = bridge as unknown as BridgeByName;

  const unwrap = async <T>(pending: Promise<ApiResult<T>>): Promise<T> => {
    let result: ApiResult<T>;
    try {
      result = await pending;
    } catch (cause) {
      // The bridge itself failed (main process gone): report it like a network failure.
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new ApiError('internal', `The Casefile core did not answer: ${detail}`, undefined, true);
    }
    if (result.ok) return result.value;
    throw apiErrorFromBody(result.error, 'Unknown error');
  };

  return {
    name: 'desktop',
    async call(method: string, kind: MethodKind, input: unknown, body?: Blob, options?: UploadOptions) {
      const fn = byName[method];
      if (!fn) throw new ApiError('not_found', `Unknown method ${method}`);
      if (kind === 'upload') {
        // One IPC message carries the bytes: it can be cancelled only before it leaves, and its progress
        // is all or nothing. (Large files take the native picker, which reads them by path instead.)
        if (options?.signal?.aborted) throw abortError();
        const blob = body ?? new Blob();
        const bytes = new Uint8Array(await blob.arrayBuffer());
        if (options?.signal?.aborted) throw abortError();
        const value = await unwrap(fn(input, bytes));
        options?.onProgress?.(blob.size, blob.size);
        return value;
      }
      if (kind === 'download') {
        const payload = (await unwrap(fn(input))) as DownloadPayload;
        const file: DownloadedFile = {
          fileName: payload.fileName,
          contentType: payload.contentType,
          blob: new Blob([payload.bytes as Uint8Array<ArrayBuffer>], { type: payload.contentType }),
        };
        return file;
      }
      return unwrap(fn(input));
    },
  };
}
