import { LETTER_PLACEHOLDERS, type LetterPlaceholder } from '@shared/followUp';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isKnownPlaceholder(name: string): name is LetterPlaceholder {
  return (LETTER_PLACEHOLDERS as readonly string[]).includes(name);
}

/** "{platform}": a known name in single braces, almost certainly meant as a placeholder. */
const SINGLE_BRACED = /(?<!\{)\{\s*([a-z_]+)\s*\}(?!\})/g;

/**
 * What saving would refuse (the core checks the same): names in {{…}} Casefile has no value for, and
 * braces that do not make a placeholder ("{{platform", "}}", "{platform}"). Shown while typing.
 */
export function placeholderProblems(text: string): { unknown: string[]; malformed: string[] } {
  const unknown = new Set<string>();
  const malformed = new Set<string>();
  const rest = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === '') malformed.add(whole);
    else if (!isKnownPlaceholder(name)) unknown.add(name);
    return ' ';
  });
  for (const match of rest.matchAll(/\{\{|\}\}/g)) malformed.add(excerpt(rest, match.index));
  for (const match of rest.matchAll(SINGLE_BRACED)) if (isKnownPlaceholder(match[1] ?? '')) malformed.add(match[0]);
  return { unknown: [...unknown], malformed: [...malformed] };
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 10);
  const end = Math.min(text.length, at + 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The text with `{{name}}` put where the cursor was (replacing a selection), and where the cursor goes next. */
export function insertPlaceholder(
  text: string,
  name: LetterPlaceholder,
  selectionStart: number,
  selectionEnd: number,
): { text: string; cursor: number } {
  const token = `{{${name}}}`;
  const start = Math.max(0, Math.min(selectionStart, text.length));
  const end = Math.max(start, Math.min(selectionEnd, text.length));
  return { text: text.slice(0, start) + token + text.slice(end), cursor: start + token.length };
}
