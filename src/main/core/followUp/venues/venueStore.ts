/**
 * The venue directory as the user sees it: the shipped venues (read-only) plus the user's own, kept in
 * user_venues as Venue JSON. venues.list picks from both by the platform's jurisdiction and the user's
 * country (venueMatch.ts).
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { Venue, VenueAnswer, VenueDeadline } from '../../../../shared/followUp';
import { VENUE_KINDS } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { CasefileError, notFound } from '../../errors';
import { getProfile } from '../../profile/profileStore';
import { nextUserId, userNumber } from '../userIds';
import { VENUE_DIRECTORY } from './venueData';
import { pickVenues } from './venueMatch';

export function listVenues(ctx: CoreContext, input: ParsedInputOf<'venues.list'>): VenueAnswer {
  const platformJurisdiction = input?.platformId === undefined ? null : jurisdictionOf(ctx, input.platformId);
  const userCountry = input?.country ?? getProfile(ctx).country;
  const basis = { platformJurisdiction, userCountry };
  return { directoryVersion: VENUE_DIRECTORY.version, basis, ...pickVenues(allVenues(ctx), basis) };
}

/** Every venue, shipped ones first (directory order), then the user's own by number. */
export function allVenues(ctx: CoreContext): Venue[] {
  return [...VENUE_DIRECTORY.venues, ...userVenues(ctx)];
}

/** A venue by id, built-in or the user's; null when there is none. */
export function findVenue(ctx: CoreContext, id: string): Venue | null {
  return VENUE_DIRECTORY.venues.find((v) => v.id === id) ?? userVenues(ctx).find((v) => v.id === id) ?? null;
}

/** The platform's jurisdiction (null when not set); not_found for an unknown platform. */
export function jurisdictionOf(ctx: CoreContext, platformId: number): string | null {
  const row = ctx.db.prepare('SELECT jurisdiction FROM platforms WHERE id = ?').get(platformId) as
    | { jurisdiction: string | null }
    | undefined;
  if (!row) throw notFound('Platform', platformId);
  return row.jurisdiction;
}

export function saveVenue(ctx: CoreContext, input: ParsedInputOf<'venues.save'>): Venue {
  if (input.id !== undefined && VENUE_DIRECTORY.venues.some((v) => v.id === input.id)) {
    throw new CasefileError('conflict', `${input.id} is a shipped venue and cannot be changed; add a venue of your own instead`);
  }
  // The link is opened from the app: only web pages, never javascript:, file: or data: URLs.
  if (!/^https?:\/\//i.test(input.url)) {
    throw new CasefileError('invalid_input', 'url: Use a web address starting with https:// or http://', 'url');
  }
  return inTransaction(ctx, () => {
    const existing = input.id === undefined ? null : userVenues(ctx).find((v) => v.id === input.id);
    if (input.id !== undefined && !existing) throw notFound('Venue', input.id);
    const id = existing?.id ?? nextUserId(ctx, 'user_venues');
    const venue = userVenueFrom(id, input);
    ctx.db
      .prepare(
        `INSERT INTO user_venues (id, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(id, JSON.stringify(venue), ctx.now().toISOString());
    ctx.audit.record(existing ? 'venue.updated' : 'venue.added', {
      subject: `venue:${id}`,
      detail: { name: input.name, jurisdiction: input.jurisdiction, kind: input.kind, url: input.url },
    });
    return venue;
  });
}

export function deleteVenue(ctx: CoreContext, id: string): { deleted: boolean } {
  if (VENUE_DIRECTORY.venues.some((v) => v.id === id)) {
    throw new CasefileError('conflict', `${id} is a shipped venue and cannot be deleted`);
  }
  return inTransaction(ctx, () => {
    const { changes } = ctx.db.prepare('DELETE FROM user_venues WHERE id = ?').run(id);
    if (changes === 0) throw notFound('Venue', id);
    ctx.audit.record('venue.deleted', { subject: `venue:${id}`, detail: {} });
    return { deleted: true };
  });
}

/** The user writes one name and one description: they stand for both languages. */
function userVenueFrom(id: string, input: ParsedInputOf<'venues.save'>): Venue {
  const both = (text: string | undefined) => ({ en: text ?? '', 'zh-CN': text ?? '' });
  const deadlines: VenueDeadline[] =
    input.deadlineDays === undefined
      ? []
      : [
          {
            days: input.deadlineDays,
            from: 'venue_receipt',
            text: {
              en: `Answers within ${input.deadlineDays} days of receiving a complaint (as you entered it).`,
              'zh-CN': `收到投诉后 ${input.deadlineDays} 天内答复（由您填写）。`,
            },
          },
        ];
  return {
    id,
    name: both(input.name),
    jurisdiction: input.jurisdiction,
    kind: input.kind,
    url: input.url,
    covers: both(input.covers),
    needs: both(input.needs),
    deadlines,
    uploadLimits: null,
    caveats: [],
    sources: [input.url],
    builtIn: false,
  };
}

/** The user's venues by number; a row that no longer reads as a venue is skipped rather than breaking the list. */
function userVenues(ctx: CoreContext): Venue[] {
  const rows = ctx.db.prepare('SELECT id, data FROM user_venues').all() as { id: string; data: string }[];
  const venues: Venue[] = [];
  for (const row of rows.sort((a, b) => userNumber(a.id) - userNumber(b.id))) {
    const venue = readVenue(row.data);
    if (venue) venues.push({ ...venue, id: row.id, builtIn: false });
  }
  return venues;
}

function readVenue(text: string): Venue | null {
  try {
    const value = JSON.parse(text) as Partial<Venue> | null;
    if (!value || typeof value.name?.en !== 'string' || typeof value.jurisdiction !== 'string') return null;
    if (!(VENUE_KINDS as readonly string[]).includes(value.kind as string) || typeof value.url !== 'string') return null;
    return value as Venue;
  } catch {
    return null;
  }
}
