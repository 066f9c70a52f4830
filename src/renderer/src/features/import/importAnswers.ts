import type { InputOf } from '@shared/api/contract';
import type { ImportResult } from '@shared/domain';

/** What the user brings: a file, or text pasted into the dialog (sent as paste.txt). */
export type ImportSource = { id: number; kind: 'file'; file: File } | { id: number; kind: 'text'; text: string };

export interface CsvColumns {
  sender: string;
  time: string;
  text: string;
}

/** The user's answers to the preview's questions; null/empty: not answered (the server decides or asks). */
export interface ImportAnswers {
  me: string | null;
  timeZone: string;
  dateOrder: 'dmy' | 'mdy' | null;
  /** YYYY-MM-DD for a live-chat paste that does not say its day. */
  date: string;
  columns: CsvColumns | null;
}

export function sourceName(source: ImportSource): string {
  return source.kind === 'file' ? source.file.name || 'transcript.txt' : 'paste.txt';
}

export function sourceBody(source: ImportSource): Blob {
  return source.kind === 'file' ? source.file : new Blob([source.text], { type: 'text/plain;charset=utf-8' });
}

/**
 * "None of these is me" (an e-mail from support, a chat export holding only the agent's side): sent as
 * `me`, it matches no sender, so every message is recorded as the platform's. The API has no way to say
 * this directly (see the report's contract request); a value no transcript uses as a name stands in.
 */
export const NOT_A_SENDER = '(none of these)';

/** The CSV mapping to use: the user's, else the server's suggestion once it names all three columns. */
export function effectiveColumns(answers: ImportAnswers, preview: ImportResult | undefined): CsvColumns | null {
  if (answers.columns) return answers.columns;
  const suggested = preview?.csv?.suggested;
  if (suggested?.sender && suggested.time && suggested.text) {
    return { sender: suggested.sender, time: suggested.time, text: suggested.text };
  }
  return null;
}

/** Who "me" is: the user's choice, else the sender the server remembers or guesses. */
export function effectiveMe(answers: ImportAnswers, preview: ImportResult | undefined): string | null {
  return answers.me ?? preview?.suggestedMe ?? null;
}

/** The import.transcript input for these answers (a preview unless `store`). */
export function importInput(
  ticketId: number,
  source: ImportSource,
  answers: ImportAnswers,
  me: string | null,
  columns: CsvColumns | null,
  store = false,
): InputOf<'import.transcript'> {
  return {
    ticketId,
    name: sourceName(source),
    ...(store ? {} : { dryRun: '1' as const }),
    ...(me ? { me } : {}),
    timeZone: answers.timeZone,
    ...(answers.dateOrder ? { dateOrder: answers.dateOrder } : {}),
    ...(answers.date ? { date: answers.date } : {}),
    // Sent only once every column is chosen; until then the server keeps asking.
    ...(columns && columns.sender && columns.time && columns.text ? { columns: JSON.stringify(columns) } : {}),
  };
}

/** Messages the import would add: everything not already on the ticket. */
export function newMessages(preview: ImportResult): number {
  return Math.max(0, preview.total - preview.skipped);
}
