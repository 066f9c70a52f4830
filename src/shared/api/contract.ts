/**
 * The one API contract. Every operation a user can do is a method here: a name, a zod input schema,
 * a result type and how its bytes travel. The Electron IPC adapter, the HTTP adapter (web mode), the
 * preload bridge and the renderer's client are all derived from this object, so they cannot drift.
 *
 * kinds:
 *  - json:     input and result are JSON.
 *  - upload:   input is small (HTTP: query string) and a byte body comes with it (HTTP: raw request body,
 *              IPC: a Uint8Array).
 *  - download: input is JSON, the result is a file (HTTP: the bytes, IPC: {fileName, contentType, bytes}).
 */
import { z } from 'zod';
import {
  AUTHORS,
  CHANNEL_KINDS,
  ENTRY_KINDS,
  FOUND_VIA,
  TICKET_CATEGORIES,
  TICKET_STATUSES,
  type AppInfo,
  IMPORT_FORMATS,
  type AddedEvidence,
  type ImportResult,
  type PlatformScorecard,
  type SearchResult,
  type TicketMetrics,
  type AuditEvent,
  type CaptureSource,
  type CustodyEvent,
  type Job,
  type PickResult,
  type Settings,
  type Entry,
  type EntryRevision,
  type Evidence,
  type Platform,
  type Ticket,
  type TicketSummary,
  type ContactCheckResult,
  type GuardFlag,
} from '../domain';
import { LIMITS } from '../limits';
import {
  decimalAmount,
  domain,
  entryText,
  id,
  idFromQuery,
  wholeNumberFromQuery,
  instant,
  list,
  optionalAddress,
  optionalLong,
  optionalShort,
  requiredShort,
  timeZone,
} from './schemas';

export type MethodKind = 'json' | 'upload' | 'download';

export interface MethodDef<I extends z.ZodType, O, K extends MethodKind> {
  input: I;
  kind: K;
  /** Phantom: carries the result type; never set at run time. */
  output?: O;
}

const json = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): MethodDef<I, O, 'json'> => ({ input, kind: 'json' }),
});
const upload = <I extends z.ZodType>(input: I) => ({
  returns: <O>(): MethodDef<I, O, 'upload'> => ({ input, kind: 'upload' }),
});
const download = <I extends z.ZodType>(input: I): MethodDef<I, DownloadMeta, 'download'> => ({
  input,
  kind: 'download',
});

/** What a download method's result says about its bytes. */
export interface DownloadMeta {
  fileName: string;
  contentType: string;
}

const nothing = z.strictObject({}).optional();
const byId = z.strictObject({ id });

const channelInput = {
  kind: z.enum(CHANNEL_KINDS),
  address: z.string().trim().min(1, { message: 'Required' }).max(LIMITS.address),
  foundVia: z.enum(FOUND_VIA).optional(),
  verified: z.boolean().optional(),
};

const transactionInput = {
  asset: requiredShort,
  amount: decimalAmount,
  network: optionalShort,
  txid: optionalAddress,
  fromAddress: optionalAddress,
  toAddress: optionalAddress,
  orderId: optionalShort,
  occurredAt: instant.optional(),
};

