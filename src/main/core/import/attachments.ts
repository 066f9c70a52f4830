/**
 * Fill in the bytes of attachments that live beside the transcript (Telegram's export folder, a WhatsApp
 * export "with media"). The caller supplies readFile for a path relative to that folder; paths are checked
 * here first so that a crafted export ('../../.ssh/id_rsa', '/etc/passwd', 'C:\\x') can never make it
 * read outside the folder. The caller should still refuse symbolic links that point out of the folder.
 */
import type { AttachmentSource, ParseResult, ParseWarning } from './types';

/** The normalised relative path ('photos/a.jpg'), or null when it is absolute or climbs out. */
export function safeRelativePath(path: string): string | null {
  if (!path || path.includes('\0')) return null;
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || /^[a-z][a-z0-9+.-]*:\/\//i.test(slashed)) return null;
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null;
    parts.push(part);
  }
  return parts.length > 0 ? parts.join('/') : null;
}

/**
 * readFile answers the bytes, or a source to stream them from later (a file inside a ZIP), or null when
 * the folder has no such file. A missing or unreadable file is a warning on the message's line.
 */
export async function resolveAttachments(
  result: ParseResult,
  readFile: (relativePath: string) => Promise<Uint8Array | AttachmentSource | null>,
): Promise<ParseResult> {
  const warnings: ParseWarning[] = [...result.warnings];
  const messages = [];
  for (const message of result.messages) {
    const attachments = [];
    for (const attachment of message.attachments) {
      if (attachment.bytes || attachment.source || attachment.path === undefined) {
        attachments.push(attachment);
        continue;
      }
      const where = message.line === undefined ? {} : { line: message.line };
      const safe = safeRelativePath(attachment.path);
      if (!safe) {
        warnings.push({ code: 'unsafe_path', ...where, message: `"${attachment.path}" points outside the export folder; it was not read.` });
        attachments.push(attachment);
        continue;
      }
      let bytes: Uint8Array | AttachmentSource | null;
      try {
        bytes = await readFile(safe);
      } catch (error) {
        warnings.push({ code: 'attachment_unreadable', ...where, message: `"${safe}" could not be read: ${error instanceof Error ? error.message : String(error)}.` });
        attachments.push(attachment);
        continue;
      }
      if (!bytes) {
        warnings.push({
          code: 'attachment_missing',
          ...where,
          message: `"${safe}" is not in the export folder; the message is imported without it.`,
          ...(message.text ? { text: message.text.slice(0, 200) } : {}),
        });
        attachments.push(attachment);
        continue;
      }
      attachments.push(bytes instanceof Uint8Array ? { ...attachment, path: safe, bytes } : { ...attachment, path: safe, source: bytes });
    }
    messages.push({ ...message, attachments });
  }
  return { ...result, messages, warnings, folderGiven: true };
}
