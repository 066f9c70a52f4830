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
import {
  ESCALATION_LEVELS,
  LETTER_KINDS,
  LETTER_LANGUAGES,
  REMINDER_PRESETS,
  VENUE_KINDS,
  type ActionItem,
  type Escalation,
  type LetterTemplate,
  type PlaybookAnswer,
  type Reminder,
  type RenderedLetter,
  type TicketClocks,
  type TicketRating,
  type Venue,
  type VenueAnswer,
} from '../followUp';
import { DOSSIER_LANGUAGES, EXPORT_FORMATS, type DossierVerifyReport, type Profile } from '../dossier';
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

const promisedHours = z
  .number()
  .min(0.25, { message: 'At least 0.25 hours' })
  .max(24 * 90, { message: 'At most 90 days (2160 hours)' });

/** "CN", "HK", "GB"… or "EU": where a platform is regulated, where the user lives. */
const region = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})$/, { message: 'Use a two-letter country code like CN, HK, GB, US (or EU)' });

/** Platform fields the dossier's respondent block and the venue directory need. */
const platformFacts = {
  legalEntity: optionalShort.nullable(),
  registrationNumber: optionalShort.nullable(),
  jurisdiction: region.nullable().optional(),
  accountUid: optionalShort.nullable(),
};

const dossierOptions = {
  language: z.enum(DOSSIER_LANGUAGES).optional(),
  redact: z.boolean().optional(),
};

