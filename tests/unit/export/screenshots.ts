/**
 * Screenshots as a dossier gets them: an app's window of flat colours, a title bar, chat bubbles and
 * lines of "text" (dark strokes on a light ground), saved as PNG the way phones and desktops save them.
 * Drawn with SVG shapes, so no font is needed and the same seed gives the same pixels.
 */
import sharp from 'sharp';

export async function screenshotPng(width: number, height: number, seed: number): Promise<Buffer> {
  let x = seed * 7919 + 17;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const shapes: string[] = [`<rect width="${width}" height="${Math.round(height * 0.07)}" fill="#fcd535"/>`];
  for (let y = Math.round(height * 0.1); y < height - 80; y += 90) {
    const mine = next() < 0.4;
    const bubble = Math.round(width * (0.45 + next() * 0.3));
    const left = mine ? width - bubble - 24 : 24;
    shapes.push(`<rect x="${left}" y="${y}" width="${bubble}" height="70" rx="14" fill="${mine ? '#95ec69' : '#ffffff'}"/>`);
    // Two lines of words: short dark strokes with gaps, like anti-aliased glyphs at a distance.
    for (const line of [0, 1]) {
      for (let wx = left + 16; wx < left + bubble - 40; wx += 10 + Math.round(next() * 30)) {
        shapes.push(`<rect x="${wx}" y="${y + 14 + line * 26}" width="${6 + Math.round(next() * 22)}" height="16" fill="#1e2329" opacity="0.85"/>`);
      }
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f2f3f5"/>${shapes.join('')}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
