/** Platforms (the exchanges users deal with) and the support channels found for them. */
import type { Channel, ChannelKind, FoundVia, Platform } from '../../../shared/domain';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { inTransaction, type CoreContext } from '../context';
import { notFound } from '../errors';
import { orNull, parseStringList } from '../db/json';
import { statement } from '../db/statements';
import { scanEntry } from '../log/entryFlags';
import { channelState, platformRef } from './platformGuard';

type CreatePlatform = ParsedInputOf<'platforms.create'>;
type AddChannel = ParsedInputOf<'channels.add'>;
type UpdatePlatform = ParsedInputOf<'platforms.update'>;

interface PlatformRow {
  id: number;
  name: string;
  website: string | null;
  official_domains: string;
  notes: string | null;
  legal_entity: string | null;
  registration_number: string | null;
  jurisdiction: string | null;
  account_uid: string | null;
  created_at: string;
}

interface ChannelRow {
  id: number;
  platform_id: number;
  kind: ChannelKind;
  address: string;
  found_via: FoundVia | null;
  verified: number;
  promised_response_hours: number | null;
  created_at: string;
}

export function createPlatform(ctx: CoreContext, input: CreatePlatform): { id: number } {
  return inTransaction(ctx, () => {
    const now = ctx.now().toISOString();
    const domains = [...new Set(input.officialDomains ?? [])];
    const { lastInsertRowid } = ctx.db
      .prepare(
        'INSERT INTO platforms (name, website, official_domains, notes, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(input.name, orNull(input.website), JSON.stringify(domains), orNull(input.notes), now);
    const id = Number(lastInsertRowid);
    ctx.audit.record('platform.created', { subject: `platform:${id}`, detail: { name: input.name } });
    for (const channel of input.channels ?? []) insertChannel(ctx, { platformId: id, ...channel });
    return { id };
  });
}

/**
 * Changes a platform's name, website, official domains or notes, with one 'platform.updated' audit event.
 * The guard's verdicts depend on the name and the official domains, so when either changes every agent
 * entry of the platform's tickets is scanned again in the same transaction (a link that was suspicious
 * under the old list is no longer flagged, and the other way round).
 */
export function updatePlatform(ctx: CoreContext, input: UpdatePlatform): Platform {
  inTransaction(ctx, () => {
    const before = getPlatform(ctx, input.id);
    const changes: Record<string, unknown> = {};
    const set = (column: string, key: string, value: unknown, stored: unknown = value): void => {
      if (value === undefined) return;
      changes[key] = value;
      ctx.db.prepare(`UPDATE platforms SET ${column} = ? WHERE id = ?`).run(stored, input.id);
    };
    const domains = input.officialDomains === undefined ? undefined : [...new Set(input.officialDomains)];
    set('name', 'name', input.name);
    set('website', 'website', input.website, orNull(input.website));
    set('official_domains', 'officialDomains', domains, JSON.stringify(domains));
    set('notes', 'notes', input.notes, orNull(input.notes));
    if (Object.keys(changes).length === 0) return;
    ctx.audit.record('platform.updated', { subject: `platform:${input.id}`, detail: { changes } });
    const guardChanged =
      (input.name !== undefined && input.name !== before.name) ||
      (domains !== undefined && JSON.stringify(domains) !== JSON.stringify(before.officialDomains));
    if (guardChanged) rescanPlatformEntries(ctx, input.id);
  });
  return getPlatform(ctx, input.id);
}

/** Scans every agent entry of the platform's tickets again (call inside the transaction that changed it). */
function rescanPlatformEntries(ctx: CoreContext, platformId: number): void {
  const ref = platformRef(ctx, platformId);
  const rows = statement(
    ctx.db,
    `SELECT e.id, e.ticket_id, e.text FROM entries e JOIN tickets t ON t.id = e.ticket_id
     WHERE t.platform_id = ? AND e.author = 'agent' ORDER BY e.id`,
    { raw: true },
  ).all(platformId) as [number, number, string][];
  for (const [id, ticketId, text] of rows) scanEntry(ctx, { id, ticketId, text }, ref);
}

export function addChannel(ctx: CoreContext, input: AddChannel): { id: number } {
  return inTransaction(ctx, () => {
    requirePlatform(ctx, input.platformId);
    return { id: insertChannel(ctx, input) };
  });
}

export function listPlatforms(ctx: CoreContext): Platform[] {
  const rows = ctx.db.prepare('SELECT * FROM platforms ORDER BY name COLLATE NOCASE, id').all() as PlatformRow[];
  const channels = ctx.db.prepare('SELECT * FROM channels ORDER BY id').all() as ChannelRow[];
  return rows.map((row) => toPlatform(row, channels.filter((c) => c.platform_id === row.id)));
}

export function getPlatform(ctx: CoreContext, id: number): Platform {
  const row = ctx.db.prepare('SELECT * FROM platforms WHERE id = ?').get(id) as PlatformRow | undefined;
  if (!row) throw notFound('Platform', id);
  const channels = ctx.db.prepare('SELECT * FROM channels WHERE platform_id = ? ORDER BY id').all(id) as ChannelRow[];
  return toPlatform(row, channels);
}

export function requirePlatform(ctx: CoreContext, id: number): void {
  if (!ctx.db.prepare('SELECT 1 FROM platforms WHERE id = ?').get(id)) throw notFound('Platform', id);
}

function insertChannel(ctx: CoreContext, input: AddChannel): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      'INSERT INTO channels (platform_id, kind, address, found_via, verified, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      input.platformId,
      input.kind,
      input.address,
      input.foundVia ?? null,
      input.verified ? 1 : 0,
      ctx.now().toISOString(),
    );
  const id = Number(lastInsertRowid);
  ctx.audit.record('channel.added', {
    subject: `channel:${id}`,
    detail: { platformId: input.platformId, kind: input.kind, address: input.address, verified: !!input.verified },
  });
  return id;
}

function toPlatform(row: PlatformRow, channels: ChannelRow[]): Platform {
  const officialDomains = parseStringList(row.official_domains);
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    officialDomains,
    notes: row.notes,
    legalEntity: row.legal_entity,
    registrationNumber: row.registration_number,
    jurisdiction: row.jurisdiction,
    accountUid: row.account_uid,
    createdAt: row.created_at,
    channels: channels.map((c) => toChannel(c, { name: row.name, officialDomains })),
  };
}

/** A channel with its guard state (platformGuard.ts: verified = official unless the check finds it suspicious). */
function toChannel(row: ChannelRow, platform: { name: string; officialDomains: string[] }): Channel {
  return {
    id: row.id,
    platformId: row.platform_id,
    kind: row.kind,
    address: row.address,
    foundVia: row.found_via,
    verified: row.verified === 1,
    promisedResponseHours: row.promised_response_hours,
    createdAt: row.created_at,
    ...channelState({ address: row.address, verified: row.verified === 1 }, platform),
  };
}
