/**
 * evidence.update: what the user says about an item (description, tags) and which entry it belongs to.
 * The file and everything read from it (name, hash, type, capture time) never change. Every change is an
 * audit event; an update that changes nothing records nothing.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Evidence } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import { orNull, parseStringList } from '../db/json';
import { touchTicket } from '../tickets/ticketGuards';
import { getEvidence, getEvidenceRow, requireEntryOnTicket } from './evidenceStore';

export function updateEvidence(ctx: CoreContext, input: ParsedInputOf<'evidence.update'>): Evidence {
  inTransaction(ctx, () => {
    const row = getEvidenceRow(ctx, input.id);
    const changes: Record<string, unknown> = {};
    const set = (column: string, value: unknown) =>
      ctx.db.prepare(`UPDATE evidence SET ${column} = ? WHERE id = ?`).run(value, input.id);

    if (input.description !== undefined) {
      const description = orNull(input.description);
      if (description !== row.description) {
        set('description', description);
        changes.description = description;
      }
    }
    if (input.tags !== undefined) {
      const tags = normalizeTags(input.tags);
      if (JSON.stringify(tags) !== JSON.stringify(parseStringList(row.tags))) {
        set('tags', JSON.stringify(tags));
        changes.tags = tags;
      }
    }
    if (input.entryId !== undefined && input.entryId !== row.entry_id) {
      if (input.entryId !== null) requireEntryOnTicket(ctx, input.entryId, row.ticket_id);
      set('entry_id', input.entryId);
      changes.entryId = input.entryId;
    }
    if (Object.keys(changes).length === 0) return;
    touchTicket(ctx, row.ticket_id);
    ctx.audit.record('evidence.updated', {
      ticketId: row.ticket_id,
      subject: `evidence:${row.id}`,
      detail: { changes, sha256: row.sha256 },
    });
  });
  return getEvidence(ctx, input.id);
}

/**
 * Tags as people type them: inner whitespace collapsed, Unicode normalised, and one tag per spelling
 * regardless of case ("KYC" and "kyc" are one tag; the first spelling wins). Order is kept.
 */
export function normalizeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
