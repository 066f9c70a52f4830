/**
 * `api`: one typed async function per contract method, named like the method
 * (`api['tickets.create']({...})`). Types come from the contract (type-only import, so zod is not
 * bundled); the method list and kinds from METHOD_KINDS.
 */
import type { InputOf, KindOf, MethodName, OutputOf } from '@shared/api/contract';
import { METHOD_KINDS } from '@shared/api/methods';
import { createDesktopTransport } from './desktopTransport';
import type { DownloadedFile, Transport, UploadOptions } from './transport';
import { takeTokenFromLocation } from './webToken';
import { createWebTransport } from './webTransport';

/** Methods whose input may be left out (`app.info`, `platforms.list`…) can be called without one. */
type Call<K extends MethodName, Extra extends unknown[], R> = undefined extends InputOf<K>
  ? (input?: InputOf<K>, ...extra: Extra) => Promise<R>
  : (input: InputOf<K>, ...extra: Extra) => Promise<R>;

export type ClientMethod<K extends MethodName> =
  KindOf<K> extends 'upload'
    ? Call<K, [body: Blob, options?: UploadOptions], OutputOf<K>>
    : KindOf<K> extends 'download'
      ? Call<K, [], DownloadedFile>
      : Call<K, [], OutputOf<K>>;

export type ApiClient = { [K in MethodName]: ClientMethod<K> };

export function createApiClient(transport: Transport): ApiClient {
  const entries = (Object.keys(METHOD_KINDS) as MethodName[]).map((name) => {
    const kind = METHOD_KINDS[name];
    const method = (input?: unknown, body?: Blob, options?: UploadOptions) =>
      transport.call(name, kind, input, body, options);
    return [name, method] as const;
  });
  // One cast: each function forwards to the transport, whose answer the contract types describe.
  return Object.fromEntries(entries) as unknown as ApiClient;
}

/** The desktop shell exposes the bridge; a plain browser tab talks HTTP to the web-mode server. */
function pickTransport(): Transport {
  if (window.casefile) return createDesktopTransport(window.casefile);
  return createWebTransport(takeTokenFromLocation());
}

export const api = createApiClient(pickTransport());
