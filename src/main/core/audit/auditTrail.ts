/**
 * The audit trail: every change, with its time, chained by SHA-256 (each event's hash covers the one
 * before) so an export can carry one fingerprint that vouches for the whole history.
 * record() must run inside the same transaction as the change it describes.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AuditEvent } from '../../../shared/domain';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  ticketId?: number | null;
  /** What changed, as "kind:id" ("entry:12"). */
  subject: string;
  detail?: Record<string, unknown>;
}

interface AuditRow {
  id: number;
  at: string;
  action: string;
  ticket_id: number | null;
  subject: string;
  detail: string;
  prev_hash: string;
  hash: string;
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;

export function createAuditTrail(db: Database, now: () => Date) {
  const lastHash = db.prepare('SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1').pluck();
  const insert = db.prepare(
    `INSERT INTO audit_events (at, action, ticket_id, subject, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const byTicket = db.prepare('SELECT * FROM audit_events WHERE ticket_id = ? ORDER BY id');
  const all = db.prepare('SELECT * FROM audit_events ORDER BY id');

  return {
    record(action: string, record: AuditRecord): void {
      const at = now().toISOString();
      const detail = JSON.stringify(record.detail ?? {});
      const prev = (lastHash.get() as string | undefined) ?? GENESIS_HASH;
      const ticketId = record.ticketId ?? null;
      const hash = chainHash(prev, at, action, ticketId, record.subject, detail);
      insert.run(at, action, ticketId, record.subject, detail, prev, hash);
    },

    list(ticketId?: number): AuditEvent[] {
      const rows = (ticketId === undefined ? all.all() : byTicket.all(ticketId)) as AuditRow[];
      return rows.map(toEvent);
    },

    /** The hash of the latest event: it changes if any earlier event is altered, removed or reordered. */
    fingerprint(): string {
      return (lastHash.get() as string | undefined) ?? GENESIS_HASH;
    },

    /** Re-computes the chain; returns the id of the first event that does not match, or null. */
    firstBrokenEvent(): number | null {
      let prev = GENESIS_HASH;
      for (const row of all.iterate() as Iterable<AuditRow>) {
        const expected = chainHash(prev, row.at, row.action, row.ticket_id, row.subject, row.detail);
        if (row.prev_hash !== prev || row.hash !== expected) return row.id;
        prev = row.hash;
      }
      return null;
    },
  };
}

function chainHash(
  prev: string,
  at: string,
  action: string,
  ticketId: number | null,
  subject: string,
  detail: string,
): string {
  return createHash('sha256').update(JSON.stringify([prev, at, action, ticketId, subject, detail])).digest('hex');
}

function toEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    ticketId: row.ticket_id,
    subject: row.subject,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    hash: row.hash,
  };
}
