import { api } from '@renderer/api/client';

/**
 * Thumbnails as object URLs, loaded only for the items on screen and kept in a small LRU so scrolling
 * back is instant. A URL in use (refs > 0) is never revoked; the least recently used unused ones are
 * revoked once the cache holds more than MAX_CACHED. At most MAX_PARALLEL requests run at once, and a
 * request whose item scrolled away before its turn never starts.
 */
const MAX_CACHED = 400;
const MAX_PARALLEL = 6;

interface Cached {
  url: string;
  refs: number;
}

type Waiter = { signal: AbortSignal; start: () => void };

const cache = new Map<number, Cached>();
const waiting: Waiter[] = [];
let running = 0;

function touch(id: number, entry: Cached): void {
  cache.delete(id);
  cache.set(id, entry);
}

function trim(): void {
  if (cache.size <= MAX_CACHED) return;
  for (const [id, entry] of cache) {
    if (cache.size <= MAX_CACHED) break;
    if (entry.refs > 0) continue;
    cache.delete(id);
    URL.revokeObjectURL(entry.url);
  }
}

function nextInLine(): void {
  while (running < MAX_PARALLEL && waiting.length > 0) {
    const waiter = waiting.shift()!;
    if (waiter.signal.aborted) continue;
    waiter.start();
  }
}

function fetchThumbnail(id: number, signal: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const start = () => {
      running += 1;
      api['evidence.thumbnail']({ id })
        .then((file) => resolve(URL.createObjectURL(file.blob)), reject)
        .finally(() => {
          running -= 1;
          nextInLine();
        });
    };
    signal.addEventListener('abort', () => reject(new DOMException('Not needed any more', 'AbortError')), { once: true });
    waiting.push({ signal, start });
    nextInLine();
  });
}

/** The URL if it is cached now (read-only: safe during render). */
export function peekThumbnail(id: number): string | null {
  return cache.get(id)?.url ?? null;
}

interface Loading {
  done: Promise<void>;
  controller: AbortController;
  /** Callers still waiting; when the last gives up before the request started, it never starts. */
  interested: number;
}
const loading = new Map<number, Loading>();

function startLoading(id: number): Loading {
  const controller = new AbortController();
  const done = fetchThumbnail(id, controller.signal)
    .then((url) => {
      // Cached unused; the callers waiting for it take their references next.
      if (cache.has(id)) URL.revokeObjectURL(url);
      else cache.set(id, { url, refs: 0 });
    })
    .finally(() => loading.delete(id));
  const entry = { done, controller, interested: 0 };
  loading.set(id, entry);
  return entry;
}

function waitFor(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Not needed any more', 'AbortError'));
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Holds the thumbnail of item `id` until `releaseThumbnail` is called; resolves with its URL. Abort the
 * signal if the item leaves the screen before the URL arrives (then there is nothing to release).
 */
export async function acquireThumbnail(id: number, signal: AbortSignal): Promise<string> {
  if (!cache.has(id)) {
    const load = loading.get(id) ?? startLoading(id);
    load.interested += 1;
    try {
      await waitFor(load.done, signal);
    } finally {
      load.interested -= 1;
      if (load.interested === 0 && signal.aborted) load.controller.abort();
    }
  }
  const entry = cache.get(id);
  if (!entry) throw new Error('The thumbnail was evicted before it could be shown');
  entry.refs += 1;
  touch(id, entry);
  trim();
  return entry.url;
}

export function releaseThumbnail(id: number): void {
  const entry = cache.get(id);
  if (!entry) return;
  entry.refs = Math.max(0, entry.refs - 1);
  trim();
}

/** The item is gone (deleted): forget its thumbnail. */
export function dropThumbnail(id: number): void {
  const entry = cache.get(id);
  if (!entry || entry.refs > 0) return;
  cache.delete(id);
  URL.revokeObjectURL(entry.url);
}
