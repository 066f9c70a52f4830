/**
 * evidence.openExternal: open a COPY of an evidence file in the user's default program, after asking.
 *
 * Order matters: the type is checked first (a refused type never reaches the question), then the user is
 * asked, then the vault file is copied — its hash checked while copying — into a fresh private folder
 * under the system temp folder, and only the copy is handed to the system. The other program can change
 * or lock the copy; the vault original is never touched.
 */
import type { MessageBoxOptions } from 'electron';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CoreContext } from '../core/context';
import { CasefileError } from '../core/errors';
import { getEvidence } from '../core/evidence/evidenceStore';
import { externalCopyName, REFUSED_MESSAGE } from './openExternalPolicy';
import { isPathInside } from './evidenceProtocol';

export interface OpenExternalDeps {
  /** dialog.showMessageBox on the main window. */
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  /** shell.openPath: resolves to an error message, '' on success. */
  openPath(path: string): Promise<string>;
  /** app.getPath('temp'). */
  tempDir(): string;
}

/** Copies for other programs live here, one random folder per opening. */
export const OPEN_COPIES_FOLDER = 'casefile-open';
const OPEN = 0;
const CANCEL = 1;

export function confirmOpenOptions(fileName: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Casefile',
    buttons: ['Open 打开', 'Cancel 取消'],
    defaultId: OPEN,
    cancelId: CANCEL,
    noLink: true,
    message: `Open “${fileName}” in another program?\n用其他程序打开“${fileName}”？`,
    detail:
      'Casefile opens a copy; the original in the evidence vault stays unchanged.\n' +
      'Casefile 会打开一份副本，证据库中的原件保持不变。',
  };
}

export async function openEvidenceExternally(
  ctx: CoreContext,
  deps: OpenExternalDeps,
  id: number,
): Promise<{ opened: boolean }> {
  const item = getEvidence(ctx, id);
  const copyName = externalCopyName(item);
  if (!copyName) throw new CasefileError('unsupported', REFUSED_MESSAGE);

  const { response } = await deps.showMessageBox(confirmOpenOptions(item.originalName));
  if (response !== OPEN) return { opened: false };

  const folder = join(deps.tempDir(), OPEN_COPIES_FOLDER, randomUUID());
  const copy = join(folder, copyName);
  if (!isPathInside(copy, folder)) throw new CasefileError('internal', 'Unsafe file name');
  await mkdir(folder, { recursive: true, mode: 0o700 });
  try {
    await copyVerified(ctx, item.sha256, copy);
  } catch (error) {
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const failure = await deps.openPath(copy);
  if (failure) throw new CasefileError('unsupported', `The system could not open the file: ${failure.slice(0, 200)}`);
  return { opened: true };
}

/** Streams the vault file to `target`, hashing on the way: an altered vault file is not handed out. */
async function copyVerified(ctx: CoreContext, sha256: string, target: string): Promise<void> {
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(ctx.vault.openRead(sha256), hashing, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new CasefileError('not_found', 'The file of this item is missing from the vault. Run “Check the vault”.');
    }
    throw error;
  }
  if (hash.digest('hex') !== sha256) {
    throw new CasefileError(
      'conflict',
      'The stored file no longer matches its fingerprint, so it was not opened. Run “Check the vault”.',
    );
  }
}

/**
 * Removes copies opened more than `maxAgeMs` ago (run at start-up): evidence should not linger in the
 * temp folder, while a program may still hold a recent copy open.
 */
export async function sweepOpenCopies(tempDir: string, now: Date, maxAgeMs = 24 * 3600 * 1000): Promise<number> {
  const root = join(tempDir, OPEN_COPIES_FOLDER);
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(root, name);
    try {
      const info = await stat(path);
      if (now.getTime() - info.mtimeMs > maxAgeMs) {
        await rm(path, { recursive: true, force: true });
        removed++;
      }
    } catch {
      // Gone already, or still locked by another program: try again next start.
    }
  }
  return removed;
}
