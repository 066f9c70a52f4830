/**
 * Evidence items: a vault file (by hash) attached to a ticket, optionally to one entry, with what the
 * user needs to cite it: original name, size, type found in the bytes, when it was captured. This module
 * reads them; adding is addEvidence.ts, changing updateEvidence.ts, removing deleteEvidence.ts.
 */
import type { Readable } from 'node:stream';
import type { CapturedAtSource, Evidence } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { CasefileError, notFound } from '../errors';
import { parseStringList } from '../db/json';
import { requireTicket } from '../tickets/ticketGuards';
import { INLINE_SAFE_TYPES } from './detectType';
import { THUMBNAIL_TYPES } from './imageTypes';

export interface EvidenceRow {
  id: number;
  ticket_id: number;
  entry_id: number | null;
  sha256: string;
  original_name: string;
  size: number;
  mime_type: string;
  extension_mismatch: number;
  captured_at: string;
  captured_at_source: CapturedAtSource;
  description: string | null;
  tags: string;
  width: number | null;
  height: number | null;
  added_at: string;
}

export function listEvidence(ctx: CoreContext, ticketId: number): Evidence[] {
  requireTicket(ctx, ticketId);
  const rows = ctx.db
    .prepare('SELECT * FROM evidence WHERE ticket_id = ? ORDER BY added_at, id')
    .all(ticketId) as EvidenceRow[];
  return rows.map(toEvidence);
}

export function getEvidence(ctx: CoreContext, id: number): Evidence {
  return toEvidence(getEvidenceRow(ctx, id));
}

export function getEvidenceRow(ctx: CoreContext, id: number): EvidenceRow {
  const row = ctx.db.prepare('SELECT * FROM evidence WHERE id = ?').get(id) as EvidenceRow | undefined;
  if (!row) throw notFound('Evidence', id);
  return row;
}

/** The stored bytes, with how they may be shown: only a safe allow-list inline, the rest as downloads. */
export function evidenceContent(ctx: CoreContext, id: number) {
  const item = getEvidence(ctx, id);
  const inline = INLINE_SAFE_TYPES.has(item.mimeType);
  return {
    fileName: item.originalName,
    contentType: inline ? item.mimeType : 'application/octet-stream',
    size: item.size,
    inline,
    stream: ctx.vault.openRead(item.sha256) as Readable,
  };
}

export function requireEntryOnTicket(ctx: CoreContext, entryId: number, ticketId: number): void {
  const row = ctx.db.prepare('SELECT ticket_id FROM entries WHERE id = ?').get(entryId) as
    | { ticket_id: number }
    | undefined;
  if (!row) throw notFound('Entry', entryId);
  if (row.ticket_id !== ticketId) {
    throw new CasefileError('invalid_input', `Entry ${entryId} belongs to another ticket`, 'entryId');
  }
}

/** Some item still names this vault file (on any ticket). */
export function isReferenced(ctx: CoreContext, sha256: string): boolean {
  return !!ctx.db.prepare('SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1').get(sha256);
}

export function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    entryId: row.entry_id,
    sha256: row.sha256,
    originalName: row.original_name,
    size: row.size,
    mimeType: row.mime_type,
    extensionMismatch: row.extension_mismatch === 1,
    capturedAt: row.captured_at,
    capturedAtSource: row.captured_at_source,
    description: row.description,
    tags: parseStringList(row.tags),
    width: row.width,
    height: row.height,
    hasThumbnail: THUMBNAIL_TYPES.has(row.mime_type),
    addedAt: row.added_at,
  };
}
