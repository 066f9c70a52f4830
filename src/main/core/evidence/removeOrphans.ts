/**
 * vault.removeOrphans: removes the orphans the last finished vault check found — but only those that are
 * still orphans now. Between the check and this call the user may have added the same file again, or an
 * upload may be about to name it, so each one is re-checked against the database (and the vault's holds)
 * right before it is removed. Files that are gone already are skipped.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { inTransaction, type CoreContext } from '../context';
import { CasefileError } from '../errors';
import { isReferenced } from './evidenceStore';
import { removeThumbnail } from './thumbnails';
import { INCOMING_DIR } from './vault';
import { STALE_INCOMING_MS } from './vaultCheck';

export async function removeOrphans(ctx: CoreContext): Promise<{ removed: number; bytes: number }> {
  const last = ctx.jobs.lastDone('vault.check');
  if (!last?.result) {
    throw new CasefileError('conflict', 'Check the vault first: only files a finished check found unused are removed.');
  }
  let removed = 0;
  let bytes = 0;
  const paths: string[] = [];
  for (const orphan of last.result.orphans) {
    const info = await lstat(join(ctx.vault.root, orphan.path)).catch(() => null);
    if (!info || info.isDirectory()) continue;
    if (!stillOrphan(ctx, orphan.path, info.mtimeMs)) continue;
    await ctx.vault.removeListed(orphan.path);
    const sha256 = blobHash(orphan.path);
    if (sha256) await removeThumbnail(ctx, sha256);
    removed++;
    bytes += info.size;
    paths.push(orphan.path);
  }
  if (removed > 0) {
    inTransaction(ctx, () =>
      ctx.audit.record('vault.orphansRemoved', {
        subject: 'vault',
        detail: { removed, bytes, files: paths.slice(0, 1000), checkJobId: last.id },
      }),
    );
  }
  return { removed, bytes };
}

function stillOrphan(ctx: CoreContext, path: string, mtimeMs: number): boolean {
  const sha256 = blobHash(path);
  if (sha256) return !isReferenced(ctx, sha256) && !ctx.vault.isHeld(sha256);
  // A temp file written to since the check belongs to a live upload.
  if (path.startsWith(`${INCOMING_DIR}/`)) return mtimeMs < Date.now() - STALE_INCOMING_MS;
  return true;
}

/** The hash a vault path "ab/cdef…" names, or null for temp and stray files. */
function blobHash(path: string): string | null {
  const match = /^([0-9a-f]{2})\/([0-9a-f]{62})$/.exec(path);
  return match ? match[1]! + match[2]! : null;
}
