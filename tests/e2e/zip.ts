import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

/** Every file in a ZIP, by its path inside the archive. */
export async function readZip(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return files;
}

/** Writes the files under `dir`, refusing any path that would land outside it. */
export function unpack(files: Map<string, Buffer>, dir: string): void {
  const root = path.resolve(dir);
  for (const [name, bytes] of files) {
    const target = path.resolve(root, name);
    if (!target.startsWith(root + path.sep)) throw new Error(`ZIP entry escapes the folder: ${name}`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}
