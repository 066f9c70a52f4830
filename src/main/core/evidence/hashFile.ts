/**
 * Re-hashing a stored file for the vault check: streamed in 1 MiB chunks (flat memory for any size),
 * handing the event loop back after every chunk so API calls are answered while a large vault is read,
 * and stopping at the next chunk once the job is cancelled.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';

const CHUNK = 1024 * 1024;

export async function hashFile(path: string, signal: AbortSignal, onBytes: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      signal.throwIfAborted();
      hash.update(chunk);
      onBytes(chunk.byteLength);
      await nextTurn();
    }
  } finally {
    stream.destroy();
  }
  signal.throwIfAborted();
  return hash.digest('hex');
}
