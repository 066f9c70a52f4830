/**
 * The state of each evidence file at export time, for the PDF's evidence index.
 *
 * A missing file never fails the PDF: it is listed as MISSING with the SHA-256 it was added with. Images
 * (the files the PDF shows) are also hashed, and one that no longer matches is listed as ALTERED and not
 * shown, so the PDF never displays a picture that is not the recorded evidence. Other files are only
 * checked for presence here (hashing a 1 GB video for a PDF that does not show it would be slow); the ZIP
 * export hashes every file it ships.
 *
 * The images themselves are read, checked again, re-encoded and placed one at a time (embeddedImage.ts),
 * so 100 screenshots never sit in memory together.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Evidence } from '../../../../shared/domain';
import type { CoreContext } from '../../context';
import type { MissingReason } from '../evidencePresence';
import { MAX_IMAGE_FILE_BYTES } from './embeddedImage';

export type EvidenceState = 'ok' | MissingReason;

export function isImage(item: Evidence): boolean {
  return item.mimeType.startsWith('image/') && item.mimeType !== 'image/svg+xml';
}

export async function checkEvidenceFiles(
  ctx: CoreContext,
  items: Evidence[],
  options: { known: ReadonlyMap<number, MissingReason>; hashImages: boolean },
): Promise<Map<number, EvidenceState>> {
  const states = new Map<number, EvidenceState>();
  for (const item of items) {
    const known = options.known.get(item.id);
    if (known) {
      states.set(item.id, known);
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

async function sha256File(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  } catch {
    return null;
  }
  return hash.digest('hex');
}
