/**
 * The web-mode bearer token. The server prints a URL with `?token=…`; we keep the token in
 * sessionStorage (this tab only, gone when it closes) and take it out of the address bar so it does
 * not end up in history, bookmarks or screenshots.
 */
const STORAGE_KEY = 'casefile.token';

export function takeTokenFromLocation(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
