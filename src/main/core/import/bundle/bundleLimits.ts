/**
 * How much a ZIP upload (an export folder zipped) may hold. An archive is read only within these bounds,
 * checked against its central directory before any file in it is inflated, so a crafted archive costs at
 * most a directory listing.
 */
export interface BundleLimits {
  /** The archive itself, as uploaded and spooled to disk. */
  maxZipBytes: number;
  /** Entries in its directory (files and folders). A real export folder has hundreds, rarely thousands. */
  maxEntries: number;
  /** The sum of the sizes its files say they unpack to: the zip-bomb bound (each read is held to its size). */
  maxUnpackedBytes: number;
}

const GiB = 1024 * 1024 * 1024;

export const BUNDLE_LIMITS: BundleLimits = {
  maxZipBytes: 8 * GiB,
  maxEntries: 50_000,
  maxUnpackedBytes: 16 * GiB,
};

/** "PK\x03\x04" starts every ZIP with a file in it; "PK\x05\x06" is an empty archive (its end record alone). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 0x03 && head[3] === 0x04) || (head[2] === 0x05 && head[3] === 0x06));
}
