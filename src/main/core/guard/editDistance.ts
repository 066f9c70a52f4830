/** Damerau–Levenshtein distance (optimal string alignment) and a plain description of a one-step edit. */

const MAX_LENGTH = 64;

/** Edits (insert, delete, replace, swap two neighbours) to turn a into b. Inputs are cut at 64 characters. */
export function editDistance(aIn: string, bIn: string): number {
  const a = Array.from(aIn).slice(0, MAX_LENGTH);
  const b = Array.from(bIn).slice(0, MAX_LENGTH);
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

export type EditKind = 'added' | 'removed' | 'replaced' | 'swapped' | 'several';

/** How `written` differs from `original` when the distance is small: what the user should look for. */
export function describeEdit(written: string, original: string): EditKind {
  const distance = editDistance(written, original);
  if (distance !== 1) return 'several';
  const w = Array.from(written);
  const o = Array.from(original);
  if (w.length === o.length + 1) return 'added';
  if (w.length + 1 === o.length) return 'removed';
  const differ = w.flatMap((ch, i) => (ch === o[i] ? [] : [i]));
  if (differ.length === 2 && differ[1] === (differ[0] ?? 0) + 1) return 'swapped';
  return 'replaced';
}
