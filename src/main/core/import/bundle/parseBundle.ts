/**
 * An export folder, zipped, read as one import:
 * - Telegram Desktop: result.json at the top or in the export's own folder ("ChatExport_2024-03-01/"; one
 *   level deeper too, for a user who zipped the "Telegram Desktop" folder holding it — the nearest counts),
 *   with the photos and files its messages name (message.photo / message.file, relative to result.json);
 * - a folder of .eml files (anywhere in the archive): one batch, oldest first, each Message-ID once;
 * - a chat export with media (WhatsApp's own ZIP: one .txt beside the files it names).
 * Files beside the transcript are not read here: each becomes an AttachmentSource that the store streams
 * into the vault, so a preview of a folder full of videos reads only the transcript. A file the transcript
 * names but the archive lacks is a warning on that message, not a failure.
 * Anything else (pictures only, a ZIP inside the ZIP) is 'unknown_format', saying what the archive holds.
 */
import { ImportError, MAX_IMPORT_BYTES } from '../importError';
import { resolveAttachments } from '../attachments';
import type { AttachmentSource, ImportFormat, ParseResult } from '../types';
import type { ZipArchive, ZipFileEntry } from './zipArchive';

export interface BundleParsers {
  /** One transcript file (result.json, a chat .txt) with the user's answers. */
  parseOne(bytes: Uint8Array, name: string): Promise<ParseResult>;
  /** A batch of e-mails with the user's answers. */
  parseEmails(files: { bytes: Uint8Array; name: string }[]): Promise<ParseResult>;
}

export async function parseBundle(archive: ZipArchive, zipName: string, format: ImportFormat | undefined, parsers: BundleParsers): Promise<ParseResult> {
  const files = [...archive.files.values()].filter((f) => !isJunk(f.name));
  if (files.length === 0) throw new ImportError('empty', `"${zipName}" is a ZIP archive with no files in it.`);
  const wants = (...formats: ImportFormat[]) => format === undefined || formats.includes(format);

  const telegram = shallowest(files.filter((f) => baseName(f.name).toLowerCase() === 'result.json' && depth(f.name) <= 2));
  if (wants('telegram') && telegram.length > 0) {
    if (telegram.length > 1) {
      throw new ImportError(
        'telegram_many_chats',
        `"${zipName}" holds ${telegram.length} Telegram exports (${telegram.slice(0, 5).map((f) => f.name).join(', ')}). Zip one export folder at a time.`,
      );
    }
    return withFolder(archive, telegram[0]!, parsers);
  }
  const emails = files.filter((f) => /\.eml$/i.test(f.name));
  if (wants('email') && emails.length > 0) return parseEmailBatch(archive, emails, parsers);
  const chats = files.filter((f) => /\.txt$/i.test(f.name) && depth(f.name) <= 1);
  if (wants('whatsapp', 'livechat', 'csv') && chats.length === 1) return withFolder(archive, chats[0]!, parsers);
  throw unknownContents(zipName, files);
}

/** The transcript, with the files it names resolved inside its own folder of the archive. */
async function withFolder(archive: ZipArchive, transcript: ZipFileEntry, parsers: BundleParsers): Promise<ParseResult> {
  const parsed = await parsers.parseOne(await archive.readAll(transcript, MAX_IMPORT_BYTES), baseName(transcript.name));
  const folder = transcript.name.includes('/') ? transcript.name.slice(0, transcript.name.lastIndexOf('/') + 1) : '';
  return resolveAttachments(parsed, async (relativePath): Promise<AttachmentSource | null> => {
    const file = archive.files.get(`${folder}${relativePath}`.normalize('NFC'));
    if (!file) return null;
    if (file.unreadable) throw new Error('it is encrypted or compressed in a way Casefile cannot read');
    return { size: file.size, open: async () => archive.stream(file) };
  });
}

async function parseEmailBatch(archive: ZipArchive, emails: ZipFileEntry[], parsers: BundleParsers): Promise<ParseResult> {
  const total = emails.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too_large',
      `The ${emails.length} e-mails in the archive add up to ${Math.ceil(total / 1048576)} MB; up to ${MAX_IMPORT_BYTES / 1048576} MB can be imported at once. Zip them in smaller batches.`,
    );
  }
  const batch: { bytes: Uint8Array; name: string }[] = [];
  for (const file of emails.sort((a, b) => a.name.localeCompare(b.name))) batch.push({ bytes: await archive.readAll(file, MAX_IMPORT_BYTES), name: file.name });
  return parsers.parseEmails(batch);
}

function unknownContents(zipName: string, files: ZipFileEntry[]): ImportError {
  const nested = files.filter((f) => /\.zip$/i.test(f.name));
  if (nested.length > 0) {
    return new ImportError(
      'unknown_format',
      `"${zipName}" holds another ZIP archive (${nested[0]!.name}). Unzip it, then choose the export folder itself.`,
    );
  }
  const shown = files.slice(0, 5).map((f) => f.name).join(', ') + (files.length > 5 ? `, … (${files.length.toLocaleString('en')} files)` : '');
  return new ImportError(
    'unknown_format',
    `"${zipName}" holds no Telegram export (result.json), no e-mails (.eml) and no single chat export (.txt); it has ${shown}.`,
  );
}

/** Files every desktop sprinkles into folders, never part of an export. */
function isJunk(name: string): boolean {
  const base = baseName(name);
  return name.startsWith('__MACOSX/') || base === '.DS_Store' || base.startsWith('._') || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);
const depth = (name: string) => name.split('/').length - 1;

/** The candidates nearest the top: an export's own result.json, not a copy deeper inside it. */
function shallowest(files: ZipFileEntry[]): ZipFileEntry[] {
  if (files.length === 0) return files;
  const least = Math.min(...files.map((f) => depth(f.name)));
  return files.filter((f) => depth(f.name) === least);
}