const channelInput = {
  kind: z.enum(CHANNEL_KINDS),
  address: z.string().trim().min(1, { message: 'Required' }).max(LIMITS.address),
  foundVia: z.enum(FOUND_VIA).optional(),
  verified: z.boolean().optional(),
  /** The platform's promised response time on this channel, in hours (0.25 h … 90 days). */
  promisedResponseHours: promisedHours.optional(),
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
      ...platformFacts,
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
      ...platformFacts,
    }),
  ).returns<Platform>(),

  'channels.add': json(z.strictObject({ platformId: id, ...channelInput })).returns<{ id: number }>(),
  /** Change a channel's promised response time (null: none stated) or whether the user verified it. */
  'channels.update': json(
    z.strictObject({ id, promisedResponseHours: promisedHours.nullable().optional(), verified: z.boolean().optional() }),
  ).returns<Platform>(),

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
      fiatAmount: decimalAmount.nullable().optional(),
      fiatCurrency: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{3}$/, { message: 'Use a three-letter currency code like USD, CNY, HKD' })
        .nullable()
        .optional(),
    }),
  ).returns<Ticket>(),
  /** The user's rating of how the platform handled the ticket (asked when it is resolved or closed). */
  'tickets.rate': json(
    z.strictObject({
      ticketId: id,
      attitude: z.number().int().min(1, { message: 'From 1 to 5' }).max(5, { message: 'From 1 to 5' }),
      problemSolving: z.number().int().min(1, { message: 'From 1 to 5' }).max(5, { message: 'From 1 to 5' }),
      lessons: optionalLong,
    }),
  ).returns<TicketRating>(),
  'tickets.rating': json(z.strictObject({ ticketId: id })).returns<TicketRating | null>(),
  /** The ticket's running clocks, each with how its due date was reached. */
  'tickets.clocks': json(z.strictObject({ ticketId: id })).returns<TicketClocks>(),
  /** Every open ticket's clocks that need action, most urgent first. */
  'dashboard.actions': json(nothing).returns<ActionItem[]>(),

  /** A reminder at a time (dueAt) or a preset computed in the user's zone; may repeat until they answer. */
  'reminders.create': json(
    z
      .strictObject({
        ticketId: id,
        dueAt: instant.optional(),
        preset: z.enum(REMINDER_PRESETS).optional(),
        timeZone: timeZone.optional(),
        note: optionalShort,
        repeatEveryDays: z.number().int().min(1, { message: 'At least 1 day' }).max(365, { message: 'At most 365 days' }).optional(),
        untilReply: z.boolean().optional(),
      })
      .refine((r) => (r.dueAt === undefined) !== (r.preset === undefined), {
        message: 'Give either dueAt or preset',
        path: ['dueAt'],
      }),
  ).returns<Reminder>(),
  'reminders.list': json(z.strictObject({ ticketId: id.optional(), includeEnded: z.boolean().optional() }).optional()).returns<Reminder[]>(),
  /** Pending reminders whose time has come (delivered or not). */
  'reminders.due': json(nothing).returns<Reminder[]>(),
  /**
   * Due reminders not delivered yet, marked delivered in the same transaction: each occurrence is handed
   * out exactly once, whichever shell or tab asks, across restarts. Repeating ones move to their next time.
   */
  'reminders.take': json(nothing).returns<Reminder[]>(),
  'reminders.snooze': json(
    z
      .strictObject({ id, until: instant.optional(), minutes: z.number().int().min(1).max(60 * 24 * 30).optional() })
      .refine((r) => (r.until === undefined) !== (r.minutes === undefined), { message: 'Give either until or minutes', path: ['until'] }),
  ).returns<Reminder>(),
  'reminders.done': json(byId).returns<Reminder>(),
  'reminders.cancel': json(byId).returns<Reminder>(),

  /** One step up the ladder, recorded on the timeline too. */
  'escalations.add': json(
    z.strictObject({
      ticketId: id,
      level: z.enum(ESCALATION_LEVELS),
      venueKind: z.enum(VENUE_KINDS).optional(),
      venueId: z.string().min(1).max(100).optional(),
      at: instant.optional(),
      toWhom: optionalShort,
      channel: z.enum(CHANNEL_KINDS).optional(),
      reference: optionalShort,
      answer: optionalLong,
      answeredAt: instant.optional(),
      deadlineAt: instant.optional(),
      notes: optionalLong,
    }),
  ).returns<{ id: number }>(),
  /** The answer, reference or deadline usually come later. */
  'escalations.update': json(
    z.strictObject({
      id,
      toWhom: optionalShort.nullable(),
      reference: optionalShort.nullable(),
      answer: optionalLong.nullable(),
      answeredAt: instant.nullable().optional(),
      deadlineAt: instant.nullable().optional(),
      notes: optionalLong.nullable(),
    }),
  ).returns<Escalation>(),
  'escalations.list': json(z.strictObject({ ticketId: id })).returns<Escalation[]>(),

  /** The proposed next step from the ticket's state and clocks, with the reason; null when nothing is due. */
  'playbook.next': json(z.strictObject({ ticketId: id })).returns<PlaybookAnswer>(),
  'playbook.dismiss': json(z.strictObject({ ticketId: id, key: z.string().min(1).max(200) })).returns<PlaybookAnswer>(),

  'letters.templates': json(nothing).returns<LetterTemplate[]>(),
  /** A template filled from the ticket's facts; placeholders without a value are listed in `missing`. */
  'letters.render': json(
    z.strictObject({ ticketId: id, templateId: z.string().min(1).max(100), venueId: z.string().min(1).max(100).optional() }),
  ).returns<RenderedLetter>(),
  /** Save a new template (no id), edit one of the user's, or override a built-in (its id). */
  'letters.saveTemplate': json(
    z.strictObject({
      id: z.string().min(1).max(100).optional(),
      kind: z.enum(LETTER_KINDS),
      language: z.enum(LETTER_LANGUAGES),
      name: requiredShort,
      subject: optionalShort,
      body: z.string().trim().min(1, { message: 'Required' }).max(LIMITS.longText, { message: `Too long: at most ${LIMITS.longText} characters` }),
    }),
  ).returns<LetterTemplate>(),
  /** Delete one of the user's templates, or restore a built-in to its original text. */
  'letters.deleteTemplate': json(z.strictObject({ id: z.string().min(1).max(100) })).returns<{ deleted: boolean; restored: boolean }>(),

  /** Where to complain: venues for the platform's jurisdiction and the user's country, with a plain warning when none may accept it. */
  'venues.list': json(
    z.strictObject({ platformId: id.optional(), country: region.optional() }).optional(),
  ).returns<VenueAnswer>(),
  /** Add or edit a venue of the user's own (built-in ones are read-only). */
  'venues.save': json(
    z.strictObject({
      id: z.string().min(1).max(100).optional(),
      name: requiredShort,
      jurisdiction: region,
      kind: z.enum(VENUE_KINDS),
      url: z.string().trim().url({ message: 'Not a web address' }).max(LIMITS.address),
      covers: optionalLong,
      needs: optionalLong,
      deadlineDays: z.number().int().min(1).max(3650).optional(),
    }),
  ).returns<Venue>(),
  'venues.delete': json(z.strictObject({ id: z.string().min(1).max(100) })).returns<{ deleted: boolean }>(),

  /** The complainant's profile, filled once for every dossier and letter. */
  'profile.get': json(nothing).returns<Profile>(),
  'profile.update': json(
    z.strictObject({
      name: optionalShort.nullable(),
      contact: optionalShort.nullable(),
      country: region.nullable().optional(),
      postalAddress: optionalLong.nullable(),
    }),
  ).returns<Profile>(),

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

  /** The dossier ZIP, streamed: dossier.pdf, transcripts, evidence, manifest.json, SHA256SUMS, README.txt. */
  'export.zip': download(z.strictObject({ ticketId: id, ...dossierOptions })),
  /** The dossier PDF alone. Same ticket, options and export time → the same bytes. */
  'export.pdf': download(z.strictObject({ ticketId: id, ...dossierOptions })),
  /**
   * The same exports as a background job with progress and cancel (the UI's way): written to a temporary
   * file and renamed when complete, so a cancelled or failed export leaves nothing behind. Portal mode fits
   * the dossier into maxFiles files of maxFileMb each, JPEG/PDF only, and says what it left out.
   */
  'export.start': json(
    z
      .strictObject({
        ticketId: id,
        format: z.enum(EXPORT_FORMATS),
        ...dossierOptions,
        portal: z
          .strictObject({
            maxFiles: z.number().int().min(1).max(100),
            maxFileMb: z.number().min(0.5, { message: 'At least 0.5 MB' }).max(1024),
          })
          .optional(),
      })
      .refine((o) => o.format !== 'portal' || o.portal !== undefined, { message: 'Portal mode needs maxFiles and maxFileMb', path: ['portal'] }),
  ).returns<{ jobId: string }>(),
  /** A finished export job's file. */
  'export.file': download(z.strictObject({ jobId: z.string().min(1).max(100) })),
  /** Desktop: save a finished export where the user chooses (native dialog), copied by path. */
  'export.saveAs': json(z.strictObject({ jobId: z.string().min(1).max(100) })).returns<{ saved: boolean; path: string | null }>(),
  /** Checks a dossier ZIP (the body) against its manifest.json and SHA256SUMS. */
  'dossier.verify': upload(
    z.strictObject({ name: z.string().min(1, { message: 'Required' }).max(4 * LIMITS.fileName) }),
  ).returns<DossierVerifyReport>(),

  /**
   * Reads a transcript (WhatsApp .txt, Telegram result.json, .eml, pasted live chat, CSV) sent as the body,
   * or a ZIP of a Telegram export folder (result.json with its photos and files, brought in as evidence) or
   * of a folder of .eml files.
   * dryRun answers the preview without storing; otherwise all messages go in one transaction and a message
   * already imported (same key) is skipped. `me` names the user's side (remembered per platform).
   */
  'import.transcript': upload(
    z.strictObject({
      ticketId: idFromQuery,
      name: z.string().min(1, { message: 'Required' }).max(4 * LIMITS.fileName),
      dryRun: z.union([z.boolean(), z.enum(['1', '0', 'true', 'false'])]).optional(),
      /** The user's sender name; an empty string says explicitly "none of these senders is me". */
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
/** The result type (a phantom field, so undefined is excluded; null stays: tickets.rating answers null before a rating). */
export type OutputOf<K extends MethodName> = Exclude<Contract[K]['output'], undefined>;
export type KindOf<K extends MethodName> = Contract[K]['kind'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
