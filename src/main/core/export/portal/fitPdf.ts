/**
 * The dossier PDF made to fit a portal's per-file limit, in the order a reader loses least:
 *  1. the whole dossier with its images downscaled;
 *  2. the whole dossier without images (the images follow as separate JPEG files where there is room);
 *  3. without images, split by conversation entries into labelled parts ("Part 2 of 3"), each part
 *     that is still too large split again, until every part fits. A single entry too large on its
 *     own cannot be split further: that part is left out.
 * Each step renders for real and measures: PDF sizes cannot be predicted well enough to plan ahead.
 */
import type { CoreContext } from '../../context';
import type { DossierData } from '../dossierData';
import type { DossierOptions } from '../dossierOptions';
import type { PdfOptions } from '../pdf/renderDossierPdf';

export type RenderPdf = (ctx: CoreContext, data: DossierData, options: PdfOptions) => Promise<Buffer>;

export interface PdfPart {
  bytes: Buffer;
  /** [start, end) of data.entries, for a split dossier. */
  slice: [number, number] | null;
  label: string | null;
}

export interface FittedPdf {
  parts: PdfPart[];
  images: 'embed' | 'none';
  /** Parts that do not fit even alone (one huge entry): left out with this slice. */
  tooLarge: [number, number][];
}

/** Downscaled for the portal: about 1600 × 1000 pixels per image at a modest JPEG quality. */
export const PORTAL_IMAGE_MAX_PIXELS = 1_600_000;
export const PORTAL_JPEG_QUALITY = 60;

export async function fitDossierPdf(
  ctx: CoreContext,
  data: DossierData,
  base: DossierOptions & Pick<PdfOptions, 'exportedAt' | 'missingEvidence'>,
  maxBytes: number,
  render: RenderPdf,
  signal: AbortSignal,
): Promise<FittedPdf> {
  const common: PdfOptions = { ...base, images: 'embed' };
  const withImages = await render(ctx, data, { ...common, imageMaxPixels: PORTAL_IMAGE_MAX_PIXELS, jpegQuality: PORTAL_JPEG_QUALITY });
  if (withImages.length <= maxBytes) return { parts: [{ bytes: withImages, slice: null, label: null }], images: 'embed', tooLarge: [] };
  signal.throwIfAborted();
  const textOnly: PdfOptions = { ...common, images: 'none' };
  const whole = await render(ctx, data, textOnly);
  if (whole.length <= maxBytes) return { parts: [{ bytes: whole, slice: null, label: null }], images: 'none', tooLarge: [] };

  const count = data.entries.length;
  if (count <= 1) return { parts: [], images: 'none', tooLarge: [[0, count]] };
  // First guess from the size, with room for each part's own cover and index pages.
  let slices = evenSlices(count, Math.min(count, Math.ceil((whole.length / maxBytes) * 1.25)));
  const tooLarge: [number, number][] = [];
  for (;;) {
    signal.throwIfAborted();
    const total = slices.length;
    const parts: PdfPart[] = [];
    for (const [index, slice] of slices.entries()) {
      const label = partLabel(index + 1, total);
      parts.push({ bytes: await render(ctx, data, { ...textOnly, entrySlice: slice, partLabel: label }), slice, label });
      signal.throwIfAborted();
    }
    const next: [number, number][] = [];
    let split = false;
    for (const part of parts) {
      const [start, end] = part.slice!;
      if (part.bytes.length <= maxBytes) next.push([start, end]);
      else if (end - start > 1) {
        const middle = start + Math.ceil((end - start) / 2);
        next.push([start, middle], [middle, end]);
        split = true;
      } else {
        tooLarge.push([start, end]);
        split = true; // the labels change once this part is gone
      }
    }
    if (!split) return { parts, images: 'none', tooLarge };
    if (next.length === 0) return { parts: [], images: 'none', tooLarge };
    slices = next;
  }
}

export function partLabel(index: number, total: number): string {
  return `Part ${index} of ${total} / 第 ${index} 部分，共 ${total} 部分`;
}

/** [start, end) slices of 0..count, as even as whole entries allow. */
export function evenSlices(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(parts, count));
  return Array.from({ length: n }, (_, i) => [Math.floor((i * count) / n), Math.floor(((i + 1) * count) / n)]);
}
