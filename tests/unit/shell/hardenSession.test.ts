/**
 * The hardening wired onto Electron's session and web contents, driven with fakes: permissions refused,
 * CSP and nosniff added to every response, navigation and new windows denied, http(s) links handed to
 * the system browser and nothing else.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents } from '../../../src/main/security/hardenSession';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/csp';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by hardenSession.ts');
});

const APP_FILE = 'file:///opt/Casefile/out/renderer/index.html';

function fakeSession() {
  const fake = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  return fake;
}

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, fn: (event: { preventDefault: () => void }, url?: string) => void) => {
      listeners.set(name, fn);
    }),
    setWindowOpenHandler: vi.fn((fn: (details: { url: string }) => { action: string }) => {
      openHandler = fn;
    }),
  };
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }), listeners };
}

describe('hardenSession', () => {
  it('refuses every permission request and check', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('adds the CSP and nosniff to every response, replacing none of the other headers', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      details: { url: string; responseHeaders: Record<string, string[]> },
      callback: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    onHeaders({ url: 'file:///opt/Casefile/out/renderer/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });

  it("keeps the evidence scheme's own, stricter CSP (adding nosniff) instead of the page's", () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      details: { url: string; responseHeaders: Record<string, string[]> },
      callback: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    const own = { 'content-security-policy': ["default-src 'none'"], 'content-type': ['image/png'] };
    onHeaders({ url: 'casefile-evidence://item/1', responseHeaders: own }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { ...own, 'X-Content-Type-Options': ['nosniff'] } });
  });
});

describe('hardenWebContents', () => {
  const setup = () => {
    const fake = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(fake.contents as unknown as WebContents, { rendererFileUrl: APP_FILE }, openExternal);
    return { ...fake, openExternal };
  };

  it('cancels navigation and redirects away from the app, allows them inside it', () => {
    const { fire } = setup();
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(fire(name, 'https://evil.example/'), name).toBe(true);
      expect(fire(name, 'file:///etc/passwd'), name).toBe(true);
      expect(fire(name, `${APP_FILE}#/tickets/1`), name).toBe(false);
    }
  });

  it('blocks every <webview>', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; http(s) links go to the system browser, nothing else does', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.binance.com/support')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.binance.com/support');
    openExternal.mockClear();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'casefile-evidence://evidence/1', APP_FILE]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});
