/**
 * Guard flags on the conversation log. Every agent-side entry (author 'agent', typed or imported) is scanned
 * for the marks of support impersonation when it is written or edited; the flags are stored in entry_flags
 * (derived data: replaced on each scan) and `entries.scanned_rules_version` records the rules version used.
 * At start-up `rescanMissingFlags` scans the agent entries never scanned, or scanned with other rules.
 *
 * Scanning never blocks logging: a failure of the engine (or of storing its answer) leaves the entry as it
 * is, with no flags and no scan marker (so the next start tries again), and writes one log line.
 */
import type { GuardFlag, GuardFlagKind } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { statement } from '../db/statements';
import { DEFAULT_RULES, scanMessage, type PlatformRef } from '../guard';
import { platformRef, ticketPlatformRef, toGuardReason } from '../platforms/platformGuard';

export const RULES_VERSION = DEFAULT_RULES.version;

/** Scans one agent entry's text and replaces its flags. Call inside the transaction that wrote the entry. */
export function scanEntry(ctx: CoreContext, entry: { id: number; ticketId: number; text: string }, platform?: PlatformRef): void {
  try {
    const ref = platform ?? ticketPlatformRef(ctx, entry.ticketId);
    const flags = entry.text.trim() === '' ? [] : scanMessage(entry.text, ref).flags;
    statement(ctx.db, 'DELETE FROM entry_flags WHERE entry_id = ?').run(entry.id);
    const insert = statement(
      ctx.db,
      'INSERT INTO entry_flags (entry_id, ticket_id, kind, rule_id, excerpt, start, "end", reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const f of flags) {
      insert.run(entry.id, entry.ticketId, f.kind, f.ruleId, f.excerpt, f.start, f.end, JSON.stringify(f.reason));
    }
    statement(ctx.db, 'UPDATE entries SET scanned_rules_version = ? WHERE id = ?').run(RULES_VERSION, entry.id);
  } catch (error) {
    try {
      statement(ctx.db, 'DELETE FROM entry_flags WHERE entry_id = ?').run(entry.id);
    } catch {
      // nothing more to do: the entry itself is stored
    }
    ctx.log(`guard: scanning entry ${entry.id} failed; stored without flags: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Removes an entry's flags (its text is no longer scanned, e.g. it is not on the agent's side). */
export function clearEntryFlags(ctx: CoreContext, entryId: number): void {
  statement(ctx.db, 'DELETE FROM entry_flags WHERE entry_id = ?').run(entryId);
}

type FlagTuple = [number, GuardFlagKind, string, string, number, number, string];

/**
 * Every flag of a ticket, grouped by entry id, in one query (entry_flags_by_ticket, no sort: flags are stored
 * in the engine's reading order, so rowid order within an entry is reading order). No per-entry lookups.
 */
export function flagsOfTicket(ctx: CoreContext, ticketId: number): Map<number, GuardFlag[]> {
  const rows = statement(
    ctx.db,
    'SELECT entry_id, kind, rule_id, excerpt, start, "end", reason FROM entry_flags WHERE ticket_id = ? ORDER BY entry_id, id',
    { raw: true },
  ).all(ticketId) as FlagTuple[];
  const byEntry = new Map<number, GuardFlag[]>();
  for (const [entryId, kind, ruleId, excerpt, start, end, reason] of rows) {
    const flag: GuardFlag = { kind, ruleId, excerpt, start, end, reason: toGuardReason(parseReason(reason)) };
    const list = byEntry.get(entryId);
    if (list) list.push(flag);
    else byEntry.set(entryId, [flag]);
  }
  return byEntry;
}

export function flagsOfEntry(ctx: CoreContext, entryId: number): GuardFlag[] {
  const rows = statement(ctx.db, 'SELECT kind, rule_id, excerpt, start, "end", reason FROM entry_flags WHERE entry_id = ? ORDER BY id', {
    raw: true,
  }).all(entryId) as [GuardFlagKind, string, string, number, number, string][];
  return rows.map(([kind, ruleId, excerpt, start, end, reason]) => ({
    kind,
    ruleId,
    excerpt,
    start,
    end,
    reason: toGuardReason(parseReason(reason)),
  }));
}

function parseReason(json: string): { code: string; params: Record<string, string> } {
  try {
    const value = JSON.parse(json) as { code?: unknown; params?: unknown };
    const params: Record<string, string> = {};
    if (typeof value.params === 'object' && value.params !== null) {
      for (const [k, v] of Object.entries(value.params)) if (typeof v === 'string') params[k] = v;
    }
    return { code: typeof value.code === 'string' ? value.code : 'unknown', params };
  } catch {
    return { code: 'unknown', params: {} };
  }
}

/** Agent entries scanned per transaction by rescanMissingFlags: short write locks, bounded memory. */
const RESCAN_BATCH = 500;

/**
 * Scans the agent entries that have no scan marker, or one from another rules version (run at start-up:
 * after the v4 upgrade it catches up every earlier entry; after a rules update, every entry). Costs about
 * 0.25 ms per entry. Returns how many entries were scanned.
 */
export function rescanMissingFlags(ctx: CoreContext): { scanned: number; ms: number } {
  const started = performance.now();
  const select = statement(
    ctx.db,
    `SELECT e.id, e.ticket_id, e.text, t.platform_id FROM entries e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.author = 'agent' AND e.scanned_rules_version IS NOT ? AND e.id > ? ORDER BY e.id LIMIT ?`,
    { raw: true },
  );
  const refs = new Map<number, PlatformRef>();
  let scanned = 0;
  let after = 0;
  for (;;) {
    const rows = select.all(RULES_VERSION, after, RESCAN_BATCH) as [number, number, string, number][];
    if (rows.length === 0) break;
    ctx.db.transaction(() => {
      for (const [id, ticketId, text, platformId] of rows) {
        let ref = refs.get(platformId);
        if (!ref) {
          ref = platformRef(ctx, platformId);
          refs.set(platformId, ref);
        }
        scanEntry(ctx, { id, ticketId, text }, ref);
      }
    })();
    scanned += rows.length;
    after = rows[rows.length - 1]![0];
  }
  return { scanned, ms: performance.now() - started };
}
