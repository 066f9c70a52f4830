import type { MethodKind } from '@shared/api/contract';

/** A file that came back from a download method. */
export interface DownloadedFile {
  fileName: string;
  contentType: string;
  blob: Blob;
}

/**
 * How a call reaches the API router: the desktop preload bridge or HTTP in web mode. Both answer the
 * same way and throw ApiError on failure, so nothing above this layer knows which shell it runs in.
 */
export interface Transport {
  readonly name: 'desktop' | 'web';
  call(method: string, kind: MethodKind, input: unknown, body?: Blob): Promise<unknown>;
}
