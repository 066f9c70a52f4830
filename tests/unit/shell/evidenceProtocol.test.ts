/**
 * The casefile-evidence: scheme, decided by evidenceProtocolResponse over a REAL core: the detected type
 * only for the inline allow-list (SVG/HTML/executables as octet-stream attachments), nosniff and a CSP
 * that runs nothing on every answer, GET only, ids only — a URL can never reach a file outside the vault,
 * not even through a symlink planted in it. Range requests get 206 with the right bytes.
 */
import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  contentDisposition,
  EVIDENCE_CSP,
  EVIDENCE_SCHEME,
  EVIDENCE_SCHEME_PRIVILEGES,
  evidenceProtocolResponse,
  isPathInside,
  parseEvidenceUrl,
  parseRange,
  servedType,
} from '../../../src/main/desktop/evidenceProtocol';
import { EXECUTABLE, openDesktopCore, SCREENSHOT, SVG_WITH_SCRIPT, type DesktopCore } from './desktopFixtures';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by evidenceProtocol.ts');
});

describe('scheme registration', () => {
  it('is standard, secure, fetchable and streamable, and never bypasses the CSP', () => {
    expect(EVIDENCE_SCHEME).toBe('casefile-evidence');
    expect(EVIDENCE_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true });
    expect(EVIDENCE_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
    expect(EVIDENCE_SCHEME_PRIVILEGES.allowServiceWorkers).toBe(false);
    expect(EVIDENCE_SCHEME_PRIVILEGES.corsEnabled).toBe(false);
  });
});

describe('parseEvidenceUrl', () => {
  it('accepts exactly item/<id> and thumb/<id>', () => {
    expect(parseEvidenceUrl('casefile-evidence://item/12')).toEqual({ kind: 'item', id: 12 });
    expect(parseEvidenceUrl('casefile-evidence://thumb/3')).toEqual({ kind: 'thumb', id: 3 });
    expect(parseEvidenceUrl('casefile-evidence://item/12/')).toEqual({ kind: 'item', id: 12 });
    expect(parseEvidenceUrl('casefile-evidence://item/12?t=1#x')).toEqual({ kind: 'item', id: 12 });
    expect(parseEvidenceUrl('casefile-evidence://ITEM/12')).toEqual({ kind: 'item', id: 12 });
  });

  it.each([
    'casefile-evidence://item/../../etc/passwd',
    'casefile-evidence://item/%2e%2e/%2e%2e/etc/passwd',
    'casefile-evidence://item/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'casefile-evidence://item/..%5c..%5cwindows',
    'casefile-evidence://item/x/../5',
    'casefile-evidence://item/5/..',
    'casefile-evidence://item//etc/passwd',
    'casefile-evidence://item/C:/Windows/win.ini',
    'casefile-evidence://item/abc',
    'casefile-evidence://item/1.5',
    'casefile-evidence://item/-1',
    'casefile-evidence://item/0',
    'casefile-evidence://item/007',
    'casefile-evidence://item/1e3',
    'casefile-evidence://item/0x10',
    'casefile-evidence://item/ 1',
    'casefile-evidence://item/99999999999999999999',
    'casefile-evidence://item/9007199254740993',
    'casefile-evidence://item/1/2',
    'casefile-evidence://item/',
    'casefile-evidence://file/1',
    'casefile-evidence:///1',
    'casefile-evidence://user:pw@item/1',
    'casefile-evidence://item:8080/1',
    'file:///etc/passwd',
    'https://item/1',
    'not a url',
    `casefile-evidence://item/${'1'.repeat(300)}`,
  ])('refuses %s', (url) => {
    expect(parseEvidenceUrl(url)).toBeNull();
  });
});

describe('parseRange', () => {
  it('answers single byte ranges, clamps the end, refuses what it cannot satisfy', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=90-1000', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-1000', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
    // Not answered as a range (the whole file is sent): several ranges, other units, nonsense.
    for (const header of ['bytes=0-1,5-6', 'items=0-1', 'bytes=9-3', 'bytes=-', 'bytes=a-b', 'bytes=0-99999999999999999']) {
      expect(parseRange(header, 100), header).toBeNull();
    }
  });
});

