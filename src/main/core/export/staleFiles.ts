/**
 * Start-up clean-up of files a crash can leave behind in the data folder (unfinished or undelivered
 * exports, spooled copies of checked dossiers). Only files older than `olderThanMs` go: a second Casefile
 * on the same data folder (web mode beside the desktop app) may be using newer ones. `prefix` keeps the
 * sweep to one's own files in a folder other code writes to as well.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function removeStaleFiles(dir: string, options: { olderThanMs: number; nowMs: number; prefix?: string }): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // no such folder yet: nothing to clear
  }
  let removed = 0;
  for (const name of names) {
    if (options.prefix !== undefined && !name.startsWith(options.prefix)) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || options.nowMs - info.mtimeMs < options.olderThanMs) continue;
      await rm(path, { force: true });
      removed++;
    } catch {
      // gone meanwhile, or not ours to judge: leave it
    }
  }
  return removed;
}
