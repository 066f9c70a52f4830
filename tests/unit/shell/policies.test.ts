/**
 * The desktop shell's trust decisions: which URLs may go to the system browser, which frames may call the
 * IPC channel, which navigations stay inside the app.
 */
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl, isSafeExternalUrl, isTrustedSender, type TrustedOrigin } from '../../../src/main/security/policies';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by policies.ts');
});

const APP_FILE = 'file:///opt/Casefile/resources/app.asar/out/renderer/index.html';
const production: TrustedOrigin = { rendererFileUrl: APP_FILE };
const development: TrustedOrigin = { rendererFileUrl: APP_FILE, devServerUrl: 'http://localhost:5173/' };

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.binance.com/en/support',
    'http://example.com',
    'https://例子.测试/投诉',
    'https://xn--fsqu00a.xn--0zwm56d/',
    'HTTPS://EXAMPLE.COM/',
    'https://user@example.com:8443/path?q=1#x',
  ])('accepts the web page %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'casefile-evidence://evidence/1',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'ftp://example.com/x',
    'mailto:support@example.com',
    'blob:https://example.com/1234',
    'https://',
    'http://',
    'https://:443',
    'https://#',
    'http://?q',
    'not a url',
    '',
    '//example.com/protocol-relative',
    '/relative/path',
  ])('rejects %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const top = (url: string) => ({ url, parent: null });

  it("accepts the app's own top-level page", () => {
    expect(isTrustedSender(top(APP_FILE), production)).toBe(true);
    expect(isTrustedSender(top(`${APP_FILE}#/tickets/3`), production)).toBe(true);
    expect(isTrustedSender(top(`${APP_FILE}?lang=zh`), production)).toBe(true);
  });

  it('rejects subframes, even of the app page', () => {
    expect(isTrustedSender({ url: APP_FILE, parent: top(APP_FILE) }, production)).toBe(false);
    expect(isTrustedSender({ url: APP_FILE, parent: {} }, production)).toBe(false);
  });

  it('rejects missing frames (a destroyed or navigated-away sender)', () => {
    expect(isTrustedSender(null, production)).toBe(false);
    expect(isTrustedSender(undefined, production)).toBe(false);
  });

  it('rejects other files, including siblings of the renderer and downloaded HTML', () => {
    expect(isTrustedSender(top('file:///opt/Casefile/resources/app.asar/out/renderer/other.html'), production)).toBe(false);
    expect(isTrustedSender(top('file:///home/me/Downloads/index.html'), production)).toBe(false);
    expect(isTrustedSender(top('file:///tmp/out/renderer/index.html'), production)).toBe(false);
  });

  it('rejects web origins, and the dev server unless it is configured', () => {
    expect(isTrustedSender(top('https://evil.example/'), production)).toBe(false);
    expect(isTrustedSender(top('http://localhost:5173/'), production)).toBe(false);
    expect(isTrustedSender(top('http://localhost:5173/'), development)).toBe(true);
    expect(isTrustedSender(top('http://localhost:5173/#/tickets/1'), development)).toBe(true);
    // Same host, other port or scheme: another origin.
    expect(isTrustedSender(top('http://localhost:5174/'), development)).toBe(false);
    expect(isTrustedSender(top('https://localhost:5173/'), development)).toBe(false);
    expect(isTrustedSender(top('http://127.0.0.1:5173/'), development)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: {} }, development)).toBe(false);
  });

  it('rejects malformed and opaque URLs', () => {
    expect(isTrustedSender(top(''), production)).toBe(false);
    expect(isTrustedSender(top('about:blank'), production)).toBe(false);
    expect(isTrustedSender(top('data:text/html,hi'), production)).toBe(false);
    expect(isTrustedSender(top('casefile-evidence://evidence/1'), production)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it("accepts the renderer's file and (only when configured) the dev server", () => {
    expect(isAppUrl(APP_FILE, production)).toBe(true);
    expect(isAppUrl(`${APP_FILE}#/settings`, production)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', production)).toBe(false);
    expect(isAppUrl('http://localhost:5173/anything', development)).toBe(true);
    expect(isAppUrl(APP_FILE, development)).toBe(true);
  });

  it('rejects other pages, files, schemes and garbage', () => {
    for (const url of [
      'https://www.binance.com/',
      'http://localhost:5174/',
      'file:///etc/passwd',
      'file:///opt/Casefile/resources/app.asar/out/renderer/index.html.evil',
      'javascript:alert(1)',
      'casefile-evidence://evidence/1',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, development), url).toBe(false);
    }
  });

  it('treats a file URL on a remote host (UNC share) as another page', () => {
    // file://attacker/share/… keeps the same pathname shape on Windows; the host must not be ignored.
    const unc = 'file://attacker/opt/Casefile/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(unc, production)).toBe(false);
  });
});
