/**
 * The guard: tells the platform's real support from impersonators. Pure functions, no database, no I/O.
 *
 *   checkContact(value, platform)   → is this URL / e-mail / phone / social account official?
 *   extractContacts(text)           → contacts found in free text, with offsets
 *   scanMessage(text, platform?)    → marks of impersonation in a message, with offsets and reasons
 *   reasonText(reason, 'en'|'zh-CN') → the sentence to show for a reason
 */
export { checkContact } from './checkContact';
export { extractContacts } from './extractContacts';
export { scanMessage, type ScanOptions } from './scanMessage';
export { reasonText, REASON_CODES, type ReasonLang } from './reasonText';
export { loadRules, DEFAULT_RULES, GuardRulesError, type CompiledRule, type RuleSet } from './rules';
export { GuardDataError } from './data';
export {
  RULE_KINDS,
  type ContactCheck,
  type ContactKind,
  type ExtractedContact,
  type MessageFlag,
  type PlatformRef,
  type Reason,
  type RuleKind,
  type ScanResult,
  type Verdict,
} from './types';
