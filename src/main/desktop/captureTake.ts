/**
 * capture.take: a full-resolution still of one screen or window, stored as a PNG evidence item. The
 * shell only takes the picture; the core receives the bytes like any other evidence (custody: capture).
 */
import type { AddedEvidence } from '../../shared/domain';
import type { CoreContext } from '../core/context';
import { CasefileError } from '../core/errors';
import { addEvidenceFromBytes } from '../core/evidence/importFile';
import { requireTicket } from '../core/tickets/ticketGuards';
import { safeFileName } from '../../shared/safeFileName';
import type { CaptureSourcesDeps } from './captureSources';

export interface Display {
  size: { width: number; height: number };
  scaleFactor: number;
}

export interface CaptureTakeDeps extends CaptureSourcesDeps {
  /** screen.getAllDisplays. */
  getAllDisplays(): Display[];
}

/** Beyond any real display; keeps a bogus scale factor from asking for a gigapixel image. */
const MAX_SIDE = 16384;

/**
 * The thumbnail size that holds every display at its native pixel size: the widest and the tallest
 * display in device pixels (so a portrait monitor next to a landscape one is not scaled down either).
 */
export function fullResolutionSize(displays: Display[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const d of displays) {
    const scale = Number.isFinite(d.scaleFactor) && d.scaleFactor > 0 ? d.scaleFactor : 1;
    width = Math.max(width, Math.round(d.size.width * scale));
    height = Math.max(height, Math.round(d.size.height * scale));
  }
  if (width === 0 || height === 0) return { width: 1920, height: 1080 };
  return { width: Math.min(width, MAX_SIDE), height: Math.min(height, MAX_SIDE) };
}

/** "capture-<source>-<UTC time>.png", safe on every file system (no colons). */
export function captureFileName(sourceName: string, at: Date): string {
  const source =
    safeFileName(sourceName, 60)
      .replace(/[\s.]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '') || 'screen';
  const time = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `capture-${source}-${time}.png`;
}

export async function takeCapture(
  ctx: CoreContext,
  deps: CaptureTakeDeps,
  input: { ticketId: number; sourceId: string; entryId?: number },
): Promise<AddedEvidence> {
  requireTicket(ctx, input.ticketId);
  const sources = await deps.getSources({
    types: ['screen', 'window'],
    thumbnailSize: fullResolutionSize(deps.getAllDisplays()),
  });
  const source = sources.find((s) => s.id === input.sourceId);
  if (!source) {
    throw new CasefileError('not_found', 'That screen or window is no longer available; choose it again.');
  }
  const png = source.thumbnail.isEmpty() ? Buffer.alloc(0) : source.thumbnail.toPNG();
  if (png.length === 0) {
    throw new CasefileError('invalid_input', 'That window could not be captured (it may be minimised).');
  }
  return addEvidenceFromBytes(ctx, png, {
    ticketId: input.ticketId,
    ...(input.entryId !== undefined ? { entryId: input.entryId } : {}),
    name: captureFileName(source.name, ctx.now()),
    via: 'capture',
  });
}
