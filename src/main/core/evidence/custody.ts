/**
 * The chain of custody of evidence items: when each arrived and by which path, every export that carried
 * it, every vault check that found it intact, altered or missing, and its removal — each with the hash of
 * the file at that moment. Rows are append-only (triggers) and outlive the item, so a removed item's
 * history stays readable. The audit trail records the same moments as hash-chained events; this table is
 * the per-item view a user (or a complaint body) asks for.
 */
import type { CustodyEvent } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

export interface CustodyRecord {
  evidenceId: number;
  ticketId: number;
  sha256: string;
  event: CustodyEvent['event'];
  via?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes one event now; call it inside the transaction of the change it describes, if there is one. */
export function recordCustody(ctx: CoreContext, record: CustodyRecord): void {
  ctx.db
    .prepare(
      'INSERT INTO evidence_custody (evidence_id, ticket_id, sha256, event, via, detail, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      record.evidenceId,
      record.ticketId,
      record.sha256,
      record.event,
      record.via ?? null,
      record.detail ? JSON.stringify(record.detail) : null,
      ctx.now().toISOString(),
    );
}

/**
 * An item's events, oldest first. A removed item still answers (its rows outlive it, ending in
 * 'removed'); an id that never had an item is not_found.
 */
export function listCustody(ctx: CoreContext, evidenceId: number): CustodyEvent[] {
  const rows = ctx.db
    .prepare('SELECT at, event, via, sha256 FROM evidence_custody WHERE evidence_id = ? ORDER BY id')
    .all(evidenceId) as CustodyEvent[];
  if (rows.length === 0 && !ctx.db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(evidenceId)) {
    throw notFound('Evidence', evidenceId);
  }
  return rows.map((row) => ({ at: row.at, event: row.event, via: row.via, sha256: row.sha256 }));
}
