/**
 * Follow-up and escalation (issue 5): clocks, reminders, the escalation ladder, the playbook, letters,
 * ratings and the venue directory. Plain types only, like domain.ts: every layer may import this file.
 */
import type { ChannelKind, Instant, TicketStatus } from './domain';

/** A sentence in both UI languages. */
export interface Bilingual {
  en: string;
  'zh-CN': string;
}

/** A machine-readable reason (code + params) with its sentence in both languages. */
export interface Explained {
  code: string;
  params: Record<string, string>;
  text: Bilingual;
}

/** The ladder, lowest first. */
export const ESCALATION_LEVELS = ['frontline', 'senior', 'management', 'third_party'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Who a third-party step goes to. */
export const VENUE_KINDS = ['regulator', 'ombudsman', 'dispute_scheme', 'consumer_body', 'police'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

// ---------------------------------------------------------------- clocks

export const CLOCK_KINDS = [
  /** Since my last message that has no answer yet. */
  'awaiting_reply',
  /** The platform's promised response time for the channel I used ("email: 24 h"). */
  'promised_response',
  /** My next follow-up (a pending reminder). */
  'follow_up',
  /** A deadline an escalation's answer or a venue's rule started. */
  'deadline',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export interface Clock {
  kind: ClockKind;
  /** What the clock is, in both languages ("Email reply promised within 24 h"). */
  label: Bilingual;
  startedAt: Instant;
  /** When it is due, after moving by the paused time (null: a clock that only counts up). */
  dueAt: Instant | null;
  /** Seconds the clock stood still while the ticket was waiting on me. */
  pausedSeconds: number;
  state: 'running' | 'paused' | 'overdue';
  /** How dueAt was reached, step by step: shown when hovering the due date. */
  explanation: Explained[];
  /** What the clock comes from. */
  source: { entryId?: number; channelId?: number; reminderId?: number; escalationId?: number; venueId?: string };
}

export interface TicketClocks {
  ticketId: number;
  status: TicketStatus;
  computedAt: Instant;
  clocks: Clock[];
}

/** One line of the "needs action now" dashboard. */
export interface ActionItem {
  ticketId: number;
  ticketTitle: string;
  platformName: string;
  status: TicketStatus;
  urgency: 'overdue' | 'due_soon' | 'later';
  clock: Clock;
}

// ---------------------------------------------------------------- reminders

export const REMINDER_PRESETS = ['in_24_hours', 'in_3_days', 'next_working_day_9am'] as const;
export type ReminderPreset = (typeof REMINDER_PRESETS)[number];

export const REMINDER_STATES = ['pending', 'done', 'answered', 'cancelled'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export interface Reminder {
  id: number;
  ticketId: number;
  ticketTitle: string;
  dueAt: Instant;
  /** The zone its wall time was set in: repeats keep that wall time across daylight-saving changes. */
  timeZone: string;
  note: string | null;
  /** "Follow up every N days" (null: once). */
  repeatEveryDays: number | null;
  /** Ends by itself when an agent's reply is logged after it was set. */
  untilReply: boolean;
  state: ReminderState;
  /** When the current occurrence was delivered (notification or banner); null: not yet. */
  notifiedAt: Instant | null;
  createdAt: Instant;
  endedAt: Instant | null;
}

// ---------------------------------------------------------------- escalations

export interface Escalation {
  id: number;
  ticketId: number;
  level: EscalationLevel;
  /** For third-party steps: which kind of body, and the directory's venue when picked from it. */
  venueKind: VenueKind | null;
  venueId: string | null;
  at: Instant;
  toWhom: string | null;
  channel: ChannelKind | null;
  /** The reference / case number they gave. */
  reference: string | null;
  answer: string | null;
  answeredAt: Instant | null;
  /** The deadline their answer (or the venue's rule) starts. */
  deadlineAt: Instant | null;
  notes: string | null;
  /** The timeline entry that records this step. */
  entryId: number | null;
  createdAt: Instant;
}

// ---------------------------------------------------------------- playbook

export const PLAYBOOK_ACTIONS = [
  'follow_up',
  'ask_escalation',
  'formal_complaint',
  'third_party',
  'wait',
  'rate_and_close',
] as const;
export type PlaybookAction = (typeof PLAYBOOK_ACTIONS)[number];

export interface PlaybookProposal {
  action: PlaybookAction;
  /** The ladder step this action would take (null for follow-ups and waiting). */
  level: EscalationLevel | null;
  /** Stable for the ticket's current situation: dismissing it hides this proposal until the situation changes. */
  key: string;
  /** Why, in both languages, with the figures it used (hours waited, follow-ups unanswered...). */
  reason: Explained;
  /** The letter that fits (a template id), if any. */
  letterTemplateId: string | null;
  /** When to act (null: now). */
  actAt: Instant | null;
}

export interface PlaybookAnswer {
  ticketId: number;
  proposal: PlaybookProposal | null;
  /** Proposals the user dismissed for this ticket (by key). */
  dismissedKeys: string[];
}

// ---------------------------------------------------------------- letters

export const LETTER_KINDS = ['follow_up', 'escalation_request', 'formal_complaint', 'third_party_complaint'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_LANGUAGES = ['en', 'zh-CN'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** The placeholders a template may use, as {{name}}. Anything else is refused when a template is saved. */
export const LETTER_PLACEHOLDERS = [
  'my_name',
  'my_contact',
  'my_country',
  'account_uid',
  'platform',
  'legal_entity',
  'ticket_title',
  'category',
  'references',
  'opened_on',
  'amounts',
  'fiat_value',
  'transactions',
  'txids',
  'desired_outcome',
  'summary',
  'contact_history',
  'contact_count',
  'first_contact_on',
  'longest_wait',
  'current_wait',
  'unanswered_count',
  'escalation_history',
  'last_reference',
  'venue',
  'today',
] as const;
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

export interface LetterTemplate {
  /** Built-in ids are fixed ("builtin:follow_up:en"); a user's own are "user:<n>". */
  id: string;
  kind: LetterKind;
  language: LetterLanguage;
  name: string;
  subject: string;
  body: string;
  builtIn: boolean;
  /** A built-in template the user edited (their text is used; deleting it restores the original). */
  edited: boolean;
  updatedAt: Instant | null;
}

export interface RenderedLetter {
  templateId: string;
  language: LetterLanguage;
  subject: string;
  text: string;
  /** Placeholders with no value on this ticket: left in the text as a visible [marker] for the user to fill. */
  missing: LetterPlaceholder[];
}

// ---------------------------------------------------------------- ratings

export interface TicketRating {
  ticketId: number;
  /** 1–5. */
  attitude: number;
  /** 1–5. */
  problemSolving: number;
  /** Lessons learned / questions to ask next time. */
  lessons: string | null;
  ratedAt: Instant;
}

// ---------------------------------------------------------------- venues

export interface VenueDeadline {
  /** Days, counted from `from`; null when the rule is not a number of days (described in text only). */
  days: number | null;
  from: 'complaint_to_firm' | 'final_response' | 'incident' | 'venue_receipt';
  text: Bilingual;
}

export interface Venue {
  id: string;
  name: Bilingual;
  /** ISO 3166-1 alpha-2 ("US", "GB", "HK", "CN"), or "EU" for EU-wide rules. */
  jurisdiction: string;
  kind: VenueKind;
  url: string;
  covers: Bilingual;
  needs: Bilingual;
  deadlines: VenueDeadline[];
  /** What an online form accepts, when it limits uploads (the SFC form: 4 files of 4 MB, JPEG or PDF). */
  uploadLimits: { maxFiles: number; maxFileBytes: number; types: string[] } | null;
  /** Caveats the user must see ("many crypto firms are outside the ombudsman"). */
  caveats: Bilingual[];
  /** Where the facts come from. */
  sources: string[];
  builtIn: boolean;
}

export interface VenueAnswer {
  /** The shipped directory's version (resources/venues/venues.json). */
  directoryVersion: string;
  /** What the choice was based on. */
  basis: { platformJurisdiction: string | null; userCountry: string | null };
  venues: Venue[];
  /** Said plainly when no listed venue may accept the complaint (or the basis is unknown). */
  warning: Explained | null;
}
