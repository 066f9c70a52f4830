/**
 * A ZIP upload goes to a temp file before it is read: a ZIP's directory is at its end, and its files are
 * read in any order, which a stream cannot give. The file lives in <dataDir>/tmp (same disk as the data,
 * never a shared /tmp), readable by this user only, and is removed by the caller when the import is done;
 * on any failure here it is removed at once.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBytes } from '../../evidence/vault';
import { ImportError } from '../importError';

export async function spoolToFile(chunks: AsyncIterable<Uint8Array>, dir: string, limit: number): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `import-${randomUUID()}.zip`);
  const handle = await open(path, 'wx', 0o600);
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      if (size > limit) {
        throw new ImportError(
          'too_large',
          `The ZIP archive is larger than ${formatBytes(limit)}; nothing was imported. Zip the export folder without videos, or import result.json alone.`,
        );
      }
      await handle.write(chunk);
    }
    await handle.close();
    return path;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Removes a spooled file; a failure to remove it is logged, never turned into a failed import. */
export async function removeSpooled(path: string, log: (message: string) => void): Promise<void> {
  await rm(path, { force: true }).catch((error: unknown) => log(`import: could not remove ${path}: ${error instanceof Error ? error.message : String(error)}`));
}
