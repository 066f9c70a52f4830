/**
 * evidence.delete: the item goes, its record does not. In one transaction the row is removed, the audit
 * trail records what existed (name, hash, size, ticket, when it was added and removed) and the custody
 * record gets its last event. The vault file (and its thumbnail) is removed afterwards, and only when no
 * other item — on any ticket — uses the same bytes and no add is about to.
 */
import { inTransaction, type CoreContext } from '../context';
import { touchTicket } from '../tickets/ticketGuards';
import { recordCustody } from './custody';
import { getEvidenceRow, isReferenced } from './evidenceStore';
import { removeThumbnail } from './thumbnails';

export async function deleteEvidence(ctx: CoreContext, id: number): Promise<{ removedFile: boolean }> {
  const row = inTransaction(ctx, () => {
    const item = getEvidenceRow(ctx, id);
    ctx.db.prepare('DELETE FROM evidence WHERE id = ?').run(id);
    recordCustody(ctx, { evidenceId: id, ticketId: item.ticket_id, sha256: item.sha256, event: 'removed' });
    ctx.audit.record('evidence.removed', {
      ticketId: item.ticket_id,
      subject: `evidence:${id}`,
      detail: {
        name: item.original_name,
        sha256: item.sha256,
        size: item.size,
        mimeType: item.mime_type,
        ticketId: item.ticket_id,
        addedAt: item.added_at,
        removedAt: ctx.now().toISOString(),
      },
    });
    touchTicket(ctx, item.ticket_id);
    return item;
  });

  if (isReferenced(ctx, row.sha256) || ctx.vault.isHeld(row.sha256)) return { removedFile: false };
  try {
    await ctx.vault.remove(row.sha256);
    await removeThumbnail(ctx, row.sha256);
    return { removedFile: true };
  } catch (error) {
    // The item is already gone; the file is now an orphan that the next vault check reports and removes.
    ctx.log(`[casefile] evidence ${id}: the file could not be removed: ${error instanceof Error ? error.message : String(error)}`);
    return { removedFile: false };
  }
}
