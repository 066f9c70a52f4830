import fs from 'node:fs';
import http, { type IncomingHttpHeaders, type Server } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer, listen } from '../../src/main/web/server';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp';
import { LIMITS } from '../../src/shared/limits';
import { SCHEMA_VERSION } from '../../src/main/core/db/migrations';
import { cleanup, FIXTURE_PNG, makeTempDir, openTestCore, sha256, type TestCore } from './helpers';

const TOKEN = 'test-token-0123456789abcdef';
const INDEX_HTML = '<!doctype html><html><head><title>Casefile</title></head><body><div id="root"></div></body></html>\n';
const SECRET = 'root:x:0:0:this must never be served\n';
const PNG = fs.readFileSync(FIXTURE_PNG);

interface Running {
  base: string;
  port: number;
  t: TestCore;
  serverLogs: string[];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  cleanup();
});

async function start(options: { evidenceMaxBytes?: number } = {}): Promise<Running> {
  const root = makeTempDir('casefile-web-');
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");\n');
  // A file beside the renderer folder that traversal attempts aim at.
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  const t = openTestCore({ dataDir: path.join(root, 'data'), ...options });
  const serverLogs: string[] = [];
  const server = createWebServer({ router: t.router, token: TOKEN, rendererDir, log: (m) => serverLogs.push(m) });
  servers.push(server);
  const url = await listen(server, 0, TOKEN);
  const { port } = new URL(url);
  expect(url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  return { base: `http://127.0.0.1:${port}`, port: Number(port), t, serverLogs };
}

const auth = { Authorization: `Bearer ${TOKEN}` };

function expectNoCors(headers: Headers | IncomingHttpHeaders): void {
  const names = headers instanceof Headers ? [...headers.keys()] : Object.keys(headers);
  expect(names.filter((n) => n.toLowerCase().startsWith('access-control-'))).toEqual([]);
}

async function post(r: Running, method: string, body?: unknown, headers: Record<string, string> = auth): Promise<Response> {
  const response = await fetch(`${r.base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  expectNoCors(response.headers);
  return response;
}

/** An error answer in the documented shape, without any trace of the server's insides. */
async function expectError(response: Response, status: number, code: string): Promise<{ code: string; message: string; field?: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const text = await response.text();
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
  expect(text).not.toMatch(/\.ts\b|\/work\/|node_modules|node:internal/);
  const body = JSON.parse(text);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  for (const key of Object.keys(body.error)) expect(['code', 'message', 'field']).toContain(key);
  return body.error;
}

/** A raw request: lets the test set Host and send paths fetch would normalise. */
function raw(
  r: Running,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: Buffer },
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: r.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          expectNoCors(res.headers);
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function seedTicket(r: Running): Promise<number> {
  const platform = (await (await post(r, 'platforms.create', { name: 'Binance' })).json()) as { id: number };
  const ticket = (await (await post(r, 'tickets.create', { platformId: platform.id, title: '提现' })).json()) as { id: number };
  return ticket.id as number;
}

async function upload(r: Running, ticketId: number, name: string, bytes: Buffer): Promise<Response> {
  const query = new URLSearchParams({ ticketId: String(ticketId), name });
  const response = await fetch(`${r.base}/api/evidence.upload?${query}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/octet-stream' },
    body: bytes,
  });
  expectNoCors(response.headers);
  return response;
}

