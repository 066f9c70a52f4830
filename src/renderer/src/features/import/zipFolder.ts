/**
 * A folder the user chose (an <input webkitdirectory>), packed in the page as a ZIP for import.transcript:
 * one upload carries result.json with its photos and files, or a folder of .eml, the same way in both
 * shells. Stored, not compressed: photos and videos do not shrink, and storing keeps the page fast.
 *
 * The ZIP is a Blob made of small header parts and the chosen File objects themselves, so the files are
 * not copied into memory; each is read once, in chunks, for its CRC-32. Names are UTF-8 (flag 11 set).
 * Classic ZIP only: at most 65,535 files and 4 GB, which FolderTooLarge reports before anything is read.
 */

export interface FolderFile {
  file: File;
  /** The path inside the chosen folder, the folder's own name first ("ChatExport_2024-03-01/photos/a.jpg"). */
  path: string;
}

export class FolderTooLarge extends Error {
  constructor(readonly limit: 'files' | 'bytes') {
    super(limit === 'files' ? 'The folder has more than 65,535 files.' : 'The folder holds more than 4 GB.');
    this.name = 'FolderTooLarge';
  }
}

const MAX_FILES = 0xffff;
/** What fits a classic ZIP (32-bit sizes and offsets), headers included. */
const MAX_BYTES = 0xffffffff;

/** Files every desktop puts into folders, never part of an export. */
const JUNK = /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]*)$|(^|\/)__MACOSX\//i;

/** The files of an <input webkitdirectory> selection, by their path inside the folder, junk left out. */
export function folderFiles(files: FileList | readonly File[]): FolderFile[] {
  return Array.from(files)
    .map((file) => ({ file, path: (file.webkitRelativePath || file.name).replace(/\\/g, '/') }))
    .filter((f) => !JUNK.test(f.path));
}

/** The chosen folder's own name: the first part of every path. */
export function folderName(files: readonly FolderFile[]): string {
  return files[0]?.path.split('/')[0] || 'folder';
}

export interface ZipProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function zipFolder(files: readonly FolderFile[], { onProgress, signal }: ZipProgress = {}): Promise<Blob> {
  const encoder = new TextEncoder();
  const names = files.map((f) => encoder.encode(f.path));
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  const headers = names.reduce((sum, name) => sum + 30 + 46 + 2 * name.length, 22);
  if (files.length > MAX_FILES) throw new FolderTooLarge('files');
  if (total + headers > MAX_BYTES) throw new FolderTooLarge('bytes');

  const parts: BlobPart[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let done = 0;
  for (const [i, { file }] of files.entries()) {
    const crc = await crc32OfFile(file, signal, (n) => onProgress?.(done + n, total));
    done += file.size;
    const name = names[i]!;
    const { time, date } = dosDateTime(file.lastModified);
    const local = header(30 + name.length, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true); // version needed: 2.0
      v.setUint16(6, 0x0800, true); // names are UTF-8
      v.setUint16(8, 0, true); // stored
      v.setUint16(10, time, true);
      v.setUint16(12, date, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, file.size, true);
      v.setUint32(22, file.size, true);
      v.setUint16(26, name.length, true);
    });
    local.set(name, 30);
    const record = header(46 + name.length, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true); // made by: MS-DOS attributes, version 2.0
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, 0, true);
      v.setUint16(12, time, true);
      v.setUint16(14, date, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, file.size, true);
      v.setUint32(24, file.size, true);
      v.setUint16(28, name.length, true);
      v.setUint32(42, offset, true);
    });
    record.set(name, 46);
    central.push(record);
    parts.push(local, file);
    offset += local.length + file.size;
  }
  const directorySize = central.reduce((sum, c) => sum + c.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, files.length, true);
    v.setUint16(10, files.length, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...central, end], { type: 'application/zip' });
}

function header(size: number, fill: (view: DataView) => void): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/** MS-DOS time and date, in local time as ZIP tools write them; 1980 at the earliest. */
function dosDateTime(ms: number): { time: number; date: number } {
  const d = new Date(ms > 0 ? ms : Date.now());
  if (d.getFullYear() < 1980) return { time: 0, date: (1 << 5) | 1 };
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the ZIP/PNG polynomial) continued from `crc` over `bytes`; start with 0. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

async function crc32OfFile(file: File, signal: AbortSignal | undefined, onRead: (bytes: number) => void): Promise<number> {
  const reader = file.stream().getReader();
  let crc = 0;
  let read = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return crc;
      crc = crc32(value, crc);
      read += value.length;
      onRead(read);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
}
