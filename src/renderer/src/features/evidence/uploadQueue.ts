import type { AddedEvidence } from '@shared/domain';
import { ApiError, apiErrorFromBody } from '@renderer/api/ApiError';
import { api } from '@renderer/api/client';
import { isAbortError } from '@renderer/api/transport';

/** How a file reached the ticket, as the custody record will say. */
export type UploadVia = 'picker' | 'drop' | 'paste' | 'capture';

export type UploadStatus = 'queued' | 'uploading' | 'added' | 'duplicate' | 'failed' | 'cancelled';

export interface UploadItem {
  key: string;
  ticketId: number;
  entryId: number | null;
  name: string;
  size: number;
  via: UploadVia;
  status: UploadStatus;
  /** Bytes sent so far. */
  sent: number;
  error: ApiError | null;
  /** For too_large: the limit in force, to name it. */
  limit: number | null;
  evidenceId: number | null;
}

export interface QueueDeps {
  /** The size limit now in force, or null if unknown (then only the server checks). */
  maxBytes: () => Promise<number | null>;
  /** An item was added to a ticket (or found there already): refresh what shows it. */
  onStored: (ticketId: number) => void;
}

const FINISHED: readonly UploadStatus[] = ['added', 'duplicate', 'failed', 'cancelled'];
/** Rows for files that simply worked leave the tray by themselves; problems stay until dismissed. */
const ADDED_ROW_MS = 6_000;

export function isFinished(item: UploadItem): boolean {
  return FINISHED.includes(item.status);
}

/**
 * Files waiting to be added, one at a time (a folder of screenshots must not read everything into memory
 * at once), each with its own progress, cancel and error. One queue for the app: leaving a ticket does
 * not stop its uploads. React reads it through useSyncExternalStore.
 */
export class UploadQueue {
  private items: UploadItem[] = [];
  private readonly files = new Map<string, File>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly listeners = new Set<() => void>();
  private running = false;
  private counter = 0;

  constructor(private readonly deps: QueueDeps) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UploadItem[] => this.items;

  add(ticketId: number, files: readonly { file: File; name: string }[], options: { entryId?: number | null; via: UploadVia }): void {
    const added = files.map(({ file, name }) => {
      const key = `u${++this.counter}`;
      this.files.set(key, file);
      return {
        key,
        ticketId,
        entryId: options.entryId ?? null,
        name,
        size: file.size,
        via: options.via,
        status: 'queued' as const,
        sent: 0,
        error: null,
        limit: null,
        evidenceId: null,
      };
    });
    this.items = [...this.items, ...added];
    this.emit();
    void this.pump();
  }

  /** Results that arrived without bytes passing through here (the desktop picker, screen capture). */
  report(
    ticketId: number,
    via: UploadVia,
    stored: readonly AddedEvidence[],
    failed: readonly { name: string; code: string; message: string }[] = [],
  ): void {
    const rows: UploadItem[] = [
      ...stored.map((item) => ({
        key: `u${++this.counter}`,
        ticketId,
        entryId: item.entryId,
        name: item.originalName,
        size: item.size,
        via,
        status: item.duplicate ? ('duplicate' as const) : ('added' as const),
        sent: item.size,
        error: null,
        limit: null,
        evidenceId: item.id,
      })),
      ...failed.map((failure) => ({
        key: `u${++this.counter}`,
        ticketId,
        entryId: null,
        name: failure.name,
        size: 0,
        via,
        status: 'failed' as const,
        sent: 0,
        error: apiErrorFromBody(failure, failure.message),
        limit: null,
        evidenceId: null,
      })),
    ];
    this.items = [...this.items, ...rows];
    this.emit();
    for (const row of rows) if (row.status === 'added') this.expire(row.key);
    if (stored.length > 0) this.deps.onStored(ticketId);
  }

  cancel(key: string): void {
    const item = this.items.find((i) => i.key === key);
    if (!item || isFinished(item)) return;
    const controller = this.controllers.get(key);
    if (controller) controller.abort();
    else this.finish(key, { status: 'cancelled' });
  }

  dismiss(key: string): void {
    const item = this.items.find((i) => i.key === key);
    if (!item || !isFinished(item)) return;
    this.items = this.items.filter((i) => i.key !== key);
    this.emit();
  }

  clearFinished(ticketId: number): void {
    this.items = this.items.filter((i) => i.ticketId !== ticketId || !isFinished(i));
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private update(key: string, change: Partial<UploadItem>): void {
    this.items = this.items.map((item) => (item.key === key ? { ...item, ...change } : item));
    this.emit();
  }

  private finish(key: string, change: Partial<UploadItem>): void {
    this.files.delete(key);
    this.controllers.delete(key);
    this.update(key, change);
    if (change.status === 'added') this.expire(key);
  }

  private expire(key: string): void {
    setTimeout(() => this.dismiss(key), ADDED_ROW_MS);
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const next = this.items.find((item) => item.status === 'queued');
        if (!next) break;
        await this.upload(next);
      }
    } finally {
      this.running = false;
    }
  }

  private async upload(item: UploadItem): Promise<void> {
    const file = this.files.get(item.key);
    if (!file) {
      this.finish(item.key, { status: 'cancelled' });
      return;
    }
    const limit = await this.deps.maxBytes().catch(() => null);
    if (limit !== null && file.size > limit) {
      this.finish(item.key, { status: 'failed', limit, error: new ApiError('too_large', `The file is larger than ${limit} bytes`) });
      return;
    }
    const controller = new AbortController();
    this.controllers.set(item.key, controller);
    this.update(item.key, { status: 'uploading', sent: 0 });
    let lastReport = 0;
    try {
      const stored = await api['evidence.upload'](
        {
          ticketId: item.ticketId,
          name: item.name,
          entryId: item.entryId ?? undefined,
          lastModified: file.lastModified > 0 ? file.lastModified : undefined,
          via: item.via === 'capture' ? undefined : item.via,
        },
        file,
        {
          signal: controller.signal,
          onProgress: (sent) => {
            // Re-render at most ~10 times a second per file.
            const now = performance.now();
            if (now - lastReport < 100 && sent < file.size) return;
            lastReport = now;
            this.update(item.key, { sent });
          },
        },
      );
      this.finish(item.key, {
        status: stored.duplicate ? 'duplicate' : 'added',
        sent: file.size,
        evidenceId: stored.id,
      });
      this.deps.onStored(item.ticketId);
    } catch (error) {
      if (isAbortError(error)) {
        this.finish(item.key, { status: 'cancelled' });
        return;
      }
      const apiError = error instanceof ApiError ? error : new ApiError('internal', String(error));
      this.finish(item.key, { status: 'failed', error: apiError, limit: apiError.code === 'too_large' ? limit : null });
    }
  }
}
