/**
 * The dossier's font: Noto Sans SC (OFL, from @expo-google-fonts/noto-sans-sc), embedded and subset by
 * pdfkit, so Chinese reads the same on any machine and the PDF needs no fonts of its own reader. It covers
 * Latin as well, so one family serves everything the dossier prints.
 *
 * Resolved through Node's module resolution from this file (createRequire(import.meta.url)), which finds
 * node_modules whether this runs from src (tests, tsx), from the out/main bundle or a packaged app. Each
 * TTF is ~10 MB: read once per process and kept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FILES;

const cache = new Map<FontWeight, Buffer>();

export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(createRequire(import.meta.url).resolve(FILES[weight]));
    cache.set(weight, bytes);
  }
  return bytes;
}
