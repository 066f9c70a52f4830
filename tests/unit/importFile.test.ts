import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addEvidenceFromBytes, addEvidenceFromFile, CHANGED_WHILE_READING } from '../../src/main/core/evidence/importFile';
import { createEvidenceVault } from '../../src/main/core/evidence/vault';
import { CasefileError } from '../../src/main/core/errors';
import type { CustodyEvent } from '../../src/shared/domain';
import { call, callError, cleanup, count, createTicket, FIXTURE_PNG, listFiles, makeTempDir, openTestCore, sha256, type TestCore } from './helpers';

afterEach(cleanup);

const PNG = fs.readFileSync(FIXTURE_PNG);
const MiB = 1024 * 1024;
const HAS_MKFIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

async function setup() {
  const t = openTestCore();
  const { ticketId } = await createTicket(t.router);
  return { ...t, ticketId, outside: makeTempDir('casefile-user-files-') };
}

/** A file in the user's folders, with a modification time in the past. */
function userFile(dir: string, name: string, bytes: Buffer, mtime = new Date('2024-02-29T16:00:00Z')): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  fs.utimesSync(file, mtime, mtime);
  return file;
}

/** Nothing of an abandoned add remains: no row, no vault file, no temp file, no event. */
function expectNothingStored(t: TestCore): void {
  expect(count(t.ctx, 'evidence')).toBe(0);
  expect(count(t.ctx, 'evidence_custody')).toBe(0);
  expect(t.ctx.audit.list().filter((e) => e.action.startsWith('evidence.'))).toEqual([]);
  expect(listFiles(path.join(t.dataDir, 'evidence'))).toEqual([]);
}

async function rejection(promise: Promise<unknown>): Promise<CasefileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CasefileError);
  return error as CasefileError;
}

describe('addEvidenceFromFile (the desktop picker)', () => {
  it('streams the file in, named by its base name, captured at its modification time, custody "picker"', async () => {
    const t = await setup();
    const file = userFile(t.outside, '提现截图.png', PNG);
    const item = await addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' });
    expect(item).toMatchObject({
      originalName: '提现截图.png',
      sha256: sha256(PNG),
      size: PNG.length,
      mimeType: 'image/png',
      capturedAt: '2024-02-29T16:00:00.000Z',
      capturedAtSource: 'file_time',
      width: 320,
      height: 200,
      duplicate: false,
    });
    expect(fs.readFileSync(t.ctx.vault.pathOf(item.sha256)).equals(PNG)).toBe(true);
    expect(await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: item.id })).toEqual([
      { at: item.addedAt, event: 'added', via: 'picker', sha256: item.sha256 },
    ]);
    // The user's file is untouched.
    expect(fs.readFileSync(file).equals(PNG)).toBe(true);
  });

  it('a hostile file name is cleaned like an upload’s', async () => {
    const t = await setup();
    const file = userFile(t.outside, '\u202Egnp.exe', Buffer.from('just text'));
    const item = await addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'import' });
    expect(item.originalName).toBe('gnp.exe');
    expect(item.mimeType).toBe('text/plain');
    expect(item.extensionMismatch).toBe(true);
  });

  it('refuses a file that grows while it is read, with nothing stored; it goes in once it is finished', async () => {
    const t = await setup();
    const bytes = Buffer.alloc(3 * MiB, 7);
    const file = userFile(t.outside, 'recording.mp4', bytes);
    let appended = false;
    const error = await rejection(
      addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' }, {
        afterChunk: () => {
          if (!appended) fs.appendFileSync(file, Buffer.alloc(MiB, 8)); // still being written
          appended = true;
        },
      }),
    );
    expect(error).toMatchObject({ code: 'conflict', message: CHANGED_WHILE_READING });
    expectNothingStored(t);

    const item = await addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' });
    expect(item.size).toBe(4 * MiB);
  });

  it('refuses a file rewritten in place (same size) while it is read', async () => {
    const t = await setup();
    const file = userFile(t.outside, 'statement.pdf', Buffer.concat([Buffer.from('%PDF-1.4 '), Buffer.alloc(2 * MiB, 0x20)]));
    let done = false;
    const error = await rejection(
      addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' }, {
        afterChunk: async (bytesRead) => {
          if (done) return;
          done = true;
          expect(bytesRead).toBe(MiB);
          const handle = await open(file, 'r+');
          await handle.write(Buffer.from('ALTERED'), 0, 7, 2 * MiB - 100); // a part not read yet
          await handle.close();
        },
      }),
    );
    expect(error.code).toBe('conflict');
    expectNothingStored(t);
  });

  it.each([
    ['a path that does not exist', (dir: string) => path.join(dir, 'gone.png'), /no longer exists/],
    ['a folder', (dir: string) => dir, /folder, not a file/],
  ])('refuses %s with a clear invalid_input and stores nothing', async (_label, pathOf, message) => {
    const t = await setup();
    const error = await rejection(addEvidenceFromFile(t.ctx, pathOf(t.outside), { ticketId: t.ticketId, via: 'picker' }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
    expectNothingStored(t);
  });

  it.skipIf(!HAS_MKFIFO)('refuses a named pipe at once instead of waiting for a writer', async () => {
    const t = await setup();
    const fifo = path.join(t.outside, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = await rejection(addEvidenceFromFile(t.ctx, fifo, { ticketId: t.ticketId, via: 'picker' }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/not a regular file/) });
    expectNothingStored(t);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file it may not read (EACCES)', async () => {
    const t = await setup();
    const file = userFile(t.outside, 'secret.png', PNG);
    fs.chmodSync(file, 0o000);
    const error = await rejection(addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' }));
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/not allowed to read/) });
    expectNothingStored(t);
  });

  it('an unknown ticket is not_found and nothing is stored', async () => {
    const t = await setup();
    const file = userFile(t.outside, 'a.png', PNG);
    expect((await rejection(addEvidenceFromFile(t.ctx, file, { ticketId: 999, via: 'picker' }))).code).toBe('not_found');
    expectNothingStored(t);
  });

  it('a file over the size limit is too_large and nothing is stored', async () => {
    const t = await setup();
    await call(t.router, 'settings.update', { evidenceMaxBytes: MiB });
    const file = userFile(t.outside, 'big.bin', Buffer.alloc(MiB + 1, 1));
    const error = await rejection(addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' }));
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringContaining('1 MB') });
    expectNothingStored(t);
  });
});

