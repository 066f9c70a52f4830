/**
 * The evidence vault: files named by the SHA-256 of their bytes under <dataDir>/evidence/ab/cdef…
 * Identical files are stored once, and any later change to a file is detectable by re-hashing.
 *
 * put() streams: each chunk is hashed and written to a temp file in the vault (same file system, so the
 * rename is atomic), the temp file is fsynced, then renamed into place and made read-only. Memory stays
 * flat for any size; a failure at any point (too large, disk full, the sender went away) removes the temp
 * file, so the vault holds either nothing or a complete file.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CasefileError, isDiskFull } from '../errors';
import { SNIFF_BYTES } from './detectType';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** The first bytes, for type detection without reading the file again. */
  head: Buffer;
  /** False when an identical file was already in the vault. */
  created: boolean;
}

export type EvidenceVault = ReturnType<typeof createEvidenceVault>;

export function createEvidenceVault(dataDir: string) {
  const root = join(dataDir, 'evidence');
  const tmpDir = join(root, '.incoming');
  const pathOf = (sha256: string): string => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new CasefileError('invalid_input', 'Not a SHA-256 hash');
    return join(root, sha256.slice(0, 2), sha256.slice(2));
  };

  return {
    root,
    pathOf,

    async put(source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StoredBlob> {
      await mkdir(tmpDir, { recursive: true });
      const tmpFile = join(tmpDir, randomUUID());
      const hash = createHash('sha256');
      const headChunks: Buffer[] = [];
      let headLength = 0;
      let size = 0;
      const handle = await open(tmpFile, 'wx', 0o600);
      let closed = false;
      try {
        for await (const chunk of source) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            throw new CasefileError('too_large', `The file is larger than the limit of ${formatBytes(maxBytes)}`);
          }
          hash.update(chunk);
          if (headLength < SNIFF_BYTES) {
            headChunks.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - headLength)));
            headLength += Math.min(chunk.byteLength, SNIFF_BYTES - headLength);
          }
          await handle.write(chunk);
        }
        await handle.sync();
        await handle.close();
        closed = true;

        const sha256 = hash.digest('hex');
        const target = pathOf(sha256);
        await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
        let created = false;
        if (await exists(target)) {
          await rm(tmpFile, { force: true });
        } else {
          await rename(tmpFile, target);
          await chmod(target, 0o444);
          await syncDirectory(join(root, sha256.slice(0, 2)));
          created = true;
        }
        return { sha256, size, head: Buffer.concat(headChunks), created };
      } catch (error) {
        if (!closed) await handle.close().catch(() => undefined);
        await rm(tmpFile, { force: true }).catch(() => undefined);
        if (isDiskFull(error)) {
          throw new CasefileError('storage_full', 'The disk is full: the file was not stored. Free some space and try again.');
        }
        throw error;
      }
    },

    openRead(sha256: string): ReadStream {
      return createReadStream(pathOf(sha256));
    },

    async has(sha256: string): Promise<boolean> {
      return exists(pathOf(sha256));
    },

    /** Removes a stored file; used only when the database row for a new file could not be written. */
    async remove(sha256: string): Promise<void> {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Makes the rename durable: on POSIX a directory entry is only safe once the directory is synced. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
