import type { InputOf } from '@shared/api/contract';
import type { ImportResult } from '@shared/domain';

/**
 * What the user brings: a file, text pasted into the dialog (sent as paste.txt), or a folder packed into
 * a ZIP in the page (zipFolder.ts), sent as "<folder>.zip".
 */
export type ImportSource =
  | { id: number; kind: 'file'; file: File }
  | { id: number; kind: 'text'; text: string }
  | { id: number; kind: 'folder'; name: string; files: number; zip: Blob };

/** A source as the picker hands it over, before the dialog numbers it. */
export type ImportChoice = DistributiveOmit<ImportSource, 'id'> | null;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CsvColumns {
  sender: string;
  time: string;
  text: string;
}

/** The user's answers to the preview's questions; null/empty: not answered (the server decides or asks). */
export interface ImportAnswers {
  /** The sender who is the user; '' says none of them is (NONE_OF_THEM); null: not answered yet. */
  me: string | null;
  timeZone: string;
  dateOrder: 'dmy' | 'mdy' | null;
  /** YYYY-MM-DD for a live-chat paste that does not say its day. */
  date: string;
  columns: CsvColumns | null;
}

export function sourceName(source: ImportSource): string {
  if (source.kind === 'file') return source.file.name || 'transcript.txt';
  return source.kind === 'folder' ? `${source.name}.zip` : 'paste.txt';
}

export function sourceBody(source: ImportSource): Blob {
  if (source.kind === 'file') return source.file;
  return source.kind === 'folder' ? source.zip : new Blob([source.text], { type: 'text/plain;charset=utf-8' });
}

/**
 * "None of these is me" (an e-mail from support, a chat export holding only the agent's side): the API
 * takes `me: ''` for it, records every message but the system lines as the platform's, remembers it per
 * platform and answers it back as suggestedMe ''.
 */
export const NONE_OF_THEM = '';

/** Whether `me` leaves the user out of these senders: "none of them", or a remembered name not in this file. */
export function noneIsMe(me: string | null, senders: readonly string[]): boolean {
  return me !== null && (me === NONE_OF_THEM || !senders.includes(me));
}

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
    // '' is an answer ("none of them"): it is sent; only null (not answered) is left out.
    ...(me !== null ? { me } : {}),
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
