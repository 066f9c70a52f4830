/**
 * The {{name}} placeholders of a letter template: checking a template before it is saved, and filling one.
 * Pure text work, no store. Spaces inside the braces are tolerated ("{{ platform }}"); anything else that
 * looks like a placeholder but is not one is refused by name, so a typo never reaches a letter silently.
 */
import { LETTER_PLACEHOLDERS, type LetterPlaceholder } from '../../../../shared/followUp';

const KNOWN: ReadonlySet<string> = new Set(LETTER_PLACEHOLDERS);
const CANDIDATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** "{platform}": a known name in single braces, almost certainly meant as a placeholder. */
const SINGLE_BRACED = /(?<!\{)\{\s*([a-z_]+)\s*\}(?!\})/g;

export interface PlaceholderProblems {
  /** Names in double braces that are not placeholders ("{{acount_uid}}"). */
  unknown: string[];
  /** Braces that do not form a placeholder ("{{platform", "}}", "{{}}", "{platform}"), with a little context. */
  malformed: string[];
}

export function isKnownPlaceholder(name: string): name is LetterPlaceholder {
  return KNOWN.has(name);
}

export function placeholderProblems(text: string): PlaceholderProblems {
  const unknown: string[] = [];
  const malformed: string[] = [];
  // Placeholders are blanked out with as many spaces, so what is left keeps the original's positions and
  // the excerpts quote the user's own text.
  const rest = text.replace(CANDIDATE, (whole, name: string) => {
    if (name === '') malformed.push(whole);
    else if (!KNOWN.has(name)) unknown.push(`{{${name}}}`);
    return ' '.repeat(whole.length);
  });
  for (const match of rest.matchAll(/\{\{|\}\}/g)) malformed.push(excerpt(text, match.index));
  for (const match of rest.matchAll(SINGLE_BRACED)) if (KNOWN.has(match[1]!)) malformed.push(match[0]);
  return { unknown: [...new Set(unknown)], malformed: [...new Set(malformed)] };
}

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): LetterPlaceholder[] {
  const names: LetterPlaceholder[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const name = match[1]!;
    if (isKnownPlaceholder(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** Replaces every known placeholder with what `valueOf` gives for it (unknown ones stay as written). */
export function fillPlaceholders(text: string, valueOf: (name: LetterPlaceholder) => string): string {
  return text.replace(CANDIDATE, (whole, name: string) => (isKnownPlaceholder(name) ? valueOf(name) : whole));
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 12);
  const end = Math.min(text.length, at + 14);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
