/**
 * Adding evidence, whatever the path (web upload, drop, paste, the desktop picker, screen capture): the
 * bytes stream into the vault, the type is found in them, the image header is read for size and capture
 * time, and only then the row, its custody event and its audit event are committed in one transaction.
 * Anything that fails on the way leaves no row and no file this call created.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { AddedEvidence, CapturedAtSource } from '../../../shared/domain';
import { LIMITS } from '../../../shared/limits';
import { safeFileName } from '../../../shared/safeFileName';
import { inTransaction, type CoreContext } from '../context';
import { CasefileError } from '../errors';
import { orNull } from '../db/json';
import { evidenceMaxBytes } from '../settings/settingsStore';
import { requireTicket, touchTicket } from '../tickets/ticketGuards';
import { recordCustody } from './custody';
import { detectType, extensionMismatch } from './detectType';
import { getEvidence, isReferenced, requireEntryOnTicket, toEvidence, type EvidenceRow } from './evidenceStore';
import { readImageFacts } from './imageMetadata';

/** How the file reached the vault, as the custody record and the audit trail name it. */
export type EvidencePath = 'upload' | 'picker' | 'drop' | 'paste' | 'import' | 'capture';

export interface NewEvidence {
  ticketId: number;
  entryId?: number | undefined;
  /** The original file name as given; it is cleaned (safeFileName) before it is stored. */
  name: string;
  description?: string | undefined;
  via: EvidencePath;
  /** The file's own modification time (ms since 1970), when known. */
  fileTime?: number | undefined;
  /** The adder's IANA zone: how an EXIF time without offset is read (see exifTime.ts). */
  timeZone?: string | undefined;
}

export interface StoreHooks {
  /** Runs after the bytes are in the vault and before the row is written; throwing abandons the add. */
  verifySource?: () => Promise<void>;
}

/** evidence.upload: the body of an HTTP request or the bytes of an IPC call. */
export function addEvidence(
  ctx: CoreContext,
  input: ParsedInputOf<'evidence.upload'>,
  body: AsyncIterable<Uint8Array>,
): Promise<AddedEvidence> {
  return storeEvidence(
    ctx,
    {
      ticketId: input.ticketId,
      entryId: input.entryId,
      name: input.name,
      description: input.description,
      via: input.via ?? 'upload',
      fileTime: input.lastModified,
      timeZone: input.timeZone,
    },
    body,
  );
}

export async function storeEvidence(
  ctx: CoreContext,
  item: NewEvidence,
  body: AsyncIterable<Uint8Array>,
  hooks: StoreHooks = {},
): Promise<AddedEvidence> {
  requireTicket(ctx, item.ticketId);
  if (item.entryId !== undefined) requireEntryOnTicket(ctx, item.entryId, item.ticketId);
  const name = safeFileName(item.name, LIMITS.fileName);

  const blob = await ctx.vault.put(body, evidenceMaxBytes(ctx));
  try {
    if (blob.size === 0) throw new CasefileError('invalid_input', 'The file is empty (0 bytes): there is nothing to keep.');
    await hooks.verifySource?.();
    const type = detectType(blob.head);
    const now = ctx.now();
    const facts = await readImageFacts(ctx.vault.pathOf(blob.sha256), type.mime, { now, timeZone: item.timeZone });
    const captured = capturedAt(facts.takenAt, item.fileTime, now);
    return inTransaction(ctx, () => {
      const existing = ctx.db
        .prepare('SELECT * FROM evidence WHERE ticket_id = ? AND sha256 = ?')
        .get(item.ticketId, blob.sha256) as EvidenceRow | undefined;
      if (existing) return { ...toEvidence(existing), duplicate: true };

      const addedAt = ctx.now().toISOString();
      const id = nextEvidenceId(ctx);
      ctx.db
        .prepare(
          `INSERT INTO evidence (id, ticket_id, entry_id, sha256, original_name, size, mime_type, extension_mismatch,
             captured_at, captured_at_source, description, width, height, added_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          item.ticketId,
          item.entryId ?? null,
          blob.sha256,
          name,
          blob.size,
          type.mime,
          extensionMismatch(name, type) ? 1 : 0,
          captured.at,
          captured.source,
          orNull(item.description),
          facts.width,
          facts.height,
          addedAt,
        );
      touchTicket(ctx, item.ticketId);
      recordCustody(ctx, { evidenceId: id, ticketId: item.ticketId, sha256: blob.sha256, event: 'added', via: item.via });
      ctx.audit.record('evidence.added', {
        ticketId: item.ticketId,
        subject: `evidence:${id}`,
        detail: { sha256: blob.sha256, name, size: blob.size, mimeType: type.mime, via: item.via },
      });
      return { ...getEvidence(ctx, id), duplicate: false };
    });
  } catch (error) {
    // Nothing half-stored: a file this call put in the vault goes again unless an item uses it or
    // another add is about to (its hold).
    blob.release();
    if (blob.created && !isReferenced(ctx, blob.sha256) && !ctx.vault.isHeld(blob.sha256)) {
      await ctx.vault.remove(blob.sha256);
    }
    throw error;
  } finally {
    blob.release();
  }
}

/** Most trustworthy first: the image's own record of when it was taken, the file's time, the moment it was added. */
function capturedAt(takenAt: Date | null, fileTime: number | undefined, now: Date): { at: string; source: CapturedAtSource } {
  if (takenAt) return { at: takenAt.toISOString(), source: 'metadata' };
  if (fileTime !== undefined && fileTime > 0) return { at: new Date(fileTime).toISOString(), source: 'file_time' };
  return { at: now.toISOString(), source: 'added' };
}

/**
 * A fresh id, never one a removed item had: SQLite would hand the highest id out again after its row is
 * deleted, and the removed item's custody rows and audit events ("evidence:7") must never describe a new
 * item. Runs inside the insert's IMMEDIATE transaction, so two adds cannot take the same id.
 */
function nextEvidenceId(ctx: CoreContext): number {
  return ctx.db
    .prepare(
      `SELECT max(coalesce((SELECT max(id) FROM evidence), 0),
                  coalesce((SELECT max(evidence_id) FROM evidence_custody), 0)) + 1`,
    )
    .pluck()
    .get() as number;
}
