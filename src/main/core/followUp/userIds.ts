/**
 * Ids for things the user adds next to shipped ones (letter templates, venues): "user:<n>". A counter in
 * the settings table makes sure a number is never handed out twice, even after its item was deleted: an
 * old escalation that names venue "user:3" must never start pointing at a different venue.
 */
import type { CoreContext } from '../context';

export function nextUserId(ctx: CoreContext, table: 'letter_templates' | 'user_venues'): string {
  const key = `${table}.lastUserNumber`;
  const stored = Number(ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) ?? 0);
  const ids = ctx.db.prepare(`SELECT id FROM ${table} WHERE id LIKE 'user:%'`).pluck().all() as string[];
  const highest = Math.max(Number.isSafeInteger(stored) ? stored : 0, ...ids.map(userNumber));
  const next = highest + 1;
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(next));
  return `user:${next}`;
}

/** The n of "user:<n>", or 0 when the id is not of that form. */
export function userNumber(id: string): number {
  const match = /^user:([1-9]\d{0,8})$/.exec(id);
  return match ? Number(match[1]) : 0;
}
