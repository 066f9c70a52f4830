/**
 * User preferences, kept in the `settings` table as key → JSON value. Every read falls back to a default,
 * so an older store (or a hand-edited value that no longer parses) never stops the app.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/domain';
import { LIMITS } from '../../../shared/limits';
import { inTransaction, type CoreContext } from '../context';

const EVIDENCE_MAX_BYTES = 'evidenceMaxBytes';

export function getSettings(ctx: CoreContext): Settings {
  return { evidenceMaxBytes: evidenceMaxBytes(ctx) };
}

/**
 * The largest evidence file accepted now: the user's setting, else the default openCore was given
 * (LIMITS.evidenceBytes in the app; tests pass a small one).
 */
export function evidenceMaxBytes(ctx: CoreContext): number {
  const stored = readSetting(ctx, EVIDENCE_MAX_BYTES);
  return typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 && stored <= LIMITS.evidenceBytes
    ? stored
    : ctx.evidenceMaxBytes;
}

export function updateSettings(ctx: CoreContext, input: ParsedInputOf<'settings.update'>): Settings {
  inTransaction(ctx, () => {
    const before = getSettings(ctx);
    const changes: Record<string, unknown> = {};
    if (input.evidenceMaxBytes !== undefined && input.evidenceMaxBytes !== before.evidenceMaxBytes) {
      writeSetting(ctx, EVIDENCE_MAX_BYTES, input.evidenceMaxBytes);
      changes.evidenceMaxBytes = { from: before.evidenceMaxBytes, to: input.evidenceMaxBytes };
    }
    if (Object.keys(changes).length > 0) {
      ctx.audit.record('settings.updated', { subject: 'settings', detail: { changes } });
    }
  });
  return getSettings(ctx);
}

function readSetting(ctx: CoreContext, key: string): unknown {
  const text = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function writeSetting(ctx: CoreContext, key: string, value: unknown): void {
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}
