/**
 * Names and entry settings shared by every archive Casefile writes (the dossier ZIP, the portal ZIP):
 * evidence names that are safe and unique on any disk, and fixed entry times and modes so the same data
 * exported at the same time gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { safeFileName } from '../../../shared/safeFileName';

/**
 * evidence/001_name.png, evidence/002_… : numbered so identical names never collide, and cleaned by
 * safeFileName (no path parts, no "..", no control or bidi characters, no Windows device names).
 */
export function uniqueEvidencePaths(items: { id: number; name: string }[], folder = 'evidence/'): Map<number, string> {
  const width = Math.max(3, String(items.length).length);
  return new Map(
    items.map((item, index) => [item.id, `${folder}${String(index + 1).padStart(width, '0')}_${archiveName(item.name)}`]),
  );
}

/**
 * At most 240 UTF-8 bytes, so "001_" + the name stays within the 255-byte file name limit of ext4 and APFS
 * (120 Chinese characters are 360 bytes). 60 characters always fit: a character is at most 4 bytes.
 */
export function archiveName(name: string): string {
  for (let max = 120; ; max -= 20) {
    const safe = safeFileName(name, max).replace(/\s/g, '_');
    if (Buffer.byteLength(safe, 'utf8') <= 240 || max <= 60) return safe;
  }
}

/**
 * yazl entry options: ZIP's DOS time fields are local wall time, so write the UTC wall time and no
 * extended (zone-aware) field: the same export made in Shanghai and in London is the same bytes.
 */
export function entryOptions(exportedAt: Date): { mtime: Date; mode: number; forceDosTimestamp: true } {
  const utcWallTime = new Date(exportedAt.getTime() + exportedAt.getTimezoneOffset() * 60_000);
  return { mtime: utcWallTime, mode: 0o100644, forceDosTimestamp: true };
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** casefile-ticket-12-2024-03-01.zip: the ticket and the export's UTC date, plain ASCII for every file system. */
export function exportFileName(ticketId: number, exportedAt: Date, suffix: string): string {
  return `casefile-ticket-${ticketId}-${exportedAt.toISOString().slice(0, 10)}${suffix}`;
}
