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
import type { StoredBlob } from './vault';

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
  const prepared = await prepareEvidence(ctx, item, body, hooks);
  try {
    return inTransaction(ctx, () => commitEvidence(ctx, prepared, { ticketId: item.ticketId, entryId: item.entryId }));
  } catch (error) {
    await abandonEvidence(ctx, [prepared]);
    throw error;
  } finally {
    prepared.blob.release();
  }
}

/**
 * A file in the vault, read and described, that no row names yet. Made by prepareEvidence (async: streams
 * to the vault, reads the image header); turned into an item by commitEvidence inside the caller's
 * transaction; either way the caller ends with blob.release(), or abandonEvidence() if the row never came.
 * The transcript import uses the two halves to put an e-mail's attachments in the vault first and then
 * commit them in the same transaction as the entries they belong to.
 */
export interface PreparedEvidence {
  blob: StoredBlob;
  name: string;
  description: string | undefined;
  via: EvidencePath;
  mime: string;
  extensionMismatch: boolean;
  captured: { at: string; source: CapturedAtSource };
  width: number | null;
  height: number | null;
}

export async function prepareEvidence(
  ctx: CoreContext,
  item: Omit<NewEvidence, 'ticketId' | 'entryId'>,
  body: AsyncIterable<Uint8Array>,
  hooks: StoreHooks = {},
): Promise<PreparedEvidence> {
  const name = safeFileName(item.name, LIMITS.fileName);
  const blob = await ctx.vault.put(body, evidenceMaxBytes(ctx));
  const prepared = { blob } as PreparedEvidence;
  try {
    if (blob.size === 0) throw new CasefileError('invalid_input', 'The file is empty (0 bytes): there is nothing to keep.');
    await hooks.verifySource?.();
    const type = detectType(blob.head);
    const now = ctx.now();
    const facts = await readImageFacts(ctx.vault.pathOf(blob.sha256), type.mime, { now, timeZone: item.timeZone });
    return Object.assign(prepared, {
      name,
      description: item.description,
      via: item.via,
      mime: type.mime,
      extensionMismatch: extensionMismatch(name, type),
      captured: capturedAt(facts.takenAt, item.fileTime, now),
      width: facts.width,
      height: facts.height,
    });
  } catch (error) {
    await abandonEvidence(ctx, [prepared]);
    throw error;
  }
}

/**
 * Writes the item's row, custody event and audit event. Runs inside the caller's IMMEDIATE transaction; the
 * ticket (and entry) are the caller's to check. The same bytes already on this ticket answer that item with
 * duplicate: true and write nothing.
 */
export function commitEvidence(
  ctx: CoreContext,
  prepared: PreparedEvidence,
  where: { ticketId: number; entryId?: number | undefined },
): AddedEvidence {
  const { blob } = prepared;
  const existing = ctx.db
    .prepare('SELECT * FROM evidence WHERE ticket_id = ? AND sha256 = ?')
    .get(where.ticketId, blob.sha256) as EvidenceRow | undefined;
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
      where.ticketId,
      where.entryId ?? null,
      blob.sha256,
      prepared.name,
      blob.size,
      prepared.mime,
      prepared.extensionMismatch ? 1 : 0,
      prepared.captured.at,
      prepared.captured.source,
      orNull(prepared.description),
      prepared.width,
      prepared.height,
      addedAt,
    );
  touchTicket(ctx, where.ticketId);
  recordCustody(ctx, { evidenceId: id, ticketId: where.ticketId, sha256: blob.sha256, event: 'added', via: prepared.via });
  ctx.audit.record('evidence.added', {
    ticketId: where.ticketId,
    subject: `evidence:${id}`,
    detail: { sha256: blob.sha256, name: prepared.name, size: blob.size, mimeType: prepared.mime, via: prepared.via },
  });
  return { ...getEvidence(ctx, id), duplicate: false };
}

/**
 * Nothing half-stored: ends the holds, then removes each file these adds put in the vault unless an item
 * uses it (committed meanwhile, or from before) or another add is about to (its hold). Holds are released
 * first so that two attachments with the same bytes in one import do not keep each other's file.
 */
export async function abandonEvidence(ctx: CoreContext, items: { blob: StoredBlob }[]): Promise<void> {
  for (const { blob } of items) blob.release();
  for (const { blob } of items) {
    if (blob.created && !isReferenced(ctx, blob.sha256) && !ctx.vault.isHeld(blob.sha256)) {
      await ctx.vault.remove(blob.sha256).catch(() => undefined);
    }
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
