/**
 * Only http(s) addresses become links: a venue the user typed could hold `javascript:` or `file:`.
 * Links open outside the app (target=_blank; the desktop shell hands http(s) to the system browser and
 * refuses the rest), without giving the opened page a handle on Casefile (noopener, noreferrer).
 */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "https://www.financial-ombudsman.org.uk/contact-us" → "financial-ombudsman.org.uk/contact-us": short enough to read. */
export function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}
