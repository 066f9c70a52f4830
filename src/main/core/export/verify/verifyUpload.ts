/**
 * dossier.verify: the uploaded ZIP is spooled to <dataDir>/tmp (a ZIP is read from its end and in any
 * order, which a stream cannot give; same disk as the data, never a shared /tmp, owner-only), checked,
 * and removed whatever the outcome. A copy left by a crash (it is someone's dossier, personal data) is
 * removed at the next start (sweepStaleVerifyCopies): only our own `verify-` files, and only those an hour
 * old, so the import's spooled files and a check still running in a second Casefile are left alone.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DossierVerifyReport } from '../../../../shared/dossier';
import type { CoreContext } from '../../context';
import { CasefileError, isDiskFull } from '../../errors';
import { removeStaleFiles } from '../staleFiles';
import { verifyDossier } from './verifyDossier';

const PREFIX = 'verify-';
/** Far longer than checking even a very large dossier takes. */
const STALE_MS = 60 * 60 * 1000;

const spoolDir = (ctx: Pick<CoreContext, 'dataDir'>) => join(ctx.dataDir, 'tmp');

export async function verifyUploadedDossier(ctx: CoreContext, body: AsyncIterable<Uint8Array>): Promise<DossierVerifyReport> {
  const dir = spoolDir(ctx);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${PREFIX}${randomUUID()}.zip`);
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      for await (const chunk of body) await handle.write(chunk);
    } finally {
      await handle.close();
    }
    return await verifyDossier(path);
  } catch (error) {
    if (isDiskFull(error)) {
      throw new CasefileError('storage_full', 'The disk is full, so the dossier could not be checked. Free some space and try again.');
    }
    throw error;
  } finally {
    await rm(path, { force: true }).catch((error: unknown) => ctx.log(`dossier.verify: could not remove ${path}: ${String(error)}`));
  }
}

/** At start-up: removes spooled dossier copies a crash left behind (see the module comment). */
export function sweepStaleVerifyCopies(ctx: Pick<CoreContext, 'dataDir'>, nowMs: number = Date.now()): Promise<number> {
  return removeStaleFiles(spoolDir(ctx), { olderThanMs: STALE_MS, nowMs, prefix: PREFIX });
}
