/**
 * What a file is, from the type the vault found in its bytes (never from its name), and how Casefile may
 * show it. Only these are rendered inside the app: raster images, PDF (Chromium's viewer), audio, video
 * and plain text (as text). SVG and HTML can carry script; everything else is offered as a download.
 */
export type FileKind = 'image' | 'pdf' | 'video' | 'audio' | 'text' | 'other';

const RASTER_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif']);
const VIDEOS = new Set(['video/mp4', 'video/webm', 'video/ogg', 'video/quicktime']);
const AUDIO = new Set(['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav', 'audio/x-wav', 'audio/webm', 'audio/aac', 'audio/flac']);
/** Shown as text in a <pre>: never parsed as markup. */
const TEXT = new Set(['text/plain', 'text/csv', 'application/json', 'message/rfc822', 'text/markdown']);

export function fileKind(mimeType: string): FileKind {
  const mime = mimeType.toLowerCase();
  if (RASTER_IMAGES.has(mime)) return 'image';
  if (mime === 'application/pdf') return 'pdf';
  if (VIDEOS.has(mime)) return 'video';
  if (AUDIO.has(mime)) return 'audio';
  if (TEXT.has(mime)) return 'text';
  return 'other';
}

/** Short labels for the types the vault detects most often. */
const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/json': 'JSON',
  'application/octet-stream': 'BIN',
  'application/x-msdownload': 'EXE',
  'application/vnd.microsoft.portable-executable': 'EXE',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'text/csv': 'CSV',
  'message/rfc822': 'EML',
  'image/svg+xml': 'SVG',
  'image/heic': 'HEIC',
  'image/tiff': 'TIFF',
  'image/jpeg': 'JPEG',
  'video/mp4': 'MP4',
  'video/quicktime': 'MOV',
  'audio/mpeg': 'MP3',
  'audio/x-wav': 'WAV',
};

/**
 * What the file really is ("PDF"), from its detected type: a PDF renamed .png is labelled PDF. Unknown
 * types use the MIME subtype ("image/x-foo" → "X-FOO"), never the name.
 */
export function formatLabel(mimeType: string): string {
  const mime = mimeType.toLowerCase();
  const known = TYPE_LABELS[mime];
  if (known) return known;
  const subtype = mime.split('/')[1] ?? '';
  const cleaned = subtype.replace(/^(x-|vnd\.)/, '').split(/[.+;]/)[0] ?? '';
  return cleaned ? cleaned.slice(0, 6).toUpperCase() : 'BIN';
}

/** ".png" from "photo.final.PNG"; "" when the name has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  return name.slice(dot).toLowerCase();
}