describe('servedType and contentDisposition', () => {
  it('keeps only allow-listed types, everything else becomes an octet-stream download', () => {
    expect(servedType({ contentType: 'image/png', inline: true })).toEqual({ type: 'image/png', inline: true });
    expect(servedType({ contentType: 'application/pdf', inline: true })).toEqual({ type: 'application/pdf', inline: true });
    expect(servedType({ contentType: 'text/plain', inline: true })).toEqual({ type: 'text/plain; charset=utf-8', inline: true });
    for (const type of ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/javascript', 'application/xhtml+xml']) {
      // Even if the core said inline, a type off the list is never rendered.
      expect(servedType({ contentType: type, inline: true }), type).toEqual({ type: 'application/octet-stream', inline: false });
    }
    expect(servedType({ contentType: 'image/png', inline: false })).toEqual({ type: 'application/octet-stream', inline: false });
  });

  it('puts the real name in filename* and never a quote, slash or newline in the ASCII fallback', () => {
    const header = contentDisposition('attachment', '提现 "记录"/..\\\r\n.svg');
    expect(header).toMatch(/^attachment; filename="[^"\\/\r\n]*"; filename\*=UTF-8''/);
    expect(header).not.toMatch(/[\r\n]/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('提现 "记录"/..\\\r\n.svg');
  });

  it('isPathInside: strictly inside, never the folder itself, a sibling or a parent', () => {
    expect(isPathInside('/data/evidence/ab/cdef', '/data/evidence')).toBe(true);
    expect(isPathInside('/data/evidence', '/data/evidence')).toBe(false);
    expect(isPathInside('/data/evidence-old/x', '/data/evidence')).toBe(false);
    expect(isPathInside('/etc/passwd', '/data/evidence')).toBe(false);
    expect(isPathInside('/data/evidence/../secret', '/data/evidence')).toBe(false);
  });
});

describe('evidenceProtocolResponse over a real core', () => {
  let t: DesktopCore;
  const log = vi.fn();
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    evidenceProtocolResponse({ url, method, headers: new Headers(headers) }, t.core.router, {
      vaultRoot: t.core.ctx.vault.root,
      dataDir: t.core.ctx.dataDir,
      log,
    });
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

  beforeEach(async () => {
    t = await openDesktopCore();
    log.mockClear();
  });
  afterEach(() => t.close());

  const expectSafeHeaders = (response: Response) => {
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe(EVIDENCE_CSP);
  };

  it('serves a PNG inline, as image/png with nosniff, byte for byte', async () => {
    const item = await t.upload('withdrawal.png', SCREENSHOT);
    const response = await get(`casefile-evidence://item/${item.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(response.headers.get('content-length')).toBe(String(SCREENSHOT.length));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expectSafeHeaders(response);
    expect((await bytesOf(response)).equals(SCREENSHOT)).toBe(true);
  });

  it.each([
    ['an SVG carrying a script', 'chart.svg', SVG_WITH_SCRIPT],
    ['an HTML page', 'page.html', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['an executable renamed .png', 'photo.png', EXECUTABLE],
  ])('serves %s only as an octet-stream attachment', async (_label, name, bytes) => {
    const item = await t.upload(name, bytes);
    const response = await get(`casefile-evidence://item/${item.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expectSafeHeaders(response);
    expect((await bytesOf(response)).equals(bytes)).toBe(true);
  });

  it('answers 404 for an unknown id and 405 (Allow: GET) for anything but GET', async () => {
    const item = await t.upload('withdrawal.png', SCREENSHOT);
    const missing = await get('casefile-evidence://item/4242');
    expect(missing.status).toBe(404);
    expectSafeHeaders(missing);
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const response = await get(`casefile-evidence://item/${item.id}`, {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });

  it('answers hostile URLs with 404/400 and never the bytes of a file outside the vault', async () => {
    await t.upload('withdrawal.png', SCREENSHOT);
    const secret = join(t.dir, 'secret.txt');
    writeFileSync(secret, 'TOP SECRET seed phrase');
    for (const url of [
      'casefile-evidence://item/../../etc/passwd',
      'casefile-evidence://item/%2e%2e/%2e%2e/etc/passwd',
      `casefile-evidence://item/..%2f..%2f..%2f${encodeURIComponent(secret)}`,
      `casefile-evidence://item/${secret}`,
      'casefile-evidence://item/abc',
      'casefile-evidence://item/-1',
      'casefile-evidence://item/1.0',
      'casefile-evidence://item/99999999999999999999',
      'casefile-evidence://item/9007199254740991',
      'casefile-evidence://thumb/../../etc/passwd',
      'casefile-evidence://vault/1',
    ]) {
      const response = await get(url);
      expect([400, 404], url).toContain(response.status);
      const body = (await bytesOf(response)).toString('latin1');
      expect(body, url).not.toContain('TOP SECRET');
      expect(body, url).not.toContain('root:');
    }
  });

  it('refuses a vault file replaced by a symlink to a file outside the vault', async () => {
    const item = await t.upload('chat.txt', Buffer.from('the real chat\n'));
    const secret = join(t.dir, 'secret.txt');
    writeFileSync(secret, 'TOP SECRET seed phrase');
    const path = t.core.ctx.vault.pathOf(item.sha256);
    chmodSync(path, 0o644);
    rmSync(path);
    symlinkSync(secret, path);
    const response = await get(`casefile-evidence://item/${item.id}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('answers 404, not a crash, when the vault file is missing', async () => {
    const item = await t.upload('chat.txt', Buffer.from('gone soon\n'));
    rmSync(t.core.ctx.vault.pathOf(item.sha256), { force: true });
    const response = await get(`casefile-evidence://item/${item.id}`);
    expect(response.status).toBe(404);
  });

  it('answers a Range request with 206 and exactly those bytes (video seeking)', async () => {
    const item = await t.upload('withdrawal.png', SCREENSHOT);
    const url = `casefile-evidence://item/${item.id}`;
    const partial = await get(url, { Range: 'bytes=100-199' });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe(`bytes 100-199/${SCREENSHOT.length}`);
    expect(partial.headers.get('content-length')).toBe('100');
    expect(partial.headers.get('content-type')).toBe('image/png');
    expectSafeHeaders(partial);
    expect((await bytesOf(partial)).equals(SCREENSHOT.subarray(100, 200))).toBe(true);

    const tail = await get(url, { Range: 'bytes=-16' });
    expect(tail.status).toBe(206);
    expect((await bytesOf(tail)).equals(SCREENSHOT.subarray(SCREENSHOT.length - 16))).toBe(true);

    const beyond = await get(url, { Range: `bytes=${SCREENSHOT.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${SCREENSHOT.length}`);
  });

  it('serves an image thumbnail inline, and refuses one for a file that is not an image', async () => {
    const png = await t.upload('withdrawal.png', SCREENSHOT);
    const thumb = await get(`casefile-evidence://thumb/${png.id}`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toMatch(/^image\/(webp|png|jpeg)$/);
    expectSafeHeaders(thumb);
    expect((await bytesOf(thumb)).length).toBeGreaterThan(0);

    const text = await t.upload('chat.txt', Buffer.from('no picture here\n'));
    const none = await get(`casefile-evidence://thumb/${text.id}`);
    expect(none.status).toBeGreaterThanOrEqual(400);
    expectSafeHeaders(none);
  });
});
