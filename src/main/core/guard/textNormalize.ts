/**
 * Text normalization that remembers where every character came from. Rules and contact patterns run on
 * the normalized text (NFKC, so full-width letters and digits become ASCII; invisible characters removed;
 * whitespace runs collapsed; spaces between Chinese characters dropped, since "助 记 词" is a known trick),
 * and every hit is mapped back to offsets in the original text, so excerpts show what the user received.
 */

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** starts[i] / ends[i]: the span of the original text that produced normalized character i. */
  starts: number[];
  ends: number[];
  /** The original text. */
  original: string;
}

/** Zero-width, filler and direction-control characters: nothing visible, used to split or disguise words. */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const WHITESPACE = /^\s$/u;
const MARK = /^\p{M}$/u;
const HAN = /^\p{Script=Han}$/u;

export function isInvisible(ch: string): boolean {
  const cp = ch.codePointAt(0);
  if (cp === undefined || ch.length > 2) return false;
  return INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
}

export function normalizeWithMap(original: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const codePoints = Array.from(original);
  let offset = 0;
  let i = 0;
  while (i < codePoints.length) {
    const start = offset;
    let cluster = codePoints[i] ?? '';
    offset += cluster.length;
    i++;
    // Keep combining marks with their base so NFKC can compose them ("e" + U+0301 → "é").
    while (i < codePoints.length && MARK.test(codePoints[i] ?? '') && !isInvisible(codePoints[i] ?? '')) {
      const mark = codePoints[i] ?? '';
      cluster += mark;
      offset += mark.length;
      i++;
    }
    const base = Array.from(cluster)[0] ?? '';
    if (isInvisible(base)) continue;
    let mapped = cluster.normalize('NFKC');
    if (WHITESPACE.test(base) || /^\s+$/u.test(mapped)) {
      if (out.length === 0 || out[out.length - 1] === ' ') continue;
      mapped = ' ';
    } else if (HAN.test(base) && out.length >= 2 && out[out.length - 1] === ' ' && HAN.test(out[out.length - 2] ?? '')) {
      // "助 记 词" reads as "助记词": drop the space between two Chinese characters.
      out.pop();
      starts.pop();
      ends.pop();
    }
    for (const unit of mapped) {
      // One entry per UTF-16 code unit, so indexes line up with String methods and RegExp results.
      for (let k = 0; k < unit.length; k++) {
        out.push(k === 0 ? unit : '');
        starts.push(start);
        ends.push(offset);
      }
    }
  }
  // out holds one element per code unit, with the whole code point stored on its first unit.
  return { text: out.join(''), starts, ends, original };
}

/** Maps a non-empty span of the normalized text back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const last = Math.max(start, end - 1);
  const oStart = n.starts[start] ?? n.original.length;
  const oEnd = n.ends[last] ?? n.original.length;
  return { start: Math.min(oStart, oEnd), end: Math.max(oStart, oEnd) };
}
