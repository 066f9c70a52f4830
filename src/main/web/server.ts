/**
 * Web mode: the same API router over HTTP on 127.0.0.1, plus the built renderer.
 *
 *   POST /api/<method>   JSON body in, JSON out (upload methods: input in the query, raw bytes as body;
 *                        download methods: JSON in, file bytes out). Needs `Authorization: Bearer TOKEN`.
 *   GET  /anything-else  the renderer's files (no data in them, so no token; the page reads the token
 *                        from its own URL).
 * Every request must name 127.0.0.1 or localhost in its Host header (DNS rebinding). No CORS headers are
 * ever sent, so other origins cannot read answers. Errors are JSON, never a stack trace.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LIMITS } from '../../shared/limits';
import type { DownloadResult, Router } from '../core/api/router';
import { toErrorBody } from '../core/api/router';
import { CasefileError } from '../core/errors';
import { hasToken, isLocalHost } from './requestGuards';
import { sendError, sendErrorCode, sendJson } from './httpErrors';
import { serveStatic } from './staticFiles';

export interface WebServerOptions {
  router: Router;
  token: string;
  rendererDir: string;
  log?: (message: string) => void;
}

export function createWebServer(options: WebServerOptions): Server {
  const log = options.log ?? console.error;
  return createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    handle(req, res, options).catch((error: unknown) => {
      sendError(res, toErrorBody(error, `${req.method} ${req.url}`, log));
    });
  });
}

/** Listens on 127.0.0.1 only; port 0 picks any free port. Resolves with the URL to open. */
export async function listen(server: Server, port: number, token: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return `http://127.0.0.1:${actual}/?token=${encodeURIComponent(token)}`;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebServerOptions): Promise<void> {
  if (!isLocalHost(req.headers.host)) {
    sendErrorCode(res, 'forbidden', 'Casefile answers only requests addressed to 127.0.0.1 or localhost');
    return;
  }
  const url = requestUrl(req.url);
  if (!url) {
    sendErrorCode(res, 'invalid_input', 'Malformed request path');
    return;
  }
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendErrorCode(res, 'method_not_allowed', 'Only GET is allowed here');
      return;
    }
    await serveStatic(options.rendererDir, url.pathname, res);
    return;
  }
  if (!hasToken(req, options.token)) {
    sendErrorCode(res, 'unauthorized', 'Missing or wrong token: open the URL Casefile printed when it started');
    return;
  }
  if (req.method !== 'POST') {
    sendErrorCode(res, 'method_not_allowed', 'API methods are called with POST');
    return;
  }
  const method = decodePathPart(url.pathname.slice('/api/'.length));
  const { router } = options;
  if (method === null || !router.has(method)) {
    sendErrorCode(res, 'not_found', `Unknown method: ${(method ?? url.pathname).slice(0, 100)}`);
    return;
  }

  const kind = router.kindOf(method);
  const result =
    kind === 'upload'
      ? await router.call(method, Object.fromEntries(url.searchParams), { body: requestBody(req) })
      : await callWithJsonBody(req, res, router, method);
  if (!result) return;
  if (!result.ok) {
    // An upload refused before its body was read: drain it so the client sees the answer, not a reset.
    if (kind === 'upload') req.resume();
    sendError(res, result.error);
    return;
  }
  if (kind === 'download') sendDownload(res, result.value as DownloadResult);
  else sendJson(res, 200, result.value);
}

/** The request's URL; "//x" is a path on this server, not another host. Null when it cannot be parsed. */
function requestUrl(raw = '/'): URL | null {
  try {
    return new URL(raw.startsWith('/') ? `http://127.0.0.1${raw}` : raw, 'http://127.0.0.1');
  } catch {
    return null;
  }
}

function decodePathPart(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The upload's bytes; a sender that goes away mid-file is the user's problem to hear about, not a crash. */
async function* requestBody(req: IncomingMessage): AsyncIterable<Uint8Array> {
  try {
    yield* req as AsyncIterable<Buffer>;
  } catch {
    throw new CasefileError('invalid_input', 'The upload stopped before the whole file arrived; nothing was stored.');
  }
  if (!req.complete) {
    throw new CasefileError('invalid_input', 'The upload stopped before the whole file arrived; nothing was stored.');
  }
}

async function callWithJsonBody(req: IncomingMessage, res: ServerResponse, router: Router, method: string) {
  const body = await readBody(req, LIMITS.jsonBodyBytes);
  if (body === 'too_large') {
    sendErrorCode(res, 'too_large', `The request body is larger than ${LIMITS.jsonBodyBytes} bytes`);
    return null;
  }
  let input: unknown = undefined;
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      sendErrorCode(res, 'invalid_input', 'The request body is not valid JSON');
      return null;
    }
  }
  return router.call(method, input);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return 'too_large';
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sendDownload(res: ServerResponse, file: DownloadResult): void {
  const asciiName = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': 'no-store',
    ...(file.size !== undefined ? { 'Content-Length': file.size } : {}),
  });
  file.stream.on('error', () => res.destroy());
  file.stream.pipe(res);
}
