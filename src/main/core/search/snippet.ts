/**
 * Snippets are made here from the stored text, not with FTS5's snippet() (which would need markup and knows
 * nothing of the LIKE-matched short terms): plain text of about 120 characters around the first hit, and
 * [start, end) offsets (UTF-16 indexes into the snippet, as JavaScript strings count) of every occurrence of
 * every term inside it, case-insensitive, overlapping ranges merged.
 */

export const SNIPPET_CHARS = 120;
/** How much text comes before the first hit, so that it reads in context. */
const LEAD = 40;

export interface Snippet {
  snippet: string;
  highlights: [number, number][];
}

/** Every occurrence of each term in text, case-insensitive, as sorted, merged [start, end) ranges. */
export function findAll(text: string, terms: string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    const needle = fold(term).text;
    if (needle.length === 0) continue;
    for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
      ranges.push([folded.start[at]!, folded.end[at + needle.length - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The snippet of `text` around the first hit of any term (the start of the text when none is found). */
export function makeSnippet(text: string, terms: string[]): Snippet {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const first = findAll(flat, terms)[0];
  let start = 0;
  if (first && flat.length > SNIPPET_CHARS) {
    start = Math.max(0, Math.min(first[0] - LEAD, flat.length - SNIPPET_CHARS));
    // Start at a word boundary nearby when there is one, and never inside a surrogate pair.
    const space = flat.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 15) start = space + 1;
  }
  start = notInsidePair(flat, start);
  const end = notInsidePair(flat, Math.min(flat.length, start + SNIPPET_CHARS));
  const body = flat.slice(start, end);
  const prefix = start > 0 ? '…' : '';
  const snippet = `${prefix}${body}${end < flat.length ? '…' : ''}`;
  return { snippet, highlights: findAll(body, terms).map(([a, b]) => [a + prefix.length, b + prefix.length]) };
}

/** Moves an index off the second half of a surrogate pair. */
function notInsidePair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Lower-cases code point by code point, remembering which original character each folded unit came from
 * (its start and end), so that a match in the folded text maps back to whole characters of the original
 * even when lower-casing changes the length ("İ" becomes two units).
 */
function fold(text: string): { text: string; start: number[]; end: number[] } {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  let index = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    for (let k = 0; k < lower.length; k++) {
      start.push(index);
      end.push(index + ch.length);
    }
    out += lower;
    index += ch.length;
  }
  return { text: out, start, end };
}
