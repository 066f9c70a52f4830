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
type UpdateChannel = ParsedInputOf<'channels.update'>;

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
        `INSERT INTO platforms (name, website, official_domains, notes, legal_entity, registration_number, jurisdiction, account_uid, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        orNull(input.website),
        JSON.stringify(domains),
        orNull(input.notes),
        orNull(input.legalEntity),
        orNull(input.registrationNumber),
        orNull(input.jurisdiction),
        orNull(input.accountUid),
        now,
      );
    const id = Number(lastInsertRowid);
    const facts = Object.fromEntries(
      (['legalEntity', 'registrationNumber', 'jurisdiction', 'accountUid'] as const)
        .map((key) => [key, orNull(input[key])])
        .filter(([, value]) => value !== null),
    );
    ctx.audit.record('platform.created', { subject: `platform:${id}`, detail: { name: input.name, ...facts } });
    for (const channel of input.channels ?? []) insertChannel(ctx, { platformId: id, ...channel });
    return { id };
  });
}

/**
 * Changes a platform's name, website, official domains, notes or its facts for dossiers and venues (legal
 * entity, registration number, jurisdiction, the user's account UID; null clears), with one
 * 'platform.updated' audit event.
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
    set('legal_entity', 'legalEntity', input.legalEntity, orNull(input.legalEntity));
    set('registration_number', 'registrationNumber', input.registrationNumber, orNull(input.registrationNumber));
    set('jurisdiction', 'jurisdiction', input.jurisdiction, orNull(input.jurisdiction));
    set('account_uid', 'accountUid', input.accountUid, orNull(input.accountUid));
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

/**
 * Changes a channel's promised response time (null: none stated) or whether the user verified it, with one
 * 'channel.updated' audit event. Which channels are official decides what the guard flags in the platform's
 * messages, so a change of `verified` scans the platform's agent entries again in the same transaction.
 */
export function updateChannel(ctx: CoreContext, input: UpdateChannel): Platform {
  const platformId = inTransaction(ctx, () => {
    const row = ctx.db.prepare('SELECT * FROM channels WHERE id = ?').get(input.id) as ChannelRow | undefined;
    if (!row) throw notFound('Channel', input.id);
    const changes: Record<string, unknown> = {};
    if (input.promisedResponseHours !== undefined && input.promisedResponseHours !== row.promised_response_hours) {
      changes.promisedResponseHours = { from: row.promised_response_hours, to: input.promisedResponseHours };
      ctx.db.prepare('UPDATE channels SET promised_response_hours = ? WHERE id = ?').run(input.promisedResponseHours, input.id);
    }
    if (input.verified !== undefined && input.verified !== (row.verified === 1)) {
      changes.verified = { from: row.verified === 1, to: input.verified };
      ctx.db.prepare('UPDATE channels SET verified = ? WHERE id = ?').run(input.verified ? 1 : 0, input.id);
    }
    if (Object.keys(changes).length === 0) return row.platform_id;
    ctx.audit.record('channel.updated', {
      subject: `channel:${input.id}`,
      detail: { platformId: row.platform_id, kind: row.kind, address: row.address, changes },
    });
    if (changes.verified !== undefined) rescanPlatformEntries(ctx, row.platform_id);
    return row.platform_id;
  });
  return getPlatform(ctx, platformId);
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
      `INSERT INTO channels (platform_id, kind, address, found_via, verified, promised_response_hours, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.platformId,
      input.kind,
      input.address,
      input.foundVia ?? null,
      input.verified ? 1 : 0,
      input.promisedResponseHours ?? null,
      ctx.now().toISOString(),
    );
  const id = Number(lastInsertRowid);
  ctx.audit.record('channel.added', {
    subject: `channel:${id}`,
    detail: {
      platformId: input.platformId,
      kind: input.kind,
      address: input.address,
      verified: !!input.verified,
      ...(input.promisedResponseHours !== undefined ? { promisedResponseHours: input.promisedResponseHours } : {}),
    },
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
