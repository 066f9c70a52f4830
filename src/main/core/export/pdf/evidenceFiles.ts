/**
 * The state of each evidence file at export time, and images made ready for the PDF.
 *
 * A missing file never fails the PDF: it is listed as MISSING with the SHA-256 it was added with. Images
 * (the files the PDF shows) are also hashed, and one that no longer matches is listed as ALTERED and not
 * shown, so the PDF never displays a picture that is not the recorded evidence. Other files are only
 * checked for presence here (hashing a 1 GB video for a PDF that does not show it would be slow); the ZIP
 * export hashes every file it ships.
 *
 * Images are handled one at a time (read, checked, re-encoded, placed, dropped) so 100 screenshots never
 * sit in memory together. sharp re-encodes them into what pdfkit embeds without decoding: baseline JPEG
 * for photos, and for lossless sources (PNG, GIF, WebP) an RGB PNG with the alpha flattened onto white
 * (pdfkit would otherwise split the alpha channel pixel by pixel in JavaScript). Their pixels are bounded
 * by the size they are shown at (2.5 pixels per point, about 180 dpi) and by `imageMaxPixels`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import type { Evidence } from '../../../../shared/domain';
import type { CoreContext } from '../../context';

export type EvidenceState = 'ok' | 'missing' | 'altered';

/** Larger image files are listed, not embedded: decoding one would cost too much memory for a PDF. */
const MAX_IMAGE_FILE_BYTES = 128 * 1024 * 1024;
/** The decompression-bomb guard, as for thumbnails. */
const MAX_INPUT_PIXELS = 120_000_000;
const PIXELS_PER_POINT = 2.5;
export const DEFAULT_IMAGE_MAX_PIXELS = 4_000_000;
const DEFAULT_JPEG_QUALITY = 85;
const LOSSLESS = new Set(['image/png', 'image/gif', 'image/webp']);

sharp.cache(false);

export function isImage(item: Evidence): boolean {
  return item.mimeType.startsWith('image/') && item.mimeType !== 'image/svg+xml';
}

export async function checkEvidenceFiles(
  ctx: CoreContext,
  items: Evidence[],
  options: { knownMissing: Set<number>; hashImages: boolean },
): Promise<Map<number, EvidenceState>> {
  const states = new Map<number, EvidenceState>();
  for (const item of items) {
    if (options.knownMissing.has(item.id)) {
      states.set(item.id, 'missing');
      continue;
    }
    const path = ctx.vault.pathOf(item.sha256);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      states.set(item.id, 'missing');
      continue;
    }
    if (size !== item.size) states.set(item.id, 'altered');
    else if (options.hashImages && isImage(item) && size <= MAX_IMAGE_FILE_BYTES) {
      states.set(item.id, (await sha256File(path)) === item.sha256 ? 'ok' : 'altered');
    } else states.set(item.id, 'ok');
  }
  return states;
}

export type PreparedImage =
  | { ok: true; bytes: Buffer; width: number; height: number; scaled: boolean }
  | { ok: false; reason: 'missing' | 'altered' | 'undecodable' | 'too_large' };

export interface ImageBounds {
  /** The largest box the image is shown in, in points. */
  maxWidthPt: number;
  maxHeightPt: number;
  maxPixels?: number;
  /** Set: every image becomes a JPEG of this quality (portal mode, where size matters more). */
  jpegQuality?: number;
}

export async function prepareImage(ctx: CoreContext, item: Evidence, bounds: ImageBounds): Promise<PreparedImage> {
  if (item.size > MAX_IMAGE_FILE_BYTES) return { ok: false, reason: 'too_large' };
  let bytes: Buffer;
  try {
    bytes = await readFile(ctx.vault.pathOf(item.sha256));
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== item.sha256) return { ok: false, reason: 'altered' };
  try {
    const input = { failOn: 'none', limitInputPixels: MAX_INPUT_PIXELS } as const;
    const meta = await sharp(bytes, input).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: 'undecodable' };
    // EXIF orientations 5–8 turn the picture by 90°: the upright image is height × width.
    const [w, h] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
    const maxPixels = bounds.maxPixels ?? DEFAULT_IMAGE_MAX_PIXELS;
    const scale = Math.min(
      1,
      (bounds.maxWidthPt * PIXELS_PER_POINT) / w,
      (bounds.maxHeightPt * PIXELS_PER_POINT) / h,
      Math.sqrt(maxPixels / (w * h)),
    );
    let pipeline = sharp(bytes, input).rotate().flatten({ background: '#ffffff' });
    if (scale < 1) pipeline = pipeline.resize(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale)), { fit: 'fill' });
    pipeline = pipeline.toColourspace('srgb');
    const asPng = bounds.jpegQuality === undefined && LOSSLESS.has(item.mimeType);
    pipeline = asPng
      ? pipeline.png({ compressionLevel: 6, adaptiveFiltering: false, palette: false })
      : pipeline.jpeg({ quality: bounds.jpegQuality ?? DEFAULT_JPEG_QUALITY, progressive: false, chromaSubsampling: '4:4:4' });
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, width: info.width, height: info.height, scaled: scale < 1 };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}

async function sha256File(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}
