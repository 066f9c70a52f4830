/**
 * Shapes shared by the guard's modules: contact checks, message flags and the reasons behind them.
 * Reasons are codes with string parameters; the UI turns them into sentences (see reasonText.ts).
 */
import { GUARD_RULE_KINDS } from '../../../shared/domain';

export type Verdict = 'official' | 'unverified' | 'suspicious';
export type ContactKind = 'url' | 'email' | 'phone' | 'social' | 'unknown';

/** A machine-readable explanation. `code` picks the sentence, `params` fill it in. */
export interface Reason {
  code: string;
  params: Record<string, string>;
}

/** What the guard needs to know about a platform: its name and where its real support lives. */
export interface PlatformRef {
  name: string;
  /** Domains the user confirmed as the platform's own (from its website footer, user agreement, ...). */
  officialDomains: string[];
  /** Contacts the official website lists: e-mail addresses, phone numbers, Telegram/X/WhatsApp links, @handles. */
  officialContacts?: string[];
}

export interface ContactCheck {
  verdict: Verdict;
  kind: ContactKind;
  /** A canonical form: lower-case ASCII host for links, bare address for e-mail, +digits for phones, network:handle for social. */
  normalized: string;
  /** Most important first. An official verdict carries the reason it is official. */
  reasons: Reason[];
}

export interface ExtractedContact {
  /** Exactly `text.slice(start, end)` of the text that was searched. */
  value: string;
  start: number;
  end: number;
  kind: ContactKind;
}

/** One list for the engine and the API's flag kinds (src/shared/domain.ts). */
export const RULE_KINDS = GUARD_RULE_KINDS;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface MessageFlag {
  kind: RuleKind | 'link';
  ruleId: string;
  /** Exactly `text.slice(start, end)` of the scanned (original, un-normalized) text. */
  excerpt: string;
  start: number;
  end: number;
  reason: Reason;
}

export interface ScanResult {
  flags: MessageFlag[];
}
