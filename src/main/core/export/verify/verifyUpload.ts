/**
 * dossier.verify: the uploaded ZIP is spooled to <dataDir>/tmp (a ZIP is read from its end and in any
 * order, which a stream cannot give; same disk as the data, never a shared /tmp, owner-only), checked,
 * and removed whatever the outcome.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DossierVerifyReport } from '../../../../shared/dossier';
import type { CoreContext } from '../../context';
import { CasefileError, isDiskFull } from '../../errors';
import { verifyDossier } from './verifyDossier';

export async function verifyUploadedDossier(ctx: CoreContext, body: AsyncIterable<Uint8Array>): Promise<DossierVerifyReport> {
  const dir = join(ctx.dataDir, 'tmp');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `verify-${randomUUID()}.zip`);
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
