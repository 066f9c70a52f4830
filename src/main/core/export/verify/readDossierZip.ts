/**
 * Reads a dossier ZIP for verification without trusting it and without unpacking it: each file is hashed
 * as it streams (memory stays flat however large the evidence), manifest.json and SHA256SUMS are kept as
 * bytes (up to a cap). Anything unsafe or absurd is reported as a problem and not read:
 *  - more than `maxEntries` entries (a directory made to exhaust memory);
 *  - a name that is absolute, climbs out with '..', or uses backslashes (it would unpack outside the folder);
 *  - the same name twice (which copy would a recipient see?);
 *  - an encrypted entry or an unknown compression method;
 *  - a zip bomb: an entry that claims to inflate more than `maxRatio` times its stored size, or a total
 *    past `maxTotalBytes`. yauzl's validateEntrySizes holds every read to the size the directory declares.
 */
import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { CasefileError } from '../../errors';

export interface VerifyLimits {
  maxEntries: number;
  /** Inflated ÷ stored size above which a (larger than 1 MB) entry counts as a bomb. */
  maxRatio: number;
  maxTotalBytes: number;
  /** manifest.json and SHA256SUMS are read into memory: at most this much each. */
  maxListBytes: number;
}

export const VERIFY_LIMITS: VerifyLimits = {
  maxEntries: 100_000,
  maxRatio: 1_000,
  maxTotalBytes: 256 * 1024 ** 3,
  maxListBytes: 64 * 1024 * 1024,
};

export interface ReadArchive {
  /** Every regular file that was read: name → its SHA-256 and size. */
  files: Map<string, { sha256: string; size: number }>;
  /** manifest.json and SHA256SUMS bytes, when present and readable. */
  lists: Map<string, Buffer>;
  problems: string[];
  /** Files that could not be read back (damaged data): they count as changed. */
  unreadable: string[];
}

const LISTS = new Set(['manifest.json', 'SHA256SUMS']);
const BIG = 1024 * 1024;

export async function readDossierZip(path: string, limits: VerifyLimits = VERIFY_LIMITS): Promise<ReadArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw new CasefileError(
      'invalid_input',
      `This file cannot be read as a ZIP archive (${error instanceof Error ? error.message : String(error)}). Choose the dossier .zip exactly as it was received.`,
      undefined,
      'not_zip',
    );
  }
  const result: ReadArchive = { files: new Map(), lists: new Map(), problems: [], unreadable: [] };
  try {
    if (zip.entryCount > limits.maxEntries) {
      result.problems.push(`The archive lists ${zip.entryCount} entries, more than the ${limits.maxEntries} a dossier can have: not read. / 压缩包条目数异常，未读取。`);
      return result;
    }
    let declaredTotal = 0;
    const seen = new Set<string>();
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry);
      if (name.endsWith('/')) continue; // a folder
      const unsafe = yauzl.validateFileName(name);
      if (unsafe !== null || name.includes('\\')) {
        result.problems.push(`Unsafe name "${printable(name)}" (absolute, or climbing out of the folder): not read. / 不安全的文件名，未读取。`);
        continue;
      }
      if (seen.has(name)) {
        result.problems.push(`"${printable(name)}" is in the archive twice. / 文件在压缩包中出现两次。`);
        continue;
      }
      seen.add(name);
      if ((entry.generalPurposeBitFlag & 0x1) !== 0 || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)) {
        result.problems.push(`"${printable(name)}" is encrypted or compressed in an unknown way: not read. / 文件已加密或压缩方式未知，未读取。`);
        result.unreadable.push(name);
        continue;
      }
      declaredTotal += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if ((entry.uncompressedSize > BIG && ratio > limits.maxRatio) || declaredTotal > limits.maxTotalBytes) {
        result.problems.push(`"${printable(name)}" claims to unpack to ${entry.uncompressedSize} bytes (a zip bomb?): not read. / 文件解压后大小异常，未读取。`);
        result.unreadable.push(name);
        continue;
      }
      try {
        const keep = LISTS.has(name);
        if (keep && entry.uncompressedSize > limits.maxListBytes) {
          result.problems.push(`${name} is ${entry.uncompressedSize} bytes, too large to be a real one: not read. / ${name} 过大，未读取。`);
          continue;
        }
        const { sha256, bytes } = await hashEntry(zip, entry, keep);
        result.files.set(name, { sha256, size: entry.uncompressedSize });
        if (bytes) result.lists.set(name, bytes);
      } catch (error) {
        result.unreadable.push(name);
        result.problems.push(`"${printable(name)}" could not be read back (${error instanceof Error ? error.message : String(error)}). / 文件无法读取。`);
      }
    }
  } catch (error) {
    // The directory itself is damaged part-way: what was read so far still counts.
    result.problems.push(`The archive is damaged (${error instanceof Error ? error.message : String(error)}). / 压缩包已损坏。`);
  } finally {
    zip.close();
  }
  return result;
}

async function hashEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean): Promise<{ sha256: string; bytes: Buffer | null }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (keep) chunks.push(chunk);
  }
  return { sha256: hash.digest('hex'), bytes: keep ? Buffer.concat(chunks) : null };
}

/** Names are UTF-8 when flagged (Casefile always flags them); otherwise read as UTF-8 too, which is what a mismatch will show. */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  return (typeof raw === 'string' ? raw : raw.toString('utf8')).normalize('NFC');
}

/** A name as it can be printed on one line: control characters shown as \u escapes, at most 200 characters. */
export function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}
