/**
 * Test images made on the spot with sharp (real encoders, real EXIF), plus hand-built hostile files the
 * encoders would refuse to write: a PNG header claiming billions of pixels, a JPEG with garbage EXIF.
 */
import sharp from 'sharp';

export interface ExifTimes {
  /** "YYYY:MM:DD HH:MM:SS", EXIF's own format. */
  dateTimeOriginal?: string;
  offsetTimeOriginal?: string;
  dateTime?: string;
  offsetTime?: string;
}

/** A JPEG of the given size with the given EXIF times and orientation (1 = upright, 6 = rotate 90° to view). */
export async function jpeg(width: number, height: number, exif: ExifTimes = {}, orientation = 1): Promise<Buffer> {
  const IFD0: Record<string, string> = {};
  const IFD2: Record<string, string> = {};
  if (exif.dateTime) IFD0.DateTime = exif.dateTime;
  if (exif.dateTimeOriginal) IFD2.DateTimeOriginal = exif.dateTimeOriginal;
  if (exif.offsetTimeOriginal) IFD2.OffsetTimeOriginal = exif.offsetTimeOriginal;
  if (exif.offsetTime) IFD2.OffsetTime = exif.offsetTime;
  // A left half red and a right half blue, so a rotation is visible in the pixels.
  const left = await sharp({ create: { width: Math.ceil(width / 2), height, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({ IFD0, IFD2 })
    .withMetadata({ orientation })
    .toBuffer();
}

export async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 1 } } })
    .png()
    .toBuffer();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 60-byte "decompression bomb": a valid PNG header claiming width × height pixels, almost no data. */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real JPEG with an APP1 "Exif" segment of garbage right after its start marker. */
export function withCorruptExif(jpegBytes: Buffer): Buffer {
  const garbage = Buffer.concat([Buffer.from('Exif\0\0MM\0\x2a', 'latin1'), Buffer.from([0xff, 0xff, 0xff, 0xf0]), Buffer.alloc(40, 0xee)]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(garbage.length + 2);
  return Buffer.concat([jpegBytes.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, garbage, jpegBytes.subarray(2)]);
}

/** A PNG with a tIME chunk (last modification) and no EXIF: its time must not become the capture time. */
export function withTimeChunk(pngBytes: Buffer, year: number): Buffer {
  const time = Buffer.from([year >> 8, year & 0xff, 6, 15, 12, 0, 0]);
  // After the signature (8) and IHDR (25 bytes).
  return Buffer.concat([pngBytes.subarray(0, 33), chunk('tIME', time), pngBytes.subarray(33)]);
}
