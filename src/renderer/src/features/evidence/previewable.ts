/**
 * Types shown inline. Raster images only: SVG can carry script and HTML is never rendered; everything
 * else is listed with its name and fingerprint.
 */
const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif']);

export function isPreviewable(mimeType: string): boolean {
  return PREVIEWABLE.has(mimeType.toLowerCase());
}
