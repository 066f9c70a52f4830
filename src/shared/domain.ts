/**
 * The domain's vocabularies and the shapes the API returns. Plain types only: no zod, no Node, no DOM,
 * so the renderer, the preload and the core can all import this file.
 */

import type { ExportResult } from './dossier';
import type { ErrorCode } from './api/errors';

export const CHANNEL_KINDS = ['live_chat', 'email', 'phone', 'social', 'forum', 'ticket_form'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The four routes to a platform's real support, in the order users should try them. */
export const FOUND_VIA = ['official_website', 'user_agreement', 'search_engine', 'community'] as const;
export type FoundVia = (typeof FOUND_VIA)[number];

export const TICKET_CATEGORIES = [
  'deposit_not_credited',
  'withdrawal_delayed',
  'account_frozen',
  'kyc',
  'trade_problem',
  'fees',
  'fraud',
  'other',
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STATUSES = [
  'open',
  'waiting_platform',
  'waiting_me',
  'escalated',
  'complaint_filed',
  'resolved',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who an entry on the timeline comes from. */
export const AUTHORS = ['me', 'agent', 'system', 'note'] as const;
export type Author = (typeof AUTHORS)[number];

export const ENTRY_KINDS = ['message', 'call'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where an evidence item's captured-at time came from, most trustworthy first. */
export const CAPTURED_AT_SOURCES = ['metadata', 'file_time', 'added'] as const;
export type CapturedAtSource = (typeof CAPTURED_AT_SOURCES)[number];

/** Timestamps cross the API as ISO 8601 strings in UTC ("2024-03-01T02:15:00.000Z"). */
export type Instant = string;

export interface Platform {
  id: number;
  name: string;
  website: string | null;
  officialDomains: string[];
  notes: string | null;
  /** The company the user contracts with, as the terms of service name it (for the dossier's respondent). */
  legalEntity: string | null;
  /** Its registration or licence number. */
  registrationNumber: string | null;
  /** Where it is regulated or registered: ISO 3166-1 alpha-2 or "EU" (picks the venues). */
  jurisdiction: string | null;
  /** The user's account UID on this platform. */
  accountUid: string | null;
  createdAt: Instant;
  channels: Channel[];
}

export interface Channel {
  id: number;
  platformId: number;
  kind: ChannelKind;
  address: string;
  foundVia: FoundVia | null;
  verified: boolean;
  /** The platform's promised response time on this channel, in hours ("email: 24 h"); null: none stated. */
  promisedResponseHours: number | null;
  createdAt: Instant;
  /**
   * The guard's judgement (guard.checkContact against the platform's official domains and its other
   * official channels). A verified channel is official unless the check finds it suspicious (a lookalike
   * domain, a free-mail address, a shortener...): then it is 'suspicious' even though the user marked it
   * verified, because a fake site can look convincing enough to be "confirmed" by mistake.
   */
  state: GuardVerdict;
  /** Why, most important first (the sentences in both languages). */
  stateReasons: GuardReason[];
}

export interface Transaction {
  id: number;
  ticketId: number;
  asset: string;
  /** A decimal string: money is never a float. */
  amount: string;
  network: string | null;
  txid: string | null;
  fromAddress: string | null;
  toAddress: string | null;
  orderId: string | null;
  occurredAt: Instant | null;
  createdAt: Instant;
}

export interface TicketSummary {
  id: number;
  platformId: number;
  platformName: string;
  title: string;
  category: TicketCategory;
  status: TicketStatus;
  openedAt: Instant;
  updatedAt: Instant;
  entryCount: number;
  lastEntryAt: Instant | null;
  /** Entries with at least one guard flag (suspected impersonation): the UI shows a warning when > 0. */
  flaggedEntries: number;
  /** Amounts at stake, one per asset, as decimal strings. */
  amounts: { asset: string; amount: string }[];
}

export interface Ticket extends TicketSummary {
  platformRefs: string[];
  desiredOutcome: string | null;
  summary: string | null;
  /** The fiat value of what is in dispute, as the user states it (decimal string + ISO 4217 currency). */
  fiatAmount: string | null;
  fiatCurrency: string | null;
  createdAt: Instant;
  transactions: Transaction[];
}

export interface Entry {
  id: number;
  ticketId: number;
  kind: EntryKind;
  author: Author;
  agentName: string | null;
  channel: ChannelKind | null;
  /** When it happened (UTC instant) and the time zone it happened in, distinct from when it was recorded. */
  occurredAt: Instant;
  timeZone: string;
  recordedAt: Instant;
  text: string;
  /** 1 for the original text; each edit adds one and keeps the earlier text in the history. */
  revision: number;
  /** When the current text was written, if it was edited (null: never edited). */
  revisedAt: Instant | null;
  call: { durationSec: number | null; number: string | null } | null;
  /** Marks of support impersonation found in an agent-side entry (always [] for the user's own entries). */
  flags: GuardFlag[];
}

export interface EntryRevision {
  revision: number;
  text: string;
  /** When this text was written (the entry's recordedAt for revision 1, the edit time after). */
  writtenAt: Instant;
}

export interface Evidence {
  id: number;
  ticketId: number;
  entryId: number | null;
  sha256: string;
  originalName: string;
  size: number;
  mimeType: string;
  /** The name's extension disagrees with the type found in the bytes (a PDF renamed .png). */
  extensionMismatch: boolean;
  capturedAt: Instant;
  capturedAtSource: CapturedAtSource;
  description: string | null;
  tags: string[];
  /** Pixel size of images (null for other types). */
  width: number | null;
  height: number | null;
  /** evidence.thumbnail can make a preview of it. */
  hasThumbnail: boolean;
  addedAt: Instant;
}

export type AddedEvidence = Evidence & { duplicate: boolean };

/** How a file reached the vault. */
export const EVIDENCE_VIA = ['picker', 'drop', 'paste', 'import', 'capture'] as const;
export type EvidenceVia = (typeof EVIDENCE_VIA)[number];

/** One event in an item's chain of custody, with the file's hash as it was at that moment. */
export interface CustodyEvent {
  at: Instant;
  event: 'added' | 'exported' | 'verified' | 'altered' | 'missing' | 'removed';
  /** For 'added': how it arrived. For 'exported': the export's file name. */
  via: string | null;
  sha256: string;
}

export interface PickResult {
  items: AddedEvidence[];
  /** Files the user picked that could not be added, each with the reason. */
  failed: { name: string; code: string; message: string }[];
  /** The user closed the picker without choosing. */
  cancelled: boolean;
}

export interface CaptureSource {
  id: string;
  name: string;
  kind: 'screen' | 'window';
  /** A small PNG preview as a data: URL. */
  thumbnail: string;
}

export interface VaultReport {
  checkedFiles: number;
  checkedBytes: number;
  /** Items whose file is gone from the vault. */
  missing: { evidenceId: number; ticketId: number; name: string; sha256: string }[];
  /** Items whose file no longer hashes to its name. */
  altered: { evidenceId: number; ticketId: number; name: string; sha256: string; actualSha256: string }[];
  /** Files in the vault that no item refers to (left by a crash, or by a removed item). */
  orphans: { path: string; size: number }[];
}

export interface Job {
  id: string;
  kind: 'vault.check' | 'export';
  state: 'running' | 'done' | 'cancelled' | 'failed';
  progress: { done: number; total: number; bytesDone: number; bytesTotal: number };
  startedAt: Instant;
  finishedAt: Instant | null;
  /** vault.check's report. */
  result: VaultReport | null;
  /** An export's file, once done (export.file downloads it). */
  exportResult?: ExportResult | null;
  error: string | null;
  /** Why a failed job failed, for the UI to translate (storage_full, conflict…); `error` is the English. */
  errorCode?: ErrorCode | null;
}

export interface Settings {
  /** Largest evidence file accepted, in bytes. */
  evidenceMaxBytes: number;
}

export interface AuditEvent {
  id: number;
  at: Instant;
  action: string;
  ticketId: number | null;
  subject: string;
  detail: Record<string, unknown>;
  /** SHA-256 chaining this event to the one before: altering history breaks the chain. */
  hash: string;
}

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  schemaVersion: number;
  shell: 'desktop' | 'web';
  /** What this shell can do beyond the common API (desktop: native picker, screen capture, open with…). */
  capabilities: { pickFiles: boolean; screenCapture: boolean; openExternally: boolean };
}

/** Transcript formats Casefile reads. */
export const IMPORT_FORMATS = ['whatsapp', 'telegram', 'email', 'livechat', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One message as the import preview shows it, before or after storing. */
export interface ImportPreviewMessage {
  key: string;
  sender: string;
  author: Author;
  occurredAt: Instant | null;
  /** The time as the transcript wrote it. */
  localTime: string | null;
  text: string;
  kind: 'message' | 'call' | 'system';
  attachments: string[];
  /** Already in this ticket from an earlier import: will be skipped. */
  duplicate: boolean;
}

export interface ImportResult {
  dryRun: boolean;
  format: ImportFormat;
  /** Distinct senders, for the "which one is me" choice; suggestedMe is remembered per platform or guessed. */
  senders: string[];
  suggestedMe: string | null;
  /** Questions to answer (pass the answer and preview again) before the import can be stored. */
  needs: ('dateOrder' | 'date' | 'timeZone' | 'columnMapping')[];
  warnings: { code: string; message: string; line?: number; text?: string }[];
  /** At most the first 500 messages (the preview); total counts all. */
  messages: ImportPreviewMessage[];
  total: number;
  imported: number;
  skipped: number;
  /**
   * Attachments stored as evidence (e-mail attachments; the photos and files of a zipped export folder). In a
   * preview: how many would be (at most: the same bytes already on the ticket are not added twice).
   */
  evidenceAdded: number;
  /** CSV: the header and the suggested mapping. */
  csv?: { header: string[]; suggested: Record<string, string | undefined> };
}

export interface SearchResult {
  ticketId: number;
  ticketTitle: string;
  platformName: string;
  /** The entry to scroll to (null when the hit is the ticket itself or an evidence description). */
  entryId: number | null;
  evidenceId: number | null;
  kind: 'ticket' | 'entry' | 'evidence';
  /** Plain text around the hit; highlights are [start, end) offsets into it (never HTML). */
  snippet: string;
  highlights: [number, number][];
  occurredAt: Instant | null;
}

export interface Wait {
  /** My message that waited, and the platform's answer that ended the wait (null: still waiting). */
  fromEntryId: number;
  toEntryId: number | null;
  /**
   * Set when the answer was recorded on an escalation step (below the third party) rather than logged as
   * an agent's entry: that step's id; toEntryId is then the timeline entry that records the step.
   */
  toStepId?: number;
  seconds: number;
  channel: ChannelKind | null;
}

export interface TicketMetrics {
  firstResponseSeconds: number | null;
  medianWaitSeconds: number | null;
  longestWaitSeconds: number | null;
  /** How long my latest unanswered message has been waiting (null: not waiting). */
  currentWaitSeconds: number | null;
  waits: Wait[];
  agentsInvolved: number;
  /** My messages that never got an answer. */
  unansweredMessages: number;
}

/** The article's four yardsticks for one platform. */
export interface PlatformScorecard {
  platformId: number;
  platformName: string;
  tickets: number;
  responseByChannel: { channel: ChannelKind | null; medianSeconds: number | null; answered: number }[];
  /** 1–5 averages of the user's ratings (null until a ticket is rated). */
  attitude: number | null;
  problemSolving: number | null;
  /** Only channels confirmed as official count. */
  officialChannels: number;
}

/** The guard (issue 7): is a contact the platform's real support, and does a message look like impersonation? */
export const GUARD_VERDICTS = ['official', 'unverified', 'suspicious'] as const;
export type GuardVerdict = (typeof GUARD_VERDICTS)[number];

export const GUARD_CONTACT_KINDS = ['url', 'email', 'phone', 'social', 'unknown'] as const;
export type GuardContactKind = (typeof GUARD_CONTACT_KINDS)[number];

/** What the impersonation rules look for (resources/guard/impersonation-rules.json uses these kinds). */
export const GUARD_RULE_KINDS = [
  'seed_phrase',
  'private_key',
  'password',
  'otp_code',
  'remote_access',
  'release_fee',
  'safe_wallet',
  'urgency_threat',
] as const;

/** A flag is a rule hit or a link to a contact that is not official. */
export const GUARD_FLAG_KINDS = [...GUARD_RULE_KINDS, 'link'] as const;
export type GuardFlagKind = (typeof GUARD_FLAG_KINDS)[number];

/** A machine-readable reason (code + params) and the sentence to show, in both languages. */
export interface GuardReason {
  code: string;
  params: Record<string, string>;
  text: { en: string; 'zh-CN': string };
}

export interface ContactCheckResult {
  verdict: GuardVerdict;
  kind: GuardContactKind;
  /** Canonical form: lower-case host for links, bare address for e-mail, +digits for phones, network:handle. */
  normalized: string;
  /** Most important first; an official verdict carries the reason it is official. */
  reasons: GuardReason[];
}

/** One mark of impersonation in a message: `excerpt` is exactly `text.slice(start, end)` (UTF-16 offsets). */
export interface GuardFlag {
  kind: GuardFlagKind;
  ruleId: string;
  excerpt: string;
  start: number;
  end: number;
  reason: GuardReason;
}
