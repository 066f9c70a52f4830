import type { MethodKind } from '@shared/api/contract';
import { ApiError, apiErrorFromBody } from './ApiError';
import type { DownloadedFile, Transport, UploadOptions } from './transport';
import { NETWORK_MESSAGE, xhrUpload } from './xhrUpload';

/** `attachment; filename="x.zip"; filename*=UTF-8''%E7%BB%B4.zip` → the UTF-8 name when present. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Malformed percent-encoding: fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Upload inputs travel in the query string: numbers and strings as text, absent fields left out. */
function queryString(input: unknown): string {
  const params = new URLSearchParams();
  if (typeof input === 'object' && input !== null) {
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined || value === null) continue;
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function errorFrom(response: Response): Promise<ApiError> {
  const fallback = `HTTP ${response.status} ${response.statusText}`.trim();
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    return apiErrorFromBody(error, fallback);
  } catch {
    return new ApiError(response.status === 401 ? 'unauthorized' : 'internal', fallback);
  }
}

export function createWebTransport(token: string | null, baseUrl = ''): Transport {
  const send = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, credentials: 'omit', cache: 'no-store' });
    } catch {
      throw new ApiError('internal', NETWORK_MESSAGE, undefined, true);
    }
    if (!response.ok) throw await errorFrom(response);
    return response;
  };

  return {
    name: 'web',
    async call(method: string, kind: MethodKind, input: unknown, body?: Blob, options?: UploadOptions) {
      const path = `${baseUrl}/api/${encodeURIComponent(method)}`;
      if (kind === 'upload') return xhrUpload(path + queryString(input), token, body ?? new Blob(), options);
      const response = await send(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      if (kind === 'download') {
        const contentType = response.headers.get('Content-Type') ?? 'application/octet-stream';
        const file: DownloadedFile = {
          fileName: fileNameFromDisposition(response.headers.get('Content-Disposition'), 'download'),
          contentType,
          blob: await response.blob(),
        };
        return file;
      }
      return response.json();
    },
  };
}
