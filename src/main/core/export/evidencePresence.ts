/**
 * Before an export writes anything: which evidence files are in the vault with the size they were added
 * with. Those that are not (deleted by hand, a restored backup without them, a disk error, a file that was
 * changed) are listed in the dossier as missing and the export goes on without them, instead of failing
 * half-way. A file that
 * changes after this check is still caught by the hash check as it streams (verifiedEvidence.ts), which
 * stops the export.
 */
import { stat } from 'node:fs/promises';
import type { Evidence } from '../../../shared/domain';
import type { ExportResult } from '../../../shared/dossier';
import type { CoreContext } from '../context';
import { hashFile } from '../evidence/hashFile';

/** 'altered': the vault's file has another size, so it is not the original. */
export type MissingReason = 'missing' | 'altered';

export interface MissingEvidence {
  item: Evidence;
  reason: MissingReason;
  /** For 'altered': the SHA-256 of what the vault's file is now. */
  actualSha256?: string;
}

/** The list an export's result gives the UI. */
export function missingForResult(missing: MissingEvidence[]): ExportResult['missingEvidence'] {
  return missing.map(({ item, reason }) => ({ evidenceId: item.id, name: item.originalName, sha256: item.sha256, reason }));
}

/** Evidence id → why it is left out: what the PDF and the transcripts mark each item with. */
export function missingReasons(missing: MissingEvidence[]): Map<number, MissingReason> {
  return new Map(missing.map(({ item, reason }) => [item.id, reason]));
}

export async function findMissingEvidence(ctx: CoreContext, items: Evidence[]): Promise<MissingEvidence[]> {
  const missing: MissingEvidence[] = [];
  for (const item of items) {
    try {
      const path = ctx.vault.pathOf(item.sha256);
      const info = await stat(path);
      if (!info.isFile() || info.size !== item.size) {
        // Rare, and the custody record needs what the file is now: hash it.
        const actualSha256 = await hashFile(path, new AbortController().signal, () => undefined).catch(() => undefined);
        missing.push({ item, reason: 'altered', ...(actualSha256 ? { actualSha256 } : {}) });
      }
    } catch {
      missing.push({ item, reason: 'missing' });
    }
  }
  return missing;
}
