/** The desktop's evidence scheme and its privileges, apart from the handler so anything may import them. */
import type { Privileges } from 'electron';

export const EVIDENCE_SCHEME = 'casefile-evidence';

/**
 * Registered before the app is ready. standard: real host/path parsing; secure: a secure context like
 * https; supportFetchAPI: the page may fetch() it; stream: media elements can stream and seek. Never
 * bypassCSP (the page's CSP names the scheme explicitly), no CORS, no service workers, no code cache.
 */
export const EVIDENCE_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  codeCache: false,
  allowExtensions: false,
};