export const contract = {
  'app.info': json(nothing).returns<AppInfo>(),

  'platforms.create': json(
    z.strictObject({
      name: requiredShort,
      website: optionalAddress,
      officialDomains: list(domain).optional(),
      notes: optionalLong,
      channels: list(z.strictObject(channelInput)).optional(),
    }),
  ).returns<{ id: number }>(),
  'platforms.list': json(nothing).returns<Platform[]>(),
  'platforms.get': json(byId).returns<Platform>(),
  'platforms.update': json(
    z.strictObject({
      id,
      name: requiredShort.optional(),
      website: optionalAddress.nullable(),
      officialDomains: list(domain).optional(),
      notes: optionalLong.nullable(),
    }),
  ).returns<Platform>(),

  'channels.add': json(z.strictObject({ platformId: id, ...channelInput })).returns<{ id: number }>(),

  'tickets.create': json(
    z.strictObject({
      platformId: id,
      title: requiredShort,
      category: z.enum(TICKET_CATEGORIES).optional(),
      status: z.enum(TICKET_STATUSES).optional(),
      platformRefs: list(requiredShort).optional(),
      openedAt: instant.optional(),
      desiredOutcome: optionalLong,
      summary: optionalLong,
      transactions: list(z.strictObject(transactionInput)).optional(),
    }),
  ).returns<{ id: number }>(),
  'tickets.get': json(byId).returns<Ticket>(),
  'tickets.list': json(nothing).returns<TicketSummary[]>(),
  'tickets.update': json(
    z.strictObject({
      id,
      title: requiredShort.optional(),
      category: z.enum(TICKET_CATEGORIES).optional(),
      status: z.enum(TICKET_STATUSES).optional(),
      platformRefs: list(requiredShort).optional(),
      desiredOutcome: optionalLong.nullable(),
      summary: optionalLong.nullable(),
    }),
  ).returns<Ticket>(),

  'transactions.add': json(z.strictObject({ ticketId: id, ...transactionInput })).returns<{ id: number }>(),

  'log.add': json(
    z
      .strictObject({
        ticketId: id,
        author: z.enum(AUTHORS),
        /** May be empty only for a phone call (its summary can come later). */
        text: z.string().max(LIMITS.entryText, { message: `Too long: at most ${LIMITS.entryText} characters` }),
        kind: z.enum(ENTRY_KINDS).optional(),
      agentName: optionalShort,
      channel: z.enum(CHANNEL_KINDS).optional(),
      occurredAt: instant.optional(),
      timeZone: timeZone.optional(),
      call: z
        .strictObject({
          durationSec: z.number().int().min(0).max(7 * 24 * 3600).optional(),
          number: optionalShort,
        })
        .optional(),
      })
      .refine((e) => e.text.trim().length > 0 || e.kind === 'call' || e.call !== undefined, {
        message: 'Required',
        path: ['text'],
      }),
  ).returns<{ id: number }>(),
  'log.list': json(z.strictObject({ ticketId: id })).returns<Entry[]>(),
  'log.edit': json(z.strictObject({ id, text: entryText })).returns<Entry>(),
  'log.history': json(byId).returns<EntryRevision[]>(),

  'evidence.upload': upload(
    z.strictObject({
      ticketId: idFromQuery,
      name: z.string().min(1, { message: 'Required' }).max(4 * LIMITS.fileName),
      entryId: idFromQuery.optional(),
      description: optionalLong,
      /** The file's own modification time, when the picker knows it (File.lastModified, in ms). */
      lastModified: wholeNumberFromQuery.optional(),
      /** How the user added it, for the custody record. */
      via: z.enum(['picker', 'drop', 'paste']).optional(),
      /** The user's IANA zone: how a photo's EXIF time without an offset is read (else as UTC). */
      timeZone: timeZone.optional(),
    }),
  ).returns<AddedEvidence>(),
  'evidence.list': json(z.strictObject({ ticketId: id })).returns<Evidence[]>(),
  'evidence.get': json(byId).returns<Evidence>(),
  'evidence.update': json(
    z.strictObject({
      id,
      description: optionalLong.nullable(),
      tags: list(requiredShort).optional(),
      /** Tie the item to one entry of its ticket, or untie it (null). */
      entryId: id.nullable().optional(),
    }),
  ).returns<Evidence>(),
  /** Removes the item; the audit trail keeps its name, hash and removal time. The file goes when unused. */
  'evidence.delete': json(byId).returns<{ removedFile: boolean }>(),
  'evidence.custody': json(byId).returns<CustodyEvent[]>(),
  'evidence.content': download(byId),
  /** A small WebP of an image item, made once and cached; `unsupported` for items that are not images. */
  'evidence.thumbnail': download(byId),
  /** Desktop: the native file picker (several files), read by path in the main process. */
  'evidence.pick': json(z.strictObject({ ticketId: id, entryId: id.optional() })).returns<PickResult>(),
  /** Desktop: open a copy in the user's default program, after a native confirmation; never executables. */
  'evidence.openExternal': json(byId).returns<{ opened: boolean }>(),
  /** Desktop: the screens and windows that can be captured, with small previews. */
  'capture.sources': json(nothing).returns<CaptureSource[]>(),
  /** Desktop: capture one screen or window now, as a PNG evidence item on the ticket. */
  'capture.take': json(
    z.strictObject({ ticketId: id, sourceId: z.string().min(1).max(200), entryId: id.optional() }),
  ).returns<AddedEvidence>(),

  /** Re-hashes every vault file in the background; follow it with jobs.get, stop it with jobs.cancel. */
  'vault.check': json(nothing).returns<{ jobId: string }>(),
  /** Removes the files no evidence item refers to (as found by the last finished check). */
  'vault.removeOrphans': json(nothing).returns<{ removed: number; bytes: number }>(),
  'jobs.get': json(z.strictObject({ id: z.string().min(1).max(100) })).returns<Job>(),
  'jobs.cancel': json(z.strictObject({ id: z.string().min(1).max(100) })).returns<Job>(),

  'settings.get': json(nothing).returns<Settings>(),
  'settings.update': json(
    z.strictObject({
      evidenceMaxBytes: z
        .number()
        .int()
        .min(1024 * 1024, { message: 'At least 1 MB' })
        .max(LIMITS.evidenceBytes, { message: `At most ${LIMITS.evidenceBytes} bytes` })
        .optional(),
    }),
  ).returns<Settings>(),

  'export.zip': download(z.strictObject({ ticketId: id })),

  /**
   * Reads a transcript (WhatsApp .txt, Telegram result.json, .eml, pasted live chat, CSV) sent as the body.
   * dryRun answers the preview without storing; otherwise all messages go in one transaction and a message
   * already imported (same key) is skipped. `me` names the user's side (remembered per platform).
   */
  'import.transcript': upload(
    z.strictObject({
      ticketId: idFromQuery,
      name: z.string().min(1, { message: 'Required' }).max(4 * LIMITS.fileName),
      dryRun: z.union([z.boolean(), z.enum(['1', '0', 'true', 'false'])]).optional(),
      me: optionalShort,
      timeZone: timeZone.optional(),
      dateOrder: z.enum(['dmy', 'mdy']).optional(),
      /** The day of a live-chat paste that does not say it (YYYY-MM-DD). */
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use YYYY-MM-DD' }).optional(),
      /** CSV column mapping as JSON: {"sender":"From","time":"Date","text":"Message"}. */
      columns: z.string().max(2000).optional(),
      format: z.enum(IMPORT_FORMATS).optional(),
    }),
  ).returns<ImportResult>(),

  /** Full-text search across tickets, entries, call summaries and evidence descriptions. */
  search: json(
    z.strictObject({
      query: z.string().max(500),
      platformId: id.optional(),
      status: z.enum(TICKET_STATUSES).optional(),
      channel: z.enum(CHANNEL_KINDS).optional(),
      author: z.enum(AUTHORS).optional(),
      from: instant.optional(),
      to: instant.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
  ).returns<{ results: SearchResult[] }>(),

  'tickets.metrics': json(z.strictObject({ ticketId: id })).returns<TicketMetrics>(),
  'platforms.metrics': json(nothing).returns<PlatformScorecard[]>(),

  /**
   * Is this URL / e-mail / phone / social contact the platform's real support? Checked against the
   * platform's official domains and its official channels; reasons come with their sentences in both languages.
   */
  'guard.checkContact': json(
    z.strictObject({
      platformId: id,
      value: z.string().min(1, { message: 'Required' }).max(LIMITS.address, { message: `Too long: at most ${LIMITS.address} characters` }),
    }),
  ).returns<ContactCheckResult>(),
  /** Marks of support impersonation in a text (with a platform: links not its own are flagged too). Nothing is stored. */
  'guard.scan': json(
    z.strictObject({
      text: z.string().max(LIMITS.entryText, { message: `Too long: at most ${LIMITS.entryText} characters` }),
      platformId: id.optional(),
    }),
  ).returns<{ flags: GuardFlag[] }>(),

  'audit.list': json(z.strictObject({ ticketId: id.optional() }).optional()).returns<AuditEvent[]>(),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Contract[K]['output']>;
export type KindOf<K extends MethodName> = Contract[K]['kind'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
