/**
 * What import.transcript receives, made ready for the pure parsers: the upload body read into memory (up to
 * the parsers' own limit), the CSV column mapping read from its JSON, and the parsers' ImportError turned
 * into the API's errors. Nothing here touches the store.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import { CasefileError } from '../errors';
import { ImportError, MAX_IMPORT_BYTES, parseTranscript, type CsvColumnMapping, type ParseOptions, type ParseResult } from '../import';

type ImportInput = ParsedInputOf<'import.transcript'>;

/**
 * The whole body as one buffer. Stops reading at `limit` bytes with too_large, before anything is joined,
 * so an oversized upload costs at most the limit in memory.
 */
export async function readUpload(body: AsyncIterable<Uint8Array>, limit: number = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.byteLength;
    if (size > limit) {
      throw new CasefileError(
        'too_large',
        `The transcript is larger than ${Math.round(limit / 1048576)} MB; nothing was imported. Split it, or export a shorter period.`,
      );
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

const COLUMN_FIELDS = ['sender', 'time', 'text', 'date'] as const;
type ColumnField = (typeof COLUMN_FIELDS)[number];
/** A column named by its header text ("From") or its 0-based position. */
export type ColumnChoice = Partial<Record<ColumnField, string | number>>;

const badColumns = (message: string) => new CasefileError('invalid_input', message, 'columns');

/** The `columns` input: JSON like {"sender":"From","time":"Date","text":"Message"} (or positions). */
export function parseColumnsJson(json: string): ColumnChoice {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badColumns('columns is not valid JSON; expected {"sender":"…","time":"…","text":"…"}.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badColumns('columns must be a JSON object such as {"sender":"From","time":"Date","text":"Message"}.');
  }
  const choice: ColumnChoice = {};
  for (const [key, column] of Object.entries(value)) {
    if (!(COLUMN_FIELDS as readonly string[]).includes(key)) {
      throw badColumns(`columns: unknown field "${key.slice(0, 40)}" (use sender, time, text and optionally date).`);
    }
    if (typeof column === 'string' ? column.length > 500 : !(Number.isSafeInteger(column) && (column as number) >= 0)) {
      throw badColumns(`columns.${key} must be a column name or a position (0, 1, …).`);
    }
    choice[key as ColumnField] = column as string | number;
  }
  for (const required of ['sender', 'time', 'text'] as const) {
    if (choice[required] === undefined) throw badColumns(`columns.${required} is missing.`);
  }
  return choice;
}

/** Names to positions in this file's header (exact name first, then ignoring case and surrounding spaces). */
export function resolveColumns(choice: ColumnChoice, header: string[]): CsvColumnMapping {
  const indexOf = (field: ColumnField): number | undefined => {
    const wanted = choice[field];
    if (wanted === undefined) return undefined;
    if (typeof wanted === 'number') {
      if (wanted >= header.length) throw badColumns(`columns.${field}: there is no column ${wanted}; the file has ${header.length}.`);
      return wanted;
    }
    let index = header.indexOf(wanted);
    if (index < 0) index = header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (index < 0) throw badColumns(`columns.${field}: the file has no column "${wanted}" (it has ${header.map((h) => `"${h}"`).join(', ')}).`);
    return index;
  };
  const mapping: CsvColumnMapping = { sender: indexOf('sender')!, time: indexOf('time')!, text: indexOf('text')! };
  const date = indexOf('date');
  if (date !== undefined) mapping.date = date;
  return mapping;
}

/** The parse options the input asks for (everything but the column mapping). */
export function parseOptionsOf(input: ImportInput): ParseOptions {
  const options: ParseOptions = {};
  if (input.timeZone) options.timeZone = input.timeZone;
  if (input.dateOrder) options.dateOrder = input.dateOrder;
  if (input.date) options.date = input.date;
  if (input.format) options.format = input.format;
  return options;
}

/**
 * Parses with the input's answers. A CSV column choice by name needs the header, so a CSV with `columns` is
 * read twice: once for the header, once with the mapping.
 */
export async function parseUpload(bytes: Uint8Array, input: ImportInput): Promise<ParseResult> {
  const options = parseOptionsOf(input);
  const choice = input.columns === undefined ? undefined : parseColumnsJson(input.columns);
  try {
    const first = await parseTranscript(bytes, input.name, options);
    if (!choice || first.format !== 'csv' || !first.csv) return first;
    return await parseTranscript(bytes, input.name, { ...options, format: 'csv', columns: resolveColumns(choice, first.csv.header) });
  } catch (error) {
    throw toApiError(error);
  }
}

/** The parsers' reasons are the user's input: too_large stays too_large, the rest are invalid_input. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof ImportError)) return error;
  return new CasefileError(error.code === 'too_large' ? 'too_large' : 'invalid_input', error.message);
}
