/**
 * ZIPs for the import tests: honest ones built with yazl (the library the export uses), and hostile ones
 * made by editing an honest one's bytes where yazl refuses to write them (names that climb out, sizes that
 * lie, entries that share bytes).
 */
import yazl from 'yazl';

export interface ZipInput {
  name: string;
  bytes: Buffer | Uint8Array | string;
  /** Stored rather than deflated. */
  store?: boolean;
}

export async function makeZip(files: ZipInput[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const file of files) {
    zip.addBuffer(Buffer.from(file.bytes), file.name, { mtime: new Date('2024-05-02T00:00:00Z'), compress: !file.store });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Replaces every occurrence of `from` by `to` (same byte length): a name in both its headers. */
export function replaceBytes(zip: Buffer, from: Buffer | string, to: Buffer | string): Buffer {
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('replaceBytes keeps the length');
  const out = Buffer.from(zip);
  let at = out.indexOf(a);
  if (at < 0) throw new Error(`${a.toString()} not found`);
  for (; at >= 0; at = out.indexOf(a, at + a.length)) b.copy(out, at);
  return out;
}

interface CentralRecord {
  /** Offset of the record in the archive. */
  at: number;
  name: string;
}

/** The central directory's records (classic ZIP, no ZIP64, no archive comment). */
export function centralRecords(zip: Buffer): CentralRecord[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const records: CentralRecord[] = [];
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('not a central directory record');
    const nameLength = zip.readUInt16LE(at + 28);
    records.push({ at, name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8') });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return records;
}

function record(zip: Buffer, name: string): CentralRecord {
  const found = centralRecords(zip).find((r) => r.name === name);
  if (!found) throw new Error(`${name} is not in the archive`);
  return found;
}

/** Makes the directory say `name` unpacks to `size` bytes (the file's bytes stay as they are). */
export function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  out.writeUInt32LE(size, record(out, name).at + 24);
  return out;
}

/** Points `name`'s directory record at `other`'s bytes: two entries sharing data, as zip bombs do. */
export function shareBytes(zip: Buffer, name: string, other: string): Buffer {
  const out = Buffer.from(zip);
  const target = record(out, other);
  const source = record(out, name);
  out.writeUInt32LE(out.readUInt32LE(target.at + 42), source.at + 42);
  return out;
}

/** Clears the "name is UTF-8" flag of every entry (local headers and directory), as old Windows tools write. */
export function clearUtf8Flags(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (const r of centralRecords(out)) {
    out.writeUInt16LE(out.readUInt16LE(r.at + 8) & ~0x800, r.at + 8);
    const local = out.readUInt32LE(r.at + 42);
    out.writeUInt16LE(out.readUInt16LE(local + 6) & ~0x800, local + 6);
  }
  return out;
}

/**
 * A ZIP64 archive of `count` empty files, written by hand: yazl takes about a minute for 100,000 entries,
 * this takes milliseconds. (A classic ZIP cannot count past 65,535 entries.)
 */
export function manyEmptyFiles(count: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`f${i}`);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name);
    centrals.push(central, name);
    offset += 30 + name.length;
  }
  const directory = Buffer.concat(centrals);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, directory, end64, locator, end]);
}
