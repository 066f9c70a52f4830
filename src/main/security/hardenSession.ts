/**
 * Applies the desktop hardening to the app's web contents and session: CSP header, no navigation, no new
 * windows (http(s) links go to the system browser), no permission grants, no <webview>. Downloads keep
 * Electron's default (a save dialog, since no save path is set in 'will-download').
 * Electron types only: the tested decisions live in policies.ts.
 */
import type { Session, WebContents } from 'electron';
import { EVIDENCE_SCHEME } from '../desktop/evidenceScheme';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAppUrl, isSafeExternalUrl, type TrustedOrigin } from './policies';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    // Evidence answers carry their own, stricter CSP (nothing runs at all): keep it.
    if (details.url.startsWith(`${EVIDENCE_SCHEME}:`)) {
      callback({ responseHeaders: { ...details.responseHeaders, 'X-Content-Type-Options': ['nosniff'] } });
      return;
    }
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

export function hardenWebContents(
  contents: WebContents,
  origin: TrustedOrigin,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
