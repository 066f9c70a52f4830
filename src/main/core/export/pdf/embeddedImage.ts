/**
 * An evidence image made ready for the dossier PDF: checked against its hash (the PDF never shows a
 * picture that is not the recorded evidence), turned upright, alpha flattened onto white, and in a form
 * pdfkit embeds as it is (it would otherwise split an alpha channel pixel by pixel in JavaScript).
 *
 * The encoding is chosen by what the picture is, measured rather than guessed:
 * - a photo (JPEG, HEIC…) becomes a baseline JPEG, its pixels bounded by the size it is shown at (2.5
 *   pixels per point, about 180 dpi);
 * - a screenshot (PNG, GIF, WebP) keeps its own pixels, as an RGB PNG about the size of its own file.
 *   Resampling a screenshot to the shown size blurred its text and added thousands of new colours that
 *   deflate cannot shrink: a 110 KB screenshot became an 890 KB picture, and 10 MB of screenshots an
 *   85 MB PDF. A bounded JPEG is made as well and wins when the PNG is much larger (LOSSLESS_PREMIUM),
 *   so a photo saved as PNG is not kept as megabytes of lossless pixels. (A palette PNG was smaller still, by about half, but
 *   quantizing cost 0.2–0.3 s per screenshot; copying the PNG file as it is saves little over
 *   re-encoding it and would hand pdfkit a file sharp had not fully decoded.)
 * Every image is also held to `maxPixels` (default 4 megapixels), so memory and file size stay bounded.
 * Portal mode asks for `jpegQuality`: every image is then a JPEG of that quality at the photo bound.
 *
 * sharp's encoders are deterministic, so the same image gives the same bytes and the PDF stays
 * byte-identical for the same export.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Evidence } from '../../../../shared/domain';
import type { CoreContext } from '../../context';

/** Larger image files are listed, not embedded: decoding one would cost too much memory for a PDF. */
export const MAX_IMAGE_FILE_BYTES = 128 * 1024 * 1024;
/** The decompression-bomb guard, as for thumbnails. */
const MAX_INPUT_PIXELS = 120_000_000;
const PIXELS_PER_POINT = 2.5;
export const DEFAULT_IMAGE_MAX_PIXELS = 4_000_000;
const DEFAULT_JPEG_QUALITY = 85;
const LOSSLESS = new Set(['image/png', 'image/gif', 'image/webp']);
/**
 * How many times the JPEG's size a screenshot may take to stay lossless: sharp text is worth that much.
 * Real screenshots came to 1.5–1.7 times their downscaled JPEG; a photo saved as PNG to about 5 times.
 */
const LOSSLESS_PREMIUM = 2;

sharp.cache(false);

export type PreparedImage =
  | { ok: true; bytes: Buffer; width: number; height: number; scaled: boolean }
  | { ok: false; reason: 'missing' | 'altered' | 'undecodable' | 'too_large' };

export interface ImageBounds {
  /** The largest box the image is shown in, in points. */
  maxWidthPt: number;
  maxHeightPt: number;
  maxPixels?: number | undefined;
  /** Set: every image becomes a JPEG of this quality (portal mode, where size matters more). */
  jpegQuality?: number | undefined;
}

interface Encoded {
  bytes: Buffer;
  width: number;
  height: number;
  scale: number;
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
    const meta = await sharp(bytes, INPUT).metadata();
    if (!meta.width || !meta.height) return { ok: false, reason: 'undecodable' };
    // EXIF orientations 5–8 turn the picture by 90°: the upright image is height × width.
    const [w, h] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
    const pixelBound = Math.min(1, Math.sqrt((bounds.maxPixels ?? DEFAULT_IMAGE_MAX_PIXELS) / (w * h)));
    const shownBound = Math.min(pixelBound, (bounds.maxWidthPt * PIXELS_PER_POINT) / w, (bounds.maxHeightPt * PIXELS_PER_POINT) / h);
    const jpeg = () => encode(bytes, w, h, shownBound, 'jpeg', bounds.jpegQuality ?? DEFAULT_JPEG_QUALITY);
    let chosen: Encoded;
    if (bounds.jpegQuality !== undefined || !LOSSLESS.has(item.mimeType)) chosen = await jpeg();
    else {
      const lossless = await encode(bytes, w, h, pixelBound, 'png');
      const photo = await jpeg();
      chosen = photo.bytes.length * LOSSLESS_PREMIUM < lossless.bytes.length ? photo : lossless;
    }
    return { ok: true, bytes: chosen.bytes, width: chosen.width, height: chosen.height, scaled: chosen.scale < 1 };
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
}

const INPUT = { failOn: 'none', limitInputPixels: MAX_INPUT_PIXELS } as const;

async function encode(bytes: Buffer, w: number, h: number, scale: number, as: 'jpeg' | 'png', quality = DEFAULT_JPEG_QUALITY): Promise<Encoded> {
  let pipeline = sharp(bytes, INPUT).rotate().flatten({ background: '#ffffff' });
  if (scale < 1) pipeline = pipeline.resize(Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale)), { fit: 'fill' });
  pipeline = pipeline.toColourspace('srgb');
  pipeline =
    as === 'png'
      ? pipeline.png({ compressionLevel: 6, adaptiveFiltering: false, palette: false })
      : // 4:4:4: no colour smear around the coloured text of a screenshot that ends up here.
        pipeline.jpeg({ quality, progressive: false, chromaSubsampling: '4:4:4' });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height, scale };
}
