/**
 * Reading an exported PDF back the way a recipient's tools would: poppler's pdftotext (text, and word
 * boxes to prove nothing runs off the page), pdfinfo (page count, dates) and pdfimages (what is embedded).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../helpers';

function toFile(bytes: Buffer): string {
  const file = path.join(makeTempDir('casefile-pdf-'), 'dossier.pdf');
  fs.writeFileSync(file, bytes);
  return file;
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

/** The PDF's text in reading order. */
export function pdfText(bytes: Buffer): string {
  return run('pdftotext', ['-enc', 'UTF-8', toFile(bytes), '-']);
}

/** Text with all white space removed: wrapped lines and justified gaps do not hide a match. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function pdfPages(bytes: Buffer): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [toFile(bytes)]))?.[1]);
}

/** pdfinfo's report, dates in ISO 8601 (as stored, not in the local zone). */
export function pdfInfo(bytes: Buffer): string {
  return run('pdfinfo', ['-isodates', toFile(bytes)]);
}

/** One row per embedded image: page, pixel size, encoding ("jpeg" for DCT, "image" for Flate) and pixels per inch as drawn. */
export function pdfImages(bytes: Buffer): { page: number; width: number; height: number; enc: string; ppi: number }[] {
  return run('pdfimages', ['-list', toFile(bytes)])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => line.trim().split(/\s+/))
    .map(([page, , , width, height, , , , enc, , , , ppi]) => ({ page: Number(page), width: Number(width), height: Number(height), enc: enc!, ppi: Number(ppi) }));
}

/** Every word's box (points), from pdftotext -bbox, with the page size. */
export function pdfWordBoxes(bytes: Buffer): { word: string; xMin: number; xMax: number; yMin: number; yMax: number; pageWidth: number; pageHeight: number }[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', toFile(bytes), '-']);
  const boxes = [];
  let pageWidth = 0;
  let pageHeight = 0;
  for (const match of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (match[1]) {
      pageWidth = Number(match[1]);
      pageHeight = Number(match[2]);
      continue;
    }
    boxes.push({ word: match[7]!, xMin: Number(match[3]), yMin: Number(match[4]), xMax: Number(match[5]), yMax: Number(match[6]), pageWidth, pageHeight });
  }
  return boxes;
}

/** Every embedded image as a PNG file (pdfimages -png), in the order pdfImages lists them. */
export function extractedImages(bytes: Buffer): Buffer[] {
  const dir = makeTempDir('casefile-pdfimages-');
  execFileSync('pdfimages', ['-png', toFile(bytes), path.join(dir, 'img')]);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name)));
}
