/**
 * The `casefile-evidence:` scheme: how the desktop page shows evidence without copying it through IPC.
 *
 *   casefile-evidence://item/<id>    the stored file (Range requests answered, for video)
 *   casefile-evidence://thumb/<id>   its cached thumbnail
 *
 * The URL carries only an id. The file is found through the router (id → database row → vault path), so
 * a URL can never name a path; the path the core opened is still checked to lie inside the vault (after
 * resolving symlinks) before a byte is served. Every answer carries `nosniff` and a CSP that runs nothing;
 * only the inline allow-list keeps its type, everything else (SVG, HTML, executables…) is an
 * `application/octet-stream` attachment. Pure apart from reading the file: Electron hands requests in
 * from index.ts.
 */
import type { FileHandle } from 'node:fs/promises';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { Readable } from 'node:stream';
import { ERROR_STATUS, type ErrorCode } from '../../shared/api/errors';
import type { DownloadResult, Router } from '../core/api/router';
import { INLINE_SAFE_TYPES } from '../core/evidence/detectType';
import { EVIDENCE_SCHEME } from './evidenceScheme';

export { EVIDENCE_SCHEME, EVIDENCE_SCHEME_PRIVILEGES } from './evidenceScheme';

/** Served with every answer: even a file that reached a frame by mistake cannot run or load anything. */
export const EVIDENCE_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'";

export interface EvidenceRequest {
  url: string;
  method: string;
  headers: Pick<Headers, 'get'>;
}

export interface EvidenceProtocolOptions {
  /** The vault folder (ctx.vault.root): item bytes are served only from inside it. */
  vaultRoot: string;
  /** The data folder: thumbnails (a cache the core keeps) are served only from inside it. */
  dataDir: string;
  log?: (message: string) => void;
}

export type EvidenceUrl = { kind: 'item' | 'thumb'; id: number };

/**
 * The id a URL names, or null for anything that is not exactly `casefile-evidence://item|thumb/<id>`.
 * Dot segments, encoded dots or slashes and backslashes are refused before parsing, so a URL the parser
 * would normalise ("item/x/../5") is refused too rather than quietly meaning something else.
 */
export function parseEvidenceUrl(raw: string): EvidenceUrl | null {
  if (raw.length > 200 || /\.\.|%2e|%2f|%5c|\\/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${EVIDENCE_SCHEME}:` || url.username || url.password || url.port) return null;
  const kind = url.hostname.toLowerCase();
  if (kind !== 'item' && kind !== 'thumb') return null;
  const match = /^\/([1-9][0-9]{0,15})\/?$/.exec(url.pathname);
  if (!match) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? { kind, id } : null;
}

/** `child` names something strictly inside `parent` (both already resolved). */
export function isPathInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range of a file of `size` bytes: the range, 'unsatisfiable' (416), or null when the
 * header is absent or not something we answer (several ranges, other units): then the whole file (200).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d{0,16})-(\d{0,16})$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    if (match[2] !== '' && Number(match[2]) < start) return null; // "bytes=9-3" is malformed: ignore it
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || size === 0) return 'unsatisfiable';
  return { start, end };
}

/** The type to send: the detected one only when it is on the inline allow-list, else a download. */
export function servedType(file: Pick<DownloadResult, 'contentType' | 'inline'>): { type: string; inline: boolean } {
  const base = file.contentType.split(';')[0]!.trim().toLowerCase();
  if (file.inline !== false && INLINE_SAFE_TYPES.has(base)) {
    return { type: base === 'text/plain' ? 'text/plain; charset=utf-8' : base, inline: true };
  }
  return { type: 'application/octet-stream', inline: false };
}

/** RFC 6266 with an ASCII fallback: the real name (Chinese included) in filename*, never a quote or path. */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\/;%]/g, '_') || 'evidence';
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': EVIDENCE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

function plain(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** The answer to one request on the scheme. Never throws: anything unexpected is a 500 without details. */
export async function evidenceProtocolResponse(
  request: EvidenceRequest,
  router: Router,
  options: EvidenceProtocolOptions,
): Promise<Response> {
  const log = options.log ?? console.error;
  if (request.method !== 'GET') return plain(405, 'Method not allowed', { Allow: 'GET' });
  const target = parseEvidenceUrl(request.url);
  if (!target) return plain(404, 'Not found');

  const method = target.kind === 'item' ? 'evidence.content' : 'evidence.thumbnail';
  const result = await router.call(method, { id: target.id });
  if (!result.ok) {
    const code: ErrorCode = result.error.code;
    return plain(ERROR_STATUS[code] ?? 500, result.error.message);
  }
  const file = result.value as DownloadResult;
  try {
    return await respondWithFile(file, target.kind === 'item' ? options.vaultRoot : options.dataDir, request);
  } catch (error) {
    file.stream.destroy();
    log(`[casefile] ${request.url.slice(0, 100)}: ${error instanceof Error ? error.message : String(error)}`);
    return plain(500, 'Casefile could not read this file.');
  }
}

async function respondWithFile(file: DownloadResult, root: string, request: EvidenceRequest): Promise<Response> {
  const { type, inline } = servedType(file);
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
  };

  const path = streamPath(file.stream);
  if (path === null) {
    // Not a file stream (a thumbnail made in memory): serve it whole, as the core produced it.
    if (file.size !== undefined) headers['Content-Length'] = String(file.size);
    return new Response(toWeb(file.stream), { status: 200, headers });
  }

  // The core opened a file: re-open it ourselves only after proving it lies inside `root`.
  file.stream.on('error', () => undefined);
  file.stream.destroy();
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return plain(404, 'The file of this item is missing from the vault.');
  }
  if (!isPathInside(real, await realpath(root))) return plain(404, 'Not found');

  const handle = await open(real, 'r');
  let size: number;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  headers['Accept-Ranges'] = 'bytes';
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') {
    await handle.close();
    return plain(416, 'Range not satisfiable', { 'Content-Range': `bytes */${size}` });
  }
  if (range) {
    headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
    headers['Content-Length'] = String(range.end - range.start + 1);
    return new Response(toWeb(stream(handle, range)), { status: 206, headers });
  }
  headers['Content-Length'] = String(size);
  return new Response(toWeb(stream(handle, size > 0 ? { start: 0, end: size - 1 } : undefined)), {
    status: 200,
    headers,
  });
}

function stream(handle: FileHandle, range: ByteRange | undefined): Readable {
  return handle.createReadStream(range ? { start: range.start, end: range.end, autoClose: true } : { autoClose: true });
}

function streamPath(stream: Readable): string | null {
  const path = (stream as Readable & { path?: unknown }).path;
  return typeof path === 'string' ? path : null;
}

function toWeb(stream: Readable): ReadableStream {
  return Readable.toWeb(stream) as unknown as ReadableStream;
}
