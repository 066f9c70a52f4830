/**
 * "Check the vault" (vault.check): re-hash every stored file in the background and compare the vault
 * with the database. The report lists
 *  - missing: items whose file is gone,
 *  - altered: items whose file no longer hashes to its name (every item using that file),
 *  - orphans: files no item refers to (left by a crash or a removed item), stray files, and upload temp
 *    files untouched for an hour (a live upload writes to its temp file continuously).
 * At the end, in one transaction, each item gets a custody event (verified / altered / missing), each
 * altered or missing item an audit event on its ticket, and the check itself one audit event. A
 * cancelled check writes nothing.
 */
import type { VaultReport } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import type { JobControl } from '../jobs/jobRegistry';
import { recordCustody } from './custody';
import { hashFile } from './hashFile';
import type { VaultFile } from './vault';

/** An upload temp file unchanged this long belongs to no running upload. */
export const STALE_INCOMING_MS = 60 * 60 * 1000;

export function startVaultCheck(ctx: CoreContext): { jobId: string } {
  // One check at a time: asking again (a second window, a double click) follows the running one.
  const running = ctx.jobs.running('vault.check');
  if (running) return { jobId: running.id };
  return { jobId: ctx.jobs.start('vault.check', (control) => checkVault(ctx, control)).id };
}

interface ItemRow {
  id: number;
  ticket_id: number;
  original_name: string;
  sha256: string;
}

export async function checkVault(ctx: CoreContext, control: JobControl): Promise<VaultReport> {
  const files = await ctx.vault.list();
  const blobs = files.filter((f) => f.kind === 'blob');
  control.progress({ total: blobs.length, bytesTotal: blobs.reduce((sum, f) => sum + f.size, 0) });

  /** name hash → the hash of its bytes now; absent: the file vanished during the check. */
  const actual = new Map<string, string>();
  let done = 0;
  let bytesDone = 0;
  for (const file of blobs) {
    control.signal.throwIfAborted();
    try {
      actual.set(
        file.sha256!,
        await hashFile(file.absolutePath, control.signal, (n) => {
          bytesDone += n;
          control.progress({ bytesDone });
        }),
      );
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    }
    done++;
    control.progress({ done });
  }
  control.signal.throwIfAborted();

  const items = ctx.db.prepare('SELECT id, ticket_id, original_name, sha256 FROM evidence ORDER BY id').all() as ItemRow[];
  const report: VaultReport = {
    checkedFiles: done,
    checkedBytes: bytesDone,
    missing: [],
    altered: [],
    orphans: orphansOf(files, new Set(items.map((i) => i.sha256))),
  };
  const verified: ItemRow[] = [];
  const listed = new Set(blobs.map((f) => f.sha256!));
  for (const item of items) {
    const found = actual.get(item.sha256);
    if (found === undefined) {
      // Not listed but there now: added while the check ran, so not checked this time (and not missing).
      if (!listed.has(item.sha256) && (await ctx.vault.has(item.sha256))) continue;
      report.missing.push({ evidenceId: item.id, ticketId: item.ticket_id, name: item.original_name, sha256: item.sha256 });
    } else if (found !== item.sha256) {
      report.altered.push({
        evidenceId: item.id,
        ticketId: item.ticket_id,
        name: item.original_name,
        sha256: item.sha256,
        actualSha256: found,
      });
    } else {
      verified.push(item);
    }
  }
  control.signal.throwIfAborted();
  recordResults(ctx, report, verified);
  return report;
}

function orphansOf(files: VaultFile[], referenced: Set<string>): VaultReport['orphans'] {
  const staleBefore = Date.now() - STALE_INCOMING_MS; // file times are the real clock's, not the app's
  return files
    .filter((f) =>
      f.kind === 'blob' ? !referenced.has(f.sha256!) : f.kind === 'stray' || f.mtimeMs < staleBefore,
    )
    .map((f) => ({ path: f.path, size: f.size }));
}

function recordResults(ctx: CoreContext, report: VaultReport, verified: ItemRow[]): void {
  inTransaction(ctx, () => {
    const via = 'vault.check';
    // An item deleted while the check ran already has its last event ('removed'): report it, record nothing more.
    const stillThere = ctx.db.prepare('SELECT 1 FROM evidence WHERE id = ?').pluck();
    const exists = (id: number) => stillThere.get(id) !== undefined;
    verified = verified.filter((item) => exists(item.id));
    for (const item of verified) {
      recordCustody(ctx, { evidenceId: item.id, ticketId: item.ticket_id, sha256: item.sha256, event: 'verified', via });
    }
    for (const item of report.altered.filter((i) => exists(i.evidenceId))) {
      recordCustody(ctx, {
        evidenceId: item.evidenceId,
        ticketId: item.ticketId,
        sha256: item.actualSha256,
        event: 'altered',
        via,
        detail: { expectedSha256: item.sha256 },
      });
      ctx.audit.record('evidence.altered', {
        ticketId: item.ticketId,
        subject: `evidence:${item.evidenceId}`,
        detail: { name: item.name, sha256: item.sha256, actualSha256: item.actualSha256 },
      });
    }
    for (const item of report.missing.filter((i) => exists(i.evidenceId))) {
      recordCustody(ctx, { evidenceId: item.evidenceId, ticketId: item.ticketId, sha256: item.sha256, event: 'missing', via });
      ctx.audit.record('evidence.missing', {
        ticketId: item.ticketId,
        subject: `evidence:${item.evidenceId}`,
        detail: { name: item.name, sha256: item.sha256 },
      });
    }
    ctx.audit.record('vault.checked', {
      subject: 'vault',
      detail: {
        checkedFiles: report.checkedFiles,
        checkedBytes: report.checkedBytes,
        verified: verified.length,
        altered: report.altered.length,
        missing: report.missing.length,
        orphans: report.orphans.length,
      },
    });
  });
}
