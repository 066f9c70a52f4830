/**
 * The complainant's profile (name, contact, country, postal address), filled once and used on every
 * dossier cover and letter. Small and singular, so it lives in the settings table under one key rather
 * than in a table of its own. A stored value that no longer parses falls back to the empty profile.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Profile } from '../../../shared/dossier';
import { orNull } from '../db/json';
import { inTransaction, type CoreContext } from '../context';

const KEY = 'profile';
const FIELDS = ['name', 'contact', 'country', 'postalAddress'] as const satisfies readonly (keyof Profile)[];

const EMPTY: Profile = { name: null, contact: null, country: null, postalAddress: null };

export function getProfile(ctx: CoreContext): Profile {
  const text = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  if (text === undefined) return { ...EMPTY };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { ...EMPTY };
  }
  const profile = { ...EMPTY };
  if (stored && typeof stored === 'object') {
    for (const field of FIELDS) {
      const value = (stored as Record<string, unknown>)[field];
      if (typeof value === 'string' && value !== '') profile[field] = value;
    }
  }
  return profile;
}

/** Merges the given fields (null or '' clears one; a field left out keeps its value). */
export function updateProfile(ctx: CoreContext, input: ParsedInputOf<'profile.update'>): Profile {
  return inTransaction(ctx, () => {
    const before = getProfile(ctx);
    const after = { ...before };
    const changed: string[] = [];
    for (const field of FIELDS) {
      const given = input[field];
      if (given === undefined) continue;
      const value = orNull(given);
      if (value === before[field]) continue;
      after[field] = value;
      changed.push(field);
    }
    if (changed.length === 0) return before;
    ctx.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(KEY, JSON.stringify(after));
    // The audit names which fields changed, not their values: the trail is exported with dossiers and the
    // user's contact details do not belong in it twice.
    ctx.audit.record('profile.updated', { subject: 'profile', detail: { fields: changed } });
    return after;
  });
}
