import { ApiError, apiErrorFromBody } from './ApiError';
import { abortError, type UploadOptions } from './transport';

export const NETWORK_MESSAGE = 'Could not reach the Casefile server. Is it still running?';

/**
 * POSTs a file with XMLHttpRequest, the one browser API that reports upload progress (fetch cannot yet
 * without streaming request bodies, which need HTTP/2). Resolves with the parsed JSON answer.
 */
export function xhrUpload(url: string, token: string | null, body: Blob, options: UploadOptions = {}): Promise<unknown> {
  const { onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const done = () => signal?.removeEventListener('abort', onAbortSignal);

    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : body.size);
    xhr.onload = () => {
      done();
      let parsed: unknown = undefined;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        // Not JSON: a proxy or a crash answered; handled below.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(body.size, body.size);
        resolve(parsed);
        return;
      }
      const fallback = `HTTP ${xhr.status} ${xhr.statusText}`.trim();
      const error = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: unknown }).error : undefined;
      reject(error !== undefined ? apiErrorFromBody(error, fallback) : new ApiError(xhr.status === 401 ? 'unauthorized' : 'internal', fallback));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError('internal', NETWORK_MESSAGE, undefined, true));
    };
    xhr.onabort = () => {
      done();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbortSignal, { once: true });
    xhr.send(body);
  });
}
