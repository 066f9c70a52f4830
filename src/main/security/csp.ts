/**
 * The Content-Security-Policy for the UI, one string for both shells (Electron sets it as a response
 * header, the web-mode server on every page). No eval, no inline script, no remote origin. Evidence
 * arrives as blob: URLs made by the renderer or, on the desktop, from the app's own local
 * `casefile-evidence:` scheme (served by the main process from the vault; meaningless in a browser).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data: casefile-evidence:",
  "media-src 'self' blob: casefile-evidence:",
  // PDFs preview in a frame of a blob: URL the renderer made itself; nothing else may be framed.
  "frame-src blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
