/**
 * evidence.thumbnail: a small WebP preview of an image item, made on first request (uploads stay fast)
 * and kept in <dataDir>/thumbnails/<sha256>.webp, so identical images share one. Written to a temp file
 * and renamed, so a crash never leaves half a thumbnail that would be served later.
 *
 * Decoding is where hostile images bite: the pixel limit refuses decompression bombs (a few KB claiming
 * 100,000 × 100,000 pixels) before any pixel is allocated, and a damaged image yields `unsupported`, never
 * an internal error.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import type { DownloadResult } from '../api/router';
import type { CoreContext } from '../context';
import { CasefileError, isDiskFull } from '../errors';
import { getEvidence } from './evidenceStore';
import { THUMBNAIL_TYPES } from './imageTypes';

export const THUMBNAIL_SIZE = 320;
/**
 * 120 megapixels: a 1920-pixel-wide page captured 60,000 pixels tall still gets a preview; anything
 * larger is refused rather than decoded.
 */
export const THUMBNAIL_MAX_INPUT_PIXELS = 120_000_000;
export const THUMBNAILS_DIR = 'thumbnails';

// sharp keeps recent operations in memory for speed; a gallery of thousands of images would only fill it.
sharp.cache(false);

/** One generation per file at a time: a gallery asking twice at once waits for the same work. */
const inFlight = new Map<string, Promise<void>>();

export const thumbnailPath = (ctx: CoreContext, sha256: string): string =>
  join(ctx.dataDir, THUMBNAILS_DIR, `${sha256}.webp`);

export async function evidenceThumbnail(ctx: CoreContext, id: number): Promise<DownloadResult> {
  const item = getEvidence(ctx, id);
  if (!THUMBNAIL_TYPES.has(item.mimeType)) {
    throw new CasefileError('unsupported', `There is no preview for ${item.mimeType} files; open the file itself instead.`);
  }
  const target = thumbnailPath(ctx, item.sha256);
  if (!(await isFile(target))) {
    let pending = inFlight.get(target);
    if (!pending) {
      pending = makeThumbnail(ctx.vault.pathOf(item.sha256), target).finally(() => inFlight.delete(target));
      inFlight.set(target, pending);
    }
    await pending;
  }
  const { size } = await stat(target);
  const stem = item.originalName.replace(/\.[^.]*$/, '') || 'preview';
  return {
    fileName: `${stem}.webp`,
    contentType: 'image/webp',
    size,
    inline: true,
    stream: createReadStream(target) as Readable,
  };
}

async function makeThumbnail(source: string, target: string): Promise<void> {
  const dir = join(target, '..');
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${randomUUID()}.tmp`);
  try {
    await sharp(source, { failOn: 'none', limitInputPixels: THUMBNAIL_MAX_INPUT_PIXELS, sequentialRead: true })
      .rotate() // honour EXIF orientation: a portrait phone photo stays upright
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toFile(tmp);
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (!(await isFile(source))) {
      throw new CasefileError('not_found', "This item's file is missing from the vault; run Check the vault.");
    }
    if (isDiskFull(error)) throw error;
    throw new CasefileError(
      'unsupported',
      'No preview can be made of this image (it is damaged, or too large to decode safely); open the file itself instead.',
    );
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Removes a cached thumbnail (its image left the vault). */
export async function removeThumbnail(ctx: CoreContext, sha256: string): Promise<void> {
  await rm(thumbnailPath(ctx, sha256), { force: true });
}
