/**
 * What import.transcript receives, made ready for the pure parsers: the upload body read into memory (up to
 * the parsers' own limit) — or, when it is a ZIP (an export folder zipped), spooled to a temp file and
 * opened as an archive —, the CSV column mapping read from its JSON, and the parsers' ImportError turned
 * into the API's errors (their code travels as the error's `reason`). Nothing here touches the store.
 */
import { join } from 'node:path';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import { CasefileError } from '../errors';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  parseEmailFiles,
  parseTranscript,
  type CsvColumnMapping,
  type ParseOptions,
  type ParseResult,
} from '../import';
import { BUNDLE_LIMITS, looksLikeZip, type BundleLimits } from '../import/bundle/bundleLimits';
import { parseBundle } from '../import/bundle/parseBundle';
import { removeSpooled, spoolToFile } from '../import/bundle/spoolUpload';
import { openZipArchive } from '../import/bundle/zipArchive';

type ImportInput = ParsedInputOf<'import.transcript'>;

/** A parsed upload; close() ends what it holds open (a ZIP's temp file) once the import is done with it. */
export interface ReceivedImport {
  parsed: ParseResult;
  close(): Promise<void>;
}

/**
 * Reads the body as a transcript, or as a ZIP when it starts with a ZIP's signature: spooled to
 * <dataDir>/tmp, its directory checked (bundle/zipArchive.ts), the transcript in it parsed, the files beside
 * it left to be streamed by the store. The temp file is removed by close(), or here at once on any failure.
 */
export async function receiveImport(ctx: CoreContext, body: AsyncIterable<Uint8Array>, input: ImportInput, limits: BundleLimits = BUNDLE_LIMITS): Promise<ReceivedImport> {
  const { head, rest } = await peek(body, 4);
  if (!looksLikeZip(head)) return { parsed: await parseUpload(await readUpload(rest), input), close: async () => undefined };

  let spooled: string;
  try {
    spooled = await spoolToFile(rest, join(ctx.dataDir, 'tmp'), limits.maxZipBytes);
  } catch (error) {
    throw toApiError(error);
  }
  let archive: Awaited<ReturnType<typeof openZipArchive>> | null = null;
  const close = async () => {
    archive?.close();
    await removeSpooled(spooled, ctx.log);
  };
  try {
    archive = await openZipArchive(spooled, limits);
    const options = parseOptionsOf(input);
    const parsed = await parseBundle(archive, input.name, input.format, {
      parseOne: (bytes, name) => parseBytes(bytes, name, input),
      parseEmails: (files) => parseEmailFiles(files, options),
    });
    return { parsed, close };
  } catch (error) {
    await close();
    throw toApiError(error);
  }
}

/** The first `count` bytes (fewer if the body is shorter), and the whole body again, those bytes included. */
async function peek(body: AsyncIterable<Uint8Array>, count: number): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = body[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    size += next.value.byteLength;
  }
  const head = Buffer.concat(taken, size).subarray(0, count);
  async function* rest(): AsyncIterable<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}

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
        undefined,
        'too_large',
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
  try {
    return await parseBytes(bytes, input.name, input);
  } catch (error) {
    throw toApiError(error);
  }
}

async function parseBytes(bytes: Uint8Array, name: string, input: ImportInput): Promise<ParseResult> {
  const options = parseOptionsOf(input);
  const choice = input.columns === undefined ? undefined : parseColumnsJson(input.columns);
  const first = await parseTranscript(bytes, name, options);
  if (!choice || first.format !== 'csv' || !first.csv) return first;
  return await parseTranscript(bytes, name, { ...options, format: 'csv', columns: resolveColumns(choice, first.csv.header) });
}

/**
 * The parsers' refusals are the user's input: too_large stays too_large, the rest are invalid_input. The
 * importer's own code travels as `reason` (the UI translates it), and bad_json its line and column.
 */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof ImportError)) return error;
  return new CasefileError(error.code === 'too_large' ? 'too_large' : 'invalid_input', error.message, undefined, error.code, error.position);
}
