/**
 * The page's folder ZIP (src/renderer/src/features/import/zipFolder.ts) read back by the core's own ZIP
 * reader: names (Chinese included), bytes and CRC-32s survive, junk is left out, limits are said up front.
 * Node has the same File and Blob the page has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { BUNDLE_LIMITS } from '../../../src/main/core/import/bundle/bundleLimits';
import { openZipArchive } from '../../../src/main/core/import/bundle/zipArchive';
import { cleanup, makeTempDir } from '../helpers';

/**
 * The page's module, loaded by URL: the node project's typecheck does not take renderer files, so its
 * shape is restated here (a change there that breaks these lines fails the test, not the build).
 */
interface FolderFile {
  file: File;
  path: string;
}
interface ZipFolderModule {
  crc32(bytes: Uint8Array, crc?: number): number;
  folderFiles(files: readonly File[]): FolderFile[];
  folderName(files: readonly FolderFile[]): string;
  FolderTooLarge: new (limit: 'files' | 'bytes') => Error;
  zipFolder(files: readonly FolderFile[], options?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<Blob>;
}
const { crc32, folderFiles, folderName, FolderTooLarge, zipFolder } = (await import(
  new URL('../../../src/renderer/src/features/import/zipFolder.ts', import.meta.url).href
)) as ZipFolderModule;

afterEach(cleanup);

/** What an <input webkitdirectory> gives: Files whose webkitRelativePath starts with the folder's name. */
function chosen(entries: [string, string | Uint8Array][]): File[] {
  return entries.map(([relative, bytes]) => {
    const file = new File([bytes], relative.split('/').pop()!, { lastModified: Date.UTC(2024, 4, 2, 10, 22, 3) });
    Object.defineProperty(file, 'webkitRelativePath', { value: relative });
    return file;
  });
}

describe('zipFolder', () => {
  it('packs a chosen folder that the core reads back byte for byte', async () => {
    const photo = new Uint8Array(300_000).map((_, i) => (i * 7) % 251);
    const files = folderFiles(
      chosen([
        ['ChatExport_2024-05-02/result.json', '{"messages": []}'],
        ['ChatExport_2024-05-02/photos/截图 1.jpg', photo],
        ['ChatExport_2024-05-02/.DS_Store', 'junk'],
        ['ChatExport_2024-05-02/files/empty.txt', ''],
      ]),
    );
    expect(folderName(files)).toBe('ChatExport_2024-05-02');
    const seen: number[] = [];
    const blob = await zipFolder(files, { onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(300_000 + 16);

    const zipPath = path.join(makeTempDir(), 'folder.zip');
    fs.writeFileSync(zipPath, Buffer.from(await blob.arrayBuffer()));
    const archive = await openZipArchive(zipPath, BUNDLE_LIMITS);
    try {
      expect([...archive.files.keys()].sort()).toEqual([
        'ChatExport_2024-05-02/files/empty.txt',
        'ChatExport_2024-05-02/photos/截图 1.jpg',
        'ChatExport_2024-05-02/result.json',
      ]);
      // readAll checks each file's CRC-32: a wrong one would throw.
      expect(Buffer.from(await archive.readAll(archive.files.get('ChatExport_2024-05-02/photos/截图 1.jpg')!, 1e6)).equals(Buffer.from(photo))).toBe(true);
      expect(Buffer.from(await archive.readAll(archive.files.get('ChatExport_2024-05-02/result.json')!, 1e6)).toString()).toBe('{"messages": []}');
      expect(archive.files.get('ChatExport_2024-05-02/files/empty.txt')!.size).toBe(0);
    } finally {
      archive.close();
    }
  });

  it('computes the same CRC-32 as zlib, in one go or in pieces', () => {
    const bytes = new TextEncoder().encode('维权档案 Casefile 0123456789'.repeat(50));
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(bytes.subarray(100), crc32(bytes.subarray(0, 100)))).toBe(zlibCrc32(bytes));
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('says before reading anything when a folder is past what a ZIP can hold, and stops when cancelled', async () => {
    const many = Array.from({ length: 65_536 }, (_, i) => ({ file: new File([], `f${i}`), path: `d/f${i}` }));
    await expect(zipFolder(many)).rejects.toThrow(FolderTooLarge);
    const controller = new AbortController();
    controller.abort();
    await expect(zipFolder(folderFiles(chosen([['d/a.txt', 'a']])), { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
