/**
 * Evidence items: a vault file (by hash) attached to a ticket, optionally to one entry, with what the
 * user needs to cite it: original name, size, type found in the bytes, when it was captured.
 */
import type { Readable } from 'node:stream';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { CapturedAtSource, Evidence } from '../../../shared/domain';
import { LIMITS } from '../../../shared/limits';
import { safeFileName } from '../../../shared/safeFileName';
import { inTransaction, type CoreContext } from '../context';
import { CasefileError, notFound } from '../errors';
import { orNull } from '../db/json';
import { requireTicket, touchTicket } from '../tickets/ticketGuards';
import { detectType, extensionMismatch, INLINE_SAFE_TYPES } from './detectType';

interface EvidenceRow {
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
  added_at: string;
}

/** How the file reached the vault; kept in the custody record. */
export type EvidencePath = 'picker' | 'paste' | 'import' | 'capture' | 'upload';

export async function addEvidence(
  ctx: CoreContext,
  input: ParsedInputOf<'evidence.upload'>,
  body: AsyncIterable<Uint8Array>,
  via: EvidencePath = 'upload',
): Promise<Evidence & { duplicate: boolean }> {
  requireTicket(ctx, input.ticketId);
  if (input.entryId !== undefined) requireEntryOnTicket(ctx, input.entryId, input.ticketId);
  const name = safeFileName(input.name, LIMITS.fileName);

  const blob = await ctx.vault.put(body, ctx.evidenceMaxBytes);
  try {
    if (blob.size === 0) throw new CasefileError('invalid_input', 'The file is empty (0 bytes): there is nothing to keep.');
    const type = detectType(blob.head);
    return inTransaction(ctx, () => {
      const existing = ctx.db
        .prepare('SELECT * FROM evidence WHERE ticket_id = ? AND sha256 = ?')
        .get(input.ticketId, blob.sha256) as EvidenceRow | undefined;
      if (existing) return { ...toEvidence(existing), duplicate: true };

      const now = ctx.now().toISOString();
      const fromFile = input.lastModified !== undefined && input.lastModified > 0;
      const capturedAt = fromFile ? new Date(input.lastModified!).toISOString() : now;
      const { lastInsertRowid } = ctx.db
        .prepare(
          `INSERT INTO evidence (ticket_id, entry_id, sha256, original_name, size, mime_type, extension_mismatch, captured_at, captured_at_source, description, added_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.ticketId,
          input.entryId ?? null,
          blob.sha256,
          name,
          blob.size,
          type.mime,
          extensionMismatch(name, type) ? 1 : 0,
          capturedAt,
          fromFile ? 'file_time' : 'added',
          orNull(input.description),
          now,
        );
      const id = Number(lastInsertRowid);
      touchTicket(ctx, input.ticketId);
      ctx.audit.record('evidence.added', {
        ticketId: input.ticketId,
        subject: `evidence:${id}`,
        detail: { sha256: blob.sha256, name, size: blob.size, mimeType: type.mime, via },
      });
      return { ...getEvidence(ctx, id), duplicate: false };
    });
  } catch (error) {
    // Nothing half-stored: a file this call put in the vault goes again unless another item uses it.
    if (blob.created && !isReferenced(ctx, blob.sha256)) await ctx.vault.remove(blob.sha256);
    throw error;
  }
}

export function listEvidence(ctx: CoreContext, ticketId: number): Evidence[] {
  requireTicket(ctx, ticketId);
  const rows = ctx.db
    .prepare('SELECT * FROM evidence WHERE ticket_id = ? ORDER BY added_at, id')
    .all(ticketId) as EvidenceRow[];
  return rows.map(toEvidence);
}

export function getEvidence(ctx: CoreContext, id: number): Evidence {
  const row = ctx.db.prepare('SELECT * FROM evidence WHERE id = ?').get(id) as EvidenceRow | undefined;
  if (!row) throw notFound('Evidence', id);
  return toEvidence(row);
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

function requireEntryOnTicket(ctx: CoreContext, entryId: number, ticketId: number): void {
  const row = ctx.db.prepare('SELECT ticket_id FROM entries WHERE id = ?').get(entryId) as
    | { ticket_id: number }
    | undefined;
  if (!row) throw notFound('Entry', entryId);
  if (row.ticket_id !== ticketId) {
    throw new CasefileError('invalid_input', `Entry ${entryId} belongs to another ticket`, 'entryId');
  }
}

function isReferenced(ctx: CoreContext, sha256: string): boolean {
  return !!ctx.db.prepare('SELECT 1 FROM evidence WHERE sha256 = ? LIMIT 1').get(sha256);
}

function toEvidence(row: EvidenceRow): Evidence {
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
    addedAt: row.added_at,
  };
}
