import type { MethodKind } from '@shared/api/contract';

/** A file that came back from a download method. */
export interface DownloadedFile {
  fileName: string;
  contentType: string;
  blob: Blob;
}

/** What an upload can ask of the transport beyond its input and bytes. */
export interface UploadOptions {
  /** Bytes sent so far and in all; the web transport reports as the bytes leave, the desktop at the end. */
  onProgress?: (sent: number, total: number) => void;
  /** Aborting stops the upload; the call rejects with an AbortError (see isAbortError). */
  signal?: AbortSignal;
}

/**
 * How a call reaches the API router: the desktop preload bridge or HTTP in web mode. Both answer the
 * same way and throw ApiError on failure, so nothing above this layer knows which shell it runs in.
 */
export interface Transport {
  readonly name: 'desktop' | 'web';
  call(method: string, kind: MethodKind, input: unknown, body?: Blob, options?: UploadOptions): Promise<unknown>;
}

/** The rejection of a call the user cancelled. */
export function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
