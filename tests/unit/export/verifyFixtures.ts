/** A real exported dossier on disk, and ways to tamper with it, for the verify tests (function, API and CLI). */
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../helpers';
import { buildCase, exportZipBytes, readZip, writeZip, type ZipEntry } from './exportFixtures';

export async function exportedDossier(): Promise<{ file: string; zip: Buffer; entries: ZipEntry[] }> {
  const t = await buildCase();
  const zip = await exportZipBytes(t, { ticketId: t.ticketId });
  const file = path.join(makeTempDir('casefile-verify-'), 'dossier.zip');
  fs.writeFileSync(file, zip);
  return { file, zip, entries: await readZip(zip) };
}

/** Writes a rewritten archive next to the original and returns its path. */
export async function rewritten(entries: { name: string; bytes: Buffer }[], name = 'tampered.zip'): Promise<string> {
  const file = path.join(makeTempDir('casefile-verify-'), name);
  fs.writeFileSync(file, await writeZip(entries));
  return file;
}

/** The same entries with one byte of `target`'s data flipped. */
export function flipByte(entries: ZipEntry[], target: string): { name: string; bytes: Buffer }[] {
  return entries.map((e) => {
    if (e.name !== target) return e;
    const bytes = Buffer.from(e.bytes);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = bytes[at]! ^ 0x01;
    return { name: e.name, bytes };
  });
}

/**
 * A ZIP whose entry name is `hostile`, which no zip library will write: written under a harmless name of
 * the same length, then that name is replaced in the local and central headers.
 */
export async function zipWithName(entries: ZipEntry[], hostile: string): Promise<string> {
  const placeholder = 'Q'.repeat(Buffer.byteLength(hostile));
  const zip = Buffer.from(await writeZip([...entries, { name: placeholder, bytes: Buffer.from('payload') }]));
  const from = Buffer.from(placeholder);
  let at = zip.indexOf(from);
  while (at >= 0) {
    Buffer.from(hostile).copy(zip, at);
    at = zip.indexOf(from, at + 1);
  }
  const file = path.join(makeTempDir('casefile-verify-'), 'hostile.zip');
  fs.writeFileSync(file, zip);
  return file;
}
