/**
 * An evidence image made to fit a portal's per-file limit as a JPEG: a JPEG original that already fits is
 * kept byte for byte (it is the evidence itself); anything else is re-encoded with sharp at decreasing
 * quality, then decreasing size, until it fits. Screenshots stay legible well below their original size,
 * so the pixel size only shrinks once lower quality alone did not do it.
 */
import sharp from 'sharp';

export interface FittedImage {
  bytes: Buffer;
  /** 'original': the evidence file unchanged; 'jpeg': re-encoded. */
  kind: 'original' | 'jpeg';
  width: number | null;
  height: number | null;
  quality: number | null;
}

const QUALITIES = [85, 72, 60, 48, 38];
/** Below this longest side a screenshot is no longer readable: give up rather than send a smear. */
const SMALLEST_SIDE = 480;
/** Larger than any screen; phone photos (4000+ px) start here. */
const LARGEST_SIDE = 3200;

export async function fitImageAsJpeg(original: Buffer, mimeType: string, maxBytes: number, signal?: AbortSignal): Promise<FittedImage | null> {
  if (mimeType === 'image/jpeg' && original.length <= maxBytes) {
    const meta = await sharp(original).metadata().catch(() => null);
    return { bytes: original, kind: 'original', width: meta?.width ?? null, height: meta?.height ?? null, quality: null };
  }
  const meta = await sharp(original).metadata();
  // Turned upright first (EXIF orientation), so the sizes below are what a viewer shows.
  const upright = meta.orientation && meta.orientation >= 5 ? { w: meta.height, h: meta.width } : { w: meta.width, h: meta.height };
  if (!upright.w || !upright.h) return null;
  let side = Math.min(Math.max(upright.w, upright.h), LARGEST_SIDE);
  const smallest = Math.min(side, SMALLEST_SIDE); // a small image is tried at its own size at least
  while (side >= smallest) {
    for (const quality of QUALITIES) {
      signal?.throwIfAborted();
      const { data, info } = await sharp(original, { animated: false })
        .rotate()
        .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' }) // transparent PNG areas become white, not black
        .jpeg({ quality, chromaSubsampling: quality >= 80 ? '4:4:4' : '4:2:0' })
        .toBuffer({ resolveWithObject: true });
      if (data.length <= maxBytes) return { bytes: data, kind: 'jpeg', width: info.width, height: info.height, quality };
    }
    side = Math.floor(side * 0.7);
  }
  return null;
}
