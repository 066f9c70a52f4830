/**
 * What the user typed, as search terms. The query is user text: it never reaches FTS5's query language
 * unquoted. Each whitespace-separated word is one term; all terms must match (AND). A term is either
 * - long (3+ characters): matched by the trigram index as an FTS5 string ("…" with " doubled), so `*`,
 *   `OR`, `NEAR(`, `-`, `(((` and stray quotes are just characters to find; or
 * - short (1–2 characters, e.g. 客服, 冻结, "ok"): the trigram index cannot match fewer than 3 characters,
 *   so these are matched with LIKE (ASCII case-insensitive, `%`, `_` and `\` escaped) on the same columns.
 * Characters are counted as Unicode code points, as the tokenizer counts them.
 */

/** More terms than this are ignored (a pasted paragraph is not a search). */
export const MAX_TERMS = 16;
export const TRIGRAM = 3;

export interface Terms {
  /** Every term, for highlighting. */
  all: string[];
  /** 3+ characters: the trigram index. */
  long: string[];
  /** 1–2 characters: LIKE. */
  short: string[];
}

export function parseTerms(query: string): Terms {
  // Control characters (NUL included) become separators: they are never part of what anyone searches for.
  // eslint-disable-next-line no-control-regex
  const words = query.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').split(/\s+/u).filter((w) => w.length > 0);
  const seen = new Set<string>();
  const all: string[] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(word);
    if (all.length === MAX_TERMS) break;
  }
  return {
    all,
    long: all.filter((t) => codePoints(t) >= TRIGRAM),
    short: all.filter((t) => codePoints(t) < TRIGRAM),
  };
}

/** The FTS5 query for the long terms: each one a quoted string, all required. */
export function ftsQuery(long: string[]): string {
  return long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

/** A LIKE pattern that finds the term anywhere, to be used with ESCAPE '\'. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
