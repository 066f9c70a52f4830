/**
 * The Content-Security-Policy for the UI, one string for both shells (Electron sets it as a response
 * header, the web-mode server on every page). No eval, no inline script, no remote origin: evidence images
 * arrive as blob: URLs made by the renderer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
