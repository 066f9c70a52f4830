/**
 * What an image's own header says: its pixel size and, from EXIF, when it was taken. Read from the vault
 * copy after it is stored (sharp reads only the header, not the pixels). Never throws: a damaged or
 * hostile header just means "no metadata" — the file is still kept, which is what matters.
 *
 * Deliberately not used: PNG's tIME chunk (it records the last modification, not the capture) and
 * EXIF DateTimeDigitized (a scan's time, not the moment shown).
 */
import exifReader from 'exif-reader';
import sharp, { type Metadata } from 'sharp';
import { exifInstant, parseExifOffset } from './exifTime';
import { METADATA_TYPES } from './imageTypes';

export interface ImageFacts {
  width: number | null;
  height: number | null;
  /** When the picture was taken according to EXIF, if it says so plausibly. */
  takenAt: Date | null;
}

const NONE: ImageFacts = { width: null, height: null, takenAt: null };
/** Clocks of new cameras and phones start at dates like 1970 or 2000-01-01: before this, it is not a real capture time. */
const EARLIEST = Date.UTC(1990, 0, 1);
/** A camera clock set a little ahead is believable; a capture time far in the future is not. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

export async function readImageFacts(
  file: string,
  mimeType: string,
  options: { now: Date; timeZone?: string },
): Promise<ImageFacts> {
  if (!METADATA_TYPES.has(mimeType)) return NONE;
  let meta: Metadata;
  try {
    // Only the header is read; the pixel limit guards decoding, which metadata() does not do.
    meta = await sharp(file, { failOn: 'none', limitInputPixels: false }).metadata();
  } catch {
    return NONE;
  }
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const pageHeight = meta.pages && meta.pages > 1 && meta.pageHeight ? meta.pageHeight : upright.height;
  return {
    width: positive(upright.width),
    height: positive(pageHeight),
    takenAt: meta.exif ? exifTakenAt(meta.exif, options) : null,
  };
}

/** DateTimeOriginal (with OffsetTimeOriginal), else DateTime (with OffsetTime); null if neither is plausible. */
export function exifTakenAt(exif: Buffer, options: { now: Date; timeZone?: string }): Date | null {
  let tags: ReturnType<typeof exifReader>;
  try {
    tags = exifReader(exif);
  } catch {
    return null; // corrupt EXIF: no capture time, the file is still stored
  }
  const candidates: [unknown, unknown][] = [
    [tags.Photo?.DateTimeOriginal, tags.Photo?.OffsetTimeOriginal],
    [tags.Image?.DateTime, tags.Photo?.OffsetTime],
  ];
  for (const [wall, offset] of candidates) {
    if (!(wall instanceof Date) || Number.isNaN(wall.getTime())) continue;
    const instant = exifInstant(wall, parseExifOffset(offset), options.timeZone);
    const t = instant.getTime();
    if (Number.isNaN(t) || t < EARLIEST || t > options.now.getTime() + FUTURE_SLACK_MS) continue;
    return instant;
  }
  return null;
}

function positive(n: number | undefined): number | null {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}
