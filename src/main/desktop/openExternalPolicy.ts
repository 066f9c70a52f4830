/**
 * Which evidence may be opened in another program, and under what name. The decision rests on the type
 * detected from the bytes when the file was stored, never on its name: an executable renamed .png is
 * still an executable and is refused. Allowed items get a name whose extension matches that type, so the
 * system picks a viewer for what the file really is (a PDF called "receipt.png" opens as a PDF).
 *
 * Refused: executables, scripts, SVG and HTML (they can run code in a browser), archives, mail, JSON and
 * anything unrecognised. Those can be exported instead.
 */
import { safeFileName } from '../../shared/safeFileName';

/** Detected type → the extensions that honestly name it (the first is used when the name's is wrong). */
export const OPENABLE_TYPES: Readonly<Record<string, readonly string[]>> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/bmp': ['bmp'],
  'image/heic': ['heic', 'heif'],
  'application/pdf': ['pdf'],
  'video/mp4': ['mp4', 'm4v', 'm4a'],
  'video/quicktime': ['mov'],
  'video/webm': ['webm', 'mkv'],
  'audio/mpeg': ['mp3'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'audio/wav': ['wav'],
  'text/plain': ['txt', 'log'],
};

export const REFUSED_MESSAGE = 'Casefile does not open this type of file in another program; export it instead.';

/** Longest name given to the copy (extension included): short enough for any file system. */
const MAX_NAME = 120;

/**
 * The name for the copy handed to another program, or null when this type must not be opened outside
 * Casefile.
 */
export function externalCopyName(item: { mimeType: string; originalName: string }): string | null {
  const mime = item.mimeType.split(';')[0]!.trim().toLowerCase();
  const extensions = Object.hasOwn(OPENABLE_TYPES, mime) ? OPENABLE_TYPES[mime]! : null;
  if (!extensions) return null;

  const name = safeFileName(item.originalName, MAX_NAME);
  const match = /^(.*)\.([A-Za-z0-9]{1,10})$/.exec(name);
  const ext = match?.[2]?.toLowerCase();
  if (match && ext && extensions.includes(ext) && match[1]) return `${match[1]}.${ext}`;
  // No extension, or a wrong one: keep the whole name visible and add the honest extension.
  const stem = safeFileName(name, MAX_NAME - extensions[0]!.length - 1);
  return `${stem}.${extensions[0]}`;
}
