/**
 * Evidence the desktop shell reads itself: files chosen in the native picker (by path, in the main
 * process — paths never come from the page) and screen captures (bytes). Both go through storeEvidence
 * like an upload, with the custody path they came by.
 *
 * A file is refused if it changes while it is read (a download still arriving, an editor saving): its
 * size and modification time are taken from the open handle before and after reading, and any difference,
 * or a byte count that disagrees with the size, abandons the add with nothing stored.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AddedEvidence } from '../../../shared/domain';
import type { CoreContext } from '../context';
import { CasefileError } from '../errors';
import { storeEvidence } from './addEvidence';

export interface ImportOptions {
  ticketId: number;
  entryId?: number;
  via: 'picker' | 'import' | 'capture';
  description?: string;
  /** The user's IANA zone, for EXIF times without an offset. */
  timeZone?: string;
}

/**
 * Test hook, never set by the app: awaited after each chunk has been read and stored, before the next is
 * read, so a test can change the file at an exact point of the read.
 */
export interface ImportHooks {
  afterChunk?(bytesRead: number): void | Promise<void>;
}

/** Chunks of 1 MiB: few system calls for large recordings, flat memory. */
const CHUNK = 1024 * 1024;

/** File-system errors a user can act on, in plain words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'The file no longer exists; nothing was stored.',
  EACCES: 'Casefile is not allowed to read this file; nothing was stored.',
  EPERM: 'Casefile is not allowed to read this file; nothing was stored.',
  EISDIR: 'This is a folder, not a file; nothing was stored.',
  EBUSY: 'The file is locked by another program; nothing was stored. Close it there and try again.',
  EIO: 'The file could not be read from the disk; nothing was stored.',
  ELOOP: 'The file is a link that leads nowhere; nothing was stored.',
  ENAMETOOLONG: 'The file path is too long to open; nothing was stored.',
};

export const CHANGED_WHILE_READING =
  'The file changed while it was being read; nothing was stored. Try again when it has finished saving.';

export async function addEvidenceFromFile(
  ctx: CoreContext,
  filePath: string,
  options: ImportOptions,
  hooks: ImportHooks = {},
): Promise<AddedEvidence> {
  const handle = await openForReading(filePath);
  try {
    const before = await handle.stat();
    if (before.isDirectory()) throw new CasefileError('invalid_input', READ_ERRORS.EISDIR!);
    if (!before.isFile()) {
      throw new CasefileError('invalid_input', 'This is not a regular file (a device, pipe or socket); nothing was stored.');
    }
    let bytesRead = 0;
    async function* chunks(): AsyncIterable<Uint8Array> {
      const stream = handle.createReadStream({ autoClose: false, highWaterMark: CHUNK });
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          bytesRead += chunk.byteLength;
          yield chunk;
          await hooks.afterChunk?.(bytesRead);
        }
      } catch (error) {
        throw readError(error);
      }
    }
    return await storeEvidence(
      ctx,
      {
        ticketId: options.ticketId,
        entryId: options.entryId,
        name: basename(filePath),
        description: options.description,
        via: options.via,
        fileTime: before.mtimeMs,
        timeZone: options.timeZone,
      },
      chunks(),
      {
        verifySource: async () => {
          const after = await handle.stat();
          if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytesRead !== before.size) {
            throw new CasefileError('conflict', CHANGED_WHILE_READING);
          }
        },
      },
    );
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Screen captures and other bytes the shell made itself. */
export function addEvidenceFromBytes(
  ctx: CoreContext,
  bytes: Uint8Array,
  options: { ticketId: number; entryId?: number; name: string; via: 'capture' | 'import'; timeZone?: string },
): Promise<AddedEvidence> {
  async function* once(): AsyncIterable<Uint8Array> {
    yield bytes;
  }
  return storeEvidence(
    ctx,
    { ticketId: options.ticketId, entryId: options.entryId, name: options.name, via: options.via, timeZone: options.timeZone },
    once(),
  );
}

/**
 * Opens read-only and non-blocking: opening a FIFO (a named pipe picked by mistake) would otherwise wait
 * forever for a writer. O_NONBLOCK changes nothing for regular files; Windows has no such flag.
 */
async function openForReading(filePath: string): Promise<FileHandle> {
  const flags = constants.O_NONBLOCK !== undefined ? constants.O_RDONLY | constants.O_NONBLOCK : 'r';
  try {
    return await open(filePath, flags);
  } catch (error) {
    throw readError(error);
  }
}

function readError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(READ_ERRORS, code)) return new CasefileError('invalid_input', READ_ERRORS[code]!);
  return error;
}
