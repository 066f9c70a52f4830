/**
 * The desktop shell's security decisions as plain functions (tested without Electron): which URLs may be
 * opened in the user's browser, which navigations and IPC senders are trusted.
 */

/** Only web pages go to the system browser; file:, javascript:, custom schemes and evidence never do. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The renderer's own origin: the built files (file://…/out/renderer/) in production, or the dev server
 * URL electron-vite sets while developing.
 */
export interface TrustedOrigin {
  rendererFileUrl: string;
  devServerUrl?: string;
}

/** An IPC message is trusted only from the app's own top-level page, never from a subframe or another page. */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
  origin: TrustedOrigin,
): boolean {
  if (!frame || frame.parent) return false;
  return isAppUrl(frame.url, origin);
}

export function isAppUrl(url: string, origin: TrustedOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl) {
    const dev = new URL(origin.devServerUrl);
    if (parsed.origin === dev.origin) return true;
  }
  if (parsed.protocol !== 'file:') return false;
  const app = new URL(origin.rendererFileUrl);
  // The host too: file://server/<same path> is a file on another machine (a UNC share on Windows).
  return parsed.host === app.host && parsed.pathname === app.pathname;
}
