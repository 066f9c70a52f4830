/**
 * A ZIP the user uploaded (an export folder), opened for reading without trusting it:
 * - its directory is checked before any file is inflated: at most `maxEntries` entries, no name that is
 *   absolute or climbs out ('..'), no name twice, no two entries sharing bytes (the "overlapping files"
 *   zip bomb), and the sizes its files declare add up to at most `maxUnpackedBytes`;
 * - every read is held to the size the directory declares (yauzl's validateEntrySizes): a file that
 *   inflates to more, or less, fails the read instead of filling the disk; and its CRC-32 is checked, so
 *   a damaged photo is refused rather than kept as evidence;
 * - names are decoded as UTF-8 when flagged or valid, else as GB18030 (what Chinese Windows writes), else
 *   as CP437 (the ZIP default), and NFC-normalised (macOS writes decomposed names), so "photos/截图.jpg"
 *   in result.json finds its file whichever tool made the archive.
 * Nothing is ever written out of the archive: files are read as bytes or streamed into the vault.
 * Failures are ImportError: 'bad_zip' (damaged or unsafe), 'too_large' (past a limit).
 */
import { TextDecoder } from 'node:util';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { safeRelativePath } from '../attachments';
import { ImportError } from '../importError';
import { formatBytes } from '../../evidence/vault';
import type { BundleLimits } from './bundleLimits';
import { openCachedZip } from './cachedFileReader';

export interface ZipFileEntry {
  /** Normalised relative path ("ChatExport_2024-03-01/photos/a.jpg"). */
  name: string;
  /** Bytes it unpacks to, as its directory entry declares (reads are held to it). */
  size: number;
  /** Encrypted, or compressed by a method other than store/deflate: listed, but cannot be read. */
  unreadable: boolean;
  entry: yauzl.Entry;
}

export interface ZipArchive {
  /** Regular files by normalised name (folders and symbolic links are left out). */
  files: ReadonlyMap<string, ZipFileEntry>;
  /** The whole file as bytes; too_large past `limit`. */
  readAll(file: ZipFileEntry, limit: number): Promise<Uint8Array>;
  /** The file as a stream of chunks; a damaged file fails the iteration with bad_zip. */
  stream(file: ZipFileEntry): AsyncIterable<Uint8Array>;
  close(): void;
}

const badZip = (message: string) => new ImportError('bad_zip', message);
const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openZipArchive(path: string, limits: BundleLimits): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await openCachedZip(path, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw badZip(`The upload starts like a ZIP archive but cannot be read as one (${detail(error)}). Zip the export folder again.`);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ImportError(
        'too_large',
        `The ZIP archive lists ${zip.entryCount.toLocaleString('en')} files; at most ${limits.maxEntries.toLocaleString('en')} can be imported. Zip only the export folder.`,
      );
    }
    const entries = await readDirectory(zip);
    const files = indexFiles(entries, limits);
    return {
      files,
      readAll: (file, limit) => readAll(zip, file, limit),
      stream: (file) => streamEntry(zip, file),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readDirectory(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch (error) {
    throw badZip(`The ZIP archive's list of files is damaged (${detail(error)}). Zip the export folder again.`);
  }
  return entries;
}

function indexFiles(entries: yauzl.Entry[], limits: BundleLimits): Map<string, ZipFileEntry> {
  const files = new Map<string, ZipFileEntry>();
  let unpacked = 0;
  for (const entry of entries) {
    const raw = decodeEntryName(entry);
    const name = safeRelativePath(raw);
    if (name === null) {
      throw badZip(`The ZIP archive contains a file named "${raw.slice(0, 200)}", which points outside the archive; nothing was imported.`);
    }
    if (raw.endsWith('/') || isSymbolicLink(entry)) continue;
    if (files.has(name)) throw badZip(`The ZIP archive lists "${name}" twice; nothing was imported. Zip the export folder again.`);
    unpacked += entry.uncompressedSize;
    if (unpacked > limits.maxUnpackedBytes) {
      throw new ImportError(
        'too_large',
        `The files in the ZIP archive would unpack to more than ${formatBytes(limits.maxUnpackedBytes)}; nothing was imported.`,
      );
    }
    const unreadable = entry.isEncrypted() || !entry.canDecodeFileData();
    files.set(name, { name, size: entry.uncompressedSize, unreadable, entry });
  }
  assertNoOverlap(entries);
  return files;
}

/**
 * Each entry's bytes must end before the next entry starts. Archives that point many entries at the same
 * compressed bytes unpack to petabytes from kilobytes; no tool that zips a folder writes them.
 */
function assertNoOverlap(entries: yauzl.Entry[]): void {
  const sorted = [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const end = before.relativeOffsetOfLocalHeader + 30 + before.fileNameLength + before.compressedSize;
    if (end > sorted[i]!.relativeOffsetOfLocalHeader) {
      throw badZip('The ZIP archive is built so that several files share the same bytes (a "zip bomb"); nothing was imported.');
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });
const UNICODE_PATH_FIELD = 0x7075;

export function decodeEntryName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw;
  const flag = entry.generalPurposeBitFlag;
  let name: string;
  if ((flag & 0x800) !== 0 || entry.extraFields.some((f) => f.id === UNICODE_PATH_FIELD)) {
    name = yauzl.getFileNameLowLevel(flag, raw, entry.extraFields, false);
  } else {
    name = tryDecode(utf8, raw) ?? tryDecode(gb18030, raw) ?? yauzl.getFileNameLowLevel(flag, raw, entry.extraFields, false);
  }
  return name.replace(/\\/g, '/').normalize('NFC');
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Made on Unix (upper byte of "version made by" is 3) with the file type bits of a symbolic link. */
function isSymbolicLink(entry: yauzl.Entry): boolean {
  return entry.versionMadeBy >>> 8 === 3 && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

async function readAll(zip: yauzl.ZipFile, file: ZipFileEntry, limit: number): Promise<Uint8Array> {
  if (file.size > limit) {
    throw new ImportError('too_large', `"${file.name}" in the ZIP archive is ${formatBytes(file.size)}; at most ${formatBytes(limit)} can be read.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of streamEntry(zip, file)) {
    size += chunk.byteLength;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

async function* streamEntry(zip: yauzl.ZipFile, file: ZipFileEntry): AsyncIterable<Uint8Array> {
  if (file.unreadable) throw badZip(`"${file.name}" in the ZIP archive is encrypted or compressed in a way Casefile cannot read. Zip the folder again without a password.`);
  let stream: NodeJS.ReadableStream;
  try {
    stream = await zip.openReadStreamPromise(file.entry);
  } catch (error) {
    throw badZip(`"${file.name}" in the ZIP archive cannot be read (${detail(error)}).`);
  }
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    throw badZip(`"${file.name}" in the ZIP archive is damaged or not the size it says (${detail(error)}); nothing was imported.`);
  } finally {
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  // yauzl checks sizes, not contents: a flipped byte in a stored photo would otherwise become evidence.
  if (crc !== file.entry.crc32) {
    throw badZip(`"${file.name}" in the ZIP archive is damaged (its checksum does not match); nothing was imported. Zip the export folder again.`);
  }
}