describe('web mode API', () => {
  it('answers a method with 200 JSON', async () => {
    const r = await start();
    const response = await post(r, 'app.info');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      name: 'Casefile',
      version: '0.0.0-test',
      dataDir: r.t.dataDir,
      schemaVersion: SCHEMA_VERSION,
      shell: 'web',
      // Web mode: none of the desktop shell's extras.
      capabilities: { pickFiles: false, screenCapture: false, openExternally: false },
    });
  });

  it('stores and reads back through HTTP exactly as through the router', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    const text = '客服：请提供 UID。\nAgent: please send your UID <b>now</b>';
    expect((await post(r, 'log.add', { ticketId, author: 'agent', text })).status).toBe(200);
    const entries = (await (await post(r, 'log.list', { ticketId })).json()) as { text: string }[];
    expect(entries.map((e) => e.text)).toEqual([text]);
  });

  it('refuses invalid input with 400 and the documented error shape, no stack trace', async () => {
    const r = await start();
    const error = await expectError(await post(r, 'platforms.create', { name: 'x'.repeat(LIMITS.shortText + 1) }), 400, 'invalid_input');
    expect(error.field).toBe('name');
    await expectError(await post(r, 'platforms.get', { id: '1' }), 400, 'invalid_input');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const r = await start();
    await expectError(await post(r, 'platforms.create', '{"name": "unterminated'), 400, 'invalid_input');
  });

  it('refuses a JSON body over the limit with 413', async () => {
    const r = await start();
    const body = JSON.stringify({ name: 'x', notes: 'n'.repeat(LIMITS.jsonBodyBytes) });
    await expectError(await post(r, 'platforms.create', body), 413, 'too_large');
    expect(r.t.ctx.db.prepare('SELECT count(*) FROM platforms').pluck().get()).toBe(0);
  });

  it('answers 404 for an unknown method and an unknown id', async () => {
    const r = await start();
    await expectError(await post(r, 'platforms.delete', { id: 1 }), 404, 'not_found');
    await expectError(await post(r, '__proto__', {}), 404, 'not_found');
    await expectError(await post(r, 'platforms.get', { id: 999 }), 404, 'not_found');
  });

  it('answers 404, not a server error, for a method name that is not valid percent-encoding', async () => {
    const r = await start();
    const response = await raw(r, { method: 'POST', path: '/api/%E0%A4%A', headers: { ...auth, Host: `127.0.0.1:${r.port}` } });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body.toString()).error.code).toBe('not_found');
    expect(r.serverLogs).toEqual([]);
  });

  it('answers a path that is not a valid URL with an error, not a server failure', async () => {
    const r = await start();
    for (const requestPath of ['//', '///', '//[']) {
      const response = await raw(r, { path: requestPath, headers: { Host: `127.0.0.1:${r.port}` } });
      expect(response.status, requestPath).toBeLessThan(500);
    }
    // "//host/api/…" is a page path here, not an API call on another host.
    const confused = await raw(r, { method: 'POST', path: '//evil/api/app.info', headers: { ...auth, Host: `127.0.0.1:${r.port}` } });
    expect(confused.status).toBe(405);
    expect(r.serverLogs).toEqual([]);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const r = await start();
    await expectError(await post(r, 'app.info', undefined, {}), 401, 'unauthorized');
    await expectError(await post(r, 'app.info', undefined, { Authorization: 'Bearer wrong-token' }), 401, 'unauthorized');
    await expectError(await post(r, 'app.info', undefined, { Authorization: `Bearer ${TOKEN}x` }), 401, 'unauthorized');
    await expectError(await post(r, 'app.info', undefined, { Authorization: TOKEN }), 401, 'unauthorized');
    await expectError(await post(r, 'app.info', undefined, { Authorization: `Basic ${TOKEN}` }), 401, 'unauthorized');
    const viaQuery = await fetch(`${r.base}/api/app.info?token=${TOKEN}`, { method: 'POST' });
    await expectError(viaQuery, 401, 'unauthorized');
  });

  it('answers 403 to a request addressed to another host (DNS rebinding), even with the token', async () => {
    const r = await start();
    for (const host of ['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io', `evil.example:${r.port}`]) {
      const api = await raw(r, { method: 'POST', path: '/api/app.info', headers: { ...auth, Host: host } });
      expect(api.status, host).toBe(403);
      expect(JSON.parse(api.body.toString()).error.code).toBe('forbidden');
      const page = await raw(r, { path: '/', headers: { Host: host } });
      expect(page.status, host).toBe(403);
    }
    const ok = await raw(r, { method: 'POST', path: '/api/app.info', headers: { ...auth, Host: `localhost:${r.port}` } });
    expect(ok.status).toBe(200);
  });

  it('answers 405 to API calls that are not POST and to non-GET page requests', async () => {
    const r = await start();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${r.base}/api/app.info`, { method, headers: auth });
      expectNoCors(response.headers);
      await expectError(response, 405, 'method_not_allowed');
    }
    await expectError(await fetch(`${r.base}/api/x`, { headers: auth }), 405, 'method_not_allowed');
    await expectError(await fetch(`${r.base}/index.html`, { method: 'POST' }), 405, 'method_not_allowed');
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const r = await start();
    const preflightHeaders = {
      Origin: 'https://evil.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    };
    const preflight = await raw(r, { method: 'OPTIONS', path: '/api/app.info', headers: { ...preflightHeaders, Host: `127.0.0.1:${r.port}` } });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const preflightWithToken = await raw(r, { method: 'OPTIONS', path: '/api/app.info', headers: { ...preflightHeaders, ...auth, Host: `127.0.0.1:${r.port}` } });
    expect(preflightWithToken.status).toBe(405);
    const page = await raw(r, { method: 'OPTIONS', path: '/', headers: { ...preflightHeaders, Host: `127.0.0.1:${r.port}` } });
    expect(page.status).toBe(405);
    const withOrigin = await post(r, 'app.info', undefined, { ...auth, Origin: 'https://evil.example' });
    expect(withOrigin.status).toBe(200);
  });
});

describe('web mode files', () => {
  it('uploads a raw body and answers with the stored item', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    const response = await upload(r, ticketId, '提现截图.png', PNG);
    expect(response.status).toBe(200);
    const item = await response.json();
    expect(item).toMatchObject({ id: expect.any(Number), sha256: sha256(PNG), size: PNG.length, originalName: '提现截图.png', mimeType: 'image/png', duplicate: false });
  });

  it('answers an upload refused before its body is read, instead of resetting the connection', async () => {
    const r = await start();
    await seedTicket(r);
    await expectError(await upload(r, 99, 'a.png', PNG), 404, 'not_found');
    await expectError(await upload(r, 0, 'a.png', PNG), 400, 'invalid_input');
  });

  it('keeps nothing and stays up when the sender goes away in the middle of an upload', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: r.port,
        method: 'POST',
        path: `/api/evidence.upload?ticketId=${ticketId}&name=half.png`,
        headers: { ...auth, 'Content-Length': String(PNG.length) },
      });
      req.on('error', () => resolve());
      req.write(PNG.subarray(0, 1000), () => setTimeout(() => req.destroy(), 50));
    });
    // The server notices the abort asynchronously: wait until the temp file is gone.
    const incoming = path.join(r.t.dataDir, 'evidence', '.incoming');
    for (let i = 0; i < 100 && fs.existsSync(incoming) && fs.readdirSync(incoming).length > 0; i++) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(fs.readdirSync(incoming)).toEqual([]);
    expect(r.t.ctx.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
    // Reported to the sender as its own mistake, not logged as a failure of Casefile.
    expect([...r.serverLogs, ...r.t.logs]).toEqual([]);
    expect((await upload(r, ticketId, 'whole.png', PNG)).status).toBe(200);
  });

  it('reads upload ids only as whole numbers', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    for (const bad of ['1e0', '0x1', ' 1', 'true', '1.0']) {
      const response = await fetch(`${r.base}/api/evidence.upload?ticketId=${encodeURIComponent(bad)}&name=a.png`, {
        method: 'POST',
        headers: auth,
        body: PNG,
      });
      await expectError(response, 400, 'invalid_input');
    }
    expect(ticketId).toBe(1);
  });

  it('refuses an upload over the evidence limit with 413 and keeps nothing', async () => {
    const r = await start({ evidenceMaxBytes: 10_000 });
    const ticketId = await seedTicket(r);
    await expectError(await upload(r, ticketId, 'big.png', PNG), 413, 'too_large');
    expect(fs.readdirSync(path.join(r.t.dataDir, 'evidence', '.incoming'))).toEqual([]);
    expect(r.t.ctx.db.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(0);
  });

  it('serves evidence bytes with nosniff and the detected type; unsafe types only as attachments', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    const png = (await (await upload(r, ticketId, '截图 1.png', PNG)).json()) as { id: number };
    const response = await post(r, 'evidence.content', { id: png.id });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(PNG.length));
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="__ 1.png"; filename*=UTF-8''${encodeURIComponent('截图 1.png')}`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);

    const svgBytes = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const svg = (await (await upload(r, ticketId, 'x".svg', svgBytes)).json()) as { id: number };
    const svgResponse = await post(r, 'evidence.content', { id: svg.id });
    expect(svgResponse.headers.get('content-type')).toBe('application/octet-stream');
    expect(svgResponse.headers.get('content-disposition')).toMatch(/^attachment; filename="x_\.svg"/);
    expect(Buffer.from(await svgResponse.arrayBuffer()).equals(svgBytes)).toBe(true);

    await expectError(await post(r, 'evidence.content', { id: 999 }), 404, 'not_found');
  });

  it('serves export.zip as an attachment of type application/zip', async () => {
    const r = await start();
    const ticketId = await seedTicket(r);
    await upload(r, ticketId, 'a.png', PNG);
    const response = await post(r, 'export.zip', { ticketId });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="casefile-ticket-\d+-\d{4}-\d{2}-\d{2}\.zip"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    expect(bytes.length).toBeGreaterThan(PNG.length);
  });
});

describe('web mode UI files', () => {
  it('serves index.html with a Content-Security-Policy, without needing the token', async () => {
    const r = await start();
    const response = await fetch(`${r.base}/`);
    expectNoCors(response.headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves assets with their type, and index.html for unknown screens', async () => {
    const r = await start();
    const js = await fetch(`${r.base}/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");\n');
    const deep = await fetch(`${r.base}/tickets/12`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(INDEX_HTML);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/secret.txt%00.html',
    '/%E0%A4%A',
  ])('never serves a file outside the renderer folder: %s', async (requestPath) => {
    const r = await start();
    const response = await raw(r, { path: requestPath, headers: { Host: `127.0.0.1:${r.port}` } });
    const body = response.body.toString('utf8');
    expect(body).not.toContain('root:');
    expect(body).not.toContain(SECRET);
    if (response.status === 200) expect(body).toBe(INDEX_HTML);
  });
});
