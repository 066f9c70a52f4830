/**
 * The evidence vault: files named by the SHA-256 of their bytes under <dataDir>/evidence/ab/cdef…
 * Identical files are stored once, and any later change to a file is detectable by re-hashing.
 *
 * put() streams: each chunk is hashed and written to a temp file in the vault (same file system, so the
 * rename is atomic), the temp file is fsynced, then renamed into place and made read-only. Memory stays
 * flat for any size; a failure at any point (too large, disk full, the sender went away) removes the temp
 * file, so the vault holds either nothing or a complete file.
 *
 * Holds: between put() finding (or placing) a file and the caller committing the row that refers to it,
 * the file is referenced by nothing in the database. A hold marks it as in use for that moment, so a
 * concurrent evidence.delete or vault.removeOrphans never removes a file a new row is about to name.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type Dirent, type ReadStream } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { CasefileError, isDiskFull } from '../errors';
import { SNIFF_BYTES } from './detectType';

export interface StoredBlob {
  sha256: string;
  size: number;
  /** The first bytes, for type detection without reading the file again. */
  head: Buffer;
  /** False when an identical file was already in the vault. */
  created: boolean;
  /** Ends the hold put() took on the file: call it once the row naming it is committed or abandoned. */
  release(): void;
}

/** One file found in the vault folder by list(). */
export interface VaultFile {
  /** Relative to the vault root, with '/' separators ("ab/cdef…", ".incoming/<uuid>", "notes.txt"). */
  path: string;
  absolutePath: string;
  size: number;
  mtimeMs: number;
  /** blob: named like a stored file (its hash is `sha256`); incoming: an upload's temp file; stray: anything else. */
  kind: 'blob' | 'incoming' | 'stray';
  sha256: string | null;
}

/** The file-system calls put() makes, replaceable so tests can simulate a full disk on a real vault. */
export interface VaultFs {
  open: typeof open;
}

export type EvidenceVault = ReturnType<typeof createEvidenceVault>;

const SHA256 = /^[0-9a-f]{64}$/;
export const INCOMING_DIR = '.incoming';

export function createEvidenceVault(dataDir: string, fs: VaultFs = { open }) {
  const root = join(dataDir, 'evidence');
  const tmpDir = join(root, INCOMING_DIR);
  const holds = new Map<string, number>();
  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new CasefileError('invalid_input', 'Not a SHA-256 hash');
    return join(root, sha256.slice(0, 2), sha256.slice(2));
  };
  const hold = (sha256: string): (() => void) => {
    holds.set(sha256, (holds.get(sha256) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (holds.get(sha256) ?? 1) - 1;
      if (left > 0) holds.set(sha256, left);
      else holds.delete(sha256);
    };
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
      const handle = await fs.open(tmpFile, 'wx', 0o600);
      let closed = false;
      let release: (() => void) | undefined;
      try {
        for await (const chunk of source) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            throw new CasefileError(
              'too_large',
              `The file is larger than the limit of ${formatBytes(maxBytes)}; nothing was stored. The limit can be changed in Settings.`,
            );
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
        release = hold(sha256);
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
        return { sha256, size, head: Buffer.concat(headChunks), created, release };
      } catch (error) {
        release?.();
        if (!closed) await handle.close().catch(() => undefined);
        await rm(tmpFile, { force: true }).catch(() => undefined);
        if (isDiskFull(error)) {
          throw new CasefileError('storage_full', 'The disk is full: the file was not stored. Free some space and try again.');
        }
        throw error;
      }
    },

    openRead(sha256: string, options: { highWaterMark?: number } = {}): ReadStream {
      return createReadStream(pathOf(sha256), options);
    },

    async has(sha256: string): Promise<boolean> {
      return exists(pathOf(sha256));
    },

    /** A new row is about to name this file (see the module comment). */
    isHeld(sha256: string): boolean {
      return holds.has(sha256);
    },

    /** Removes a stored file (callers first make sure no row names it and it is not held). */
    async remove(sha256: string): Promise<void> {
      await rm(pathOf(sha256), { force: true });
    },

    /** Every file under the vault folder, temp files and strays included; symlinks are listed, never followed. */
    async list(): Promise<VaultFile[]> {
      let dirents: Dirent[];
      try {
        dirents = await readdir(root, { recursive: true, withFileTypes: true });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return [];
        throw error;
      }
      const files: VaultFile[] = [];
      for (const d of dirents) {
        if (d.isDirectory()) continue;
        const absolutePath = join(d.parentPath, d.name);
        const path = relative(root, absolutePath).split(sep).join('/');
        let info;
        try {
          info = await lstat(absolutePath);
        } catch {
          continue; // gone since the listing (an upload renamed its temp file): nothing to report
        }
        const parts = path.split('/');
        const sha256 = parts.length === 2 && d.isFile() ? parts[0]! + parts[1]! : '';
        const kind = parts[0] === INCOMING_DIR ? 'incoming' : SHA256.test(sha256) && parts[0]!.length === 2 ? 'blob' : 'stray';
        files.push({ path, absolutePath, size: info.size, mtimeMs: info.mtimeMs, kind, sha256: kind === 'blob' ? sha256 : null });
      }
      return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },

    /** Removes one file found by list(), by its relative path; never anything outside the vault folder. */
    async removeListed(path: string): Promise<void> {
      const target = join(root, path);
      const rel = relative(root, target);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new CasefileError('invalid_input', 'Not a vault path');
      await rm(target, { force: true });
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

/** "1000 bytes", "25 MB", "1.5 GB": limits in the unit people think in. */
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
