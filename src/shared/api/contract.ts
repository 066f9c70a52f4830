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
  type AuditEvent,
  type Entry,
  type EntryRevision,
  type Evidence,
  type Platform,
  type Ticket,
  type TicketSummary,
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
    z.strictObject({
      ticketId: id,
      author: z.enum(AUTHORS),
      text: entryText,
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
    }),
  ).returns<Evidence & { duplicate: boolean }>(),
  'evidence.list': json(z.strictObject({ ticketId: id })).returns<Evidence[]>(),
  'evidence.content': download(byId),

  'export.zip': download(z.strictObject({ ticketId: id })),

  'audit.list': json(z.strictObject({ ticketId: id.optional() }).optional()).returns<AuditEvent[]>(),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> = NonNullable<Contract[K]['output']>;
export type KindOf<K extends MethodName> = Contract[K]['kind'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