describe('addEvidenceFromBytes (screen capture)', () => {
  it('stores the capture with custody "capture", captured now', async () => {
    const t = await setup();
    t.clock.advance(5000);
    const item = await addEvidenceFromBytes(t.ctx, PNG, { ticketId: t.ticketId, name: 'capture-Chrome-2024-03-01T02-00-05Z.png', via: 'capture' });
    expect(item).toMatchObject({ originalName: 'capture-Chrome-2024-03-01T02-00-05Z.png', capturedAt: t.clock.iso(), capturedAtSource: 'added', mimeType: 'image/png' });
    expect((await call<CustodyEvent[]>(t.router, 'evidence.custody', { id: item.id })).map((e) => e.via)).toEqual(['capture']);
    expect((await addEvidenceFromBytes(t.ctx, PNG, { ticketId: t.ticketId, name: 'again.png', via: 'capture' })).duplicate).toBe(true);
  });

  it('an empty capture is refused', async () => {
    const t = await setup();
    expect((await rejection(addEvidenceFromBytes(t.ctx, new Uint8Array(0), { ticketId: t.ticketId, name: 'x.png', via: 'capture' }))).code).toBe(
      'invalid_input',
    );
    expectNothingStored(t);
  });
});

describe('a full disk', () => {
  /** A vault on the real folder whose writes fail with ENOSPC once `allowBytes` have been written. */
  function diskFillsAfter(t: TestCore, allowBytes: number): void {
    let written = 0;
    t.ctx.vault = createEvidenceVault(t.dataDir, {
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        const write = handle.write.bind(handle) as (chunk: Uint8Array) => Promise<unknown>;
        (handle as { write: unknown }).write = async (chunk: Uint8Array) => {
          written += chunk.byteLength;
          if (written > allowBytes) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return write(chunk);
        };
        return handle as FileHandle;
      }) as typeof open,
    });
  }

  it('aborts an upload with storage_full and leaves nothing half-stored', async () => {
    const t = await setup();
    diskFillsAfter(t, 64 * 1024);
    const chunks = Array.from({ length: 8 }, (_, i) => Buffer.alloc(32 * 1024, i));
    const error = await callError(t.router, 'evidence.upload', { ticketId: t.ticketId, name: 'big.mp4' }, 'storage_full', (async function* () {
      yield* chunks;
    })());
    expect(error.message).toMatch(/disk is full/);
    expectNothingStored(t);
    expect(t.logs).toEqual([]);
  });

  it('aborts a picked file the same way', async () => {
    const t = await setup();
    diskFillsAfter(t, MiB);
    const file = userFile(t.outside, 'recording.mp4', Buffer.alloc(3 * MiB, 3));
    expect((await rejection(addEvidenceFromFile(t.ctx, file, { ticketId: t.ticketId, via: 'picker' }))).code).toBe('storage_full');
    expectNothingStored(t);
  });

  it('a disk that fills while the body is produced (ENOSPC from the source) is storage_full too', async () => {
    const t = await setup();
    async function* body() {
      yield Buffer.alloc(1000, 1);
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    }
    await callError(t.router, 'evidence.upload', { ticketId: t.ticketId, name: 'x.bin' }, 'storage_full', body());
    expectNothingStored(t);
  });
});
