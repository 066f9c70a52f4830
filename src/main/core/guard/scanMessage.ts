/**
 * Scans a message from "support" for the marks of impersonation: requests for secrets, remote-access
 * apps, fees to release funds, "safe" wallets, threats, and links that are not the platform's own.
 *
 * Negations are scoped to the clause of the hit: "We will never ask for your password" is not flagged,
 * "We never ask for passwords, but please send your 2FA code" is (the comma and "but" end the clause
 * that holds the negation). Hits are found in normalized text and reported at original offsets.
 */
import { checkParsed, contactContext, DANGER_CODES } from './checkContact';
import { parseContact } from './contactParse';
import { extractFromNormalized } from './extractContacts';
import { DEFAULT_RULES, type CompiledRule, type RuleSet } from './rules';
import { normalizeWithMap, toOriginalSpan, type NormalizedText } from './textNormalize';
import type { MessageFlag, PlatformRef, Reason, ScanResult } from './types';

/** How far (in characters) a rule's `requires` context may sit from the hit. */
export const CONTEXT_WINDOW = 150;
/** Flags kept per rule, and contacts checked per message: enough for any real message, bounded for pasted dumps. */
export const MAX_HITS_PER_RULE = 100;
export const MAX_CONTACTS_CHECKED = 300;

/**
 * Clause ends: sentence punctuation, semicolons and line breaks ("." only before a space or the end, and not
 * after a list number such as "1."). Commas and colons do not end a clause: "never share your password,
 * 2FA code or seed phrase" is one warning.
 */
const CLAUSE_END = /[。！？!?;；\n]|(?<!(?:^|\s)\d{1,2})\.(?=\s|$|[^\p{ASCII}])/gu;
/**
 * Words that start a new thought: a negation before them does not reach what follows. "We never ask for
 * passwords, please send your 2FA code" → the request after "please" stands on its own.
 */
const CLAUSE_START =
  /\b(?:but|however|though|although|instead|except|please|kindly|now)\b|但是|但|不过|然而|可是|只是|而是|请|麻烦|劳烦|现在|赶紧|接下来|然后|您只需|您先/giu;

interface Clauses {
  /** Sorted clause start positions (0 first). */
  starts: number[];
}

function clausesOf(text: string): Clauses {
  const cuts = new Set<number>([0]);
  for (const m of text.matchAll(CLAUSE_END)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(CLAUSE_START)) cuts.add(m.index);
  return { starts: [...cuts].sort((a, b) => a - b) };
}

/** Index of the last clause start at or before `pos` (binary search; starts[0] is 0). */
function clauseIndex(c: Clauses, pos: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((c.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function clauseStart(c: Clauses, pos: number): number {
  return c.starts[clauseIndex(c, pos)] ?? 0;
}

function clauseEnd(c: Clauses, pos: number, length: number): number {
  return c.starts[clauseIndex(c, pos) + 1] ?? length;
}

function ruleHits(rule: CompiledRule, n: NormalizedText, clauses: Clauses): { start: number; end: number }[] {
  const text = n.text;
  const hits: { start: number; end: number }[] = [];
  for (const pattern of rule.patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.length >= MAX_HITS_PER_RULE) return hits;
      if (end <= start || hits.some((h) => start < h.end && h.start < end)) continue;
      if (rule.requires.length > 0) {
        const around = text.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW));
        if (!rule.requires.some((re) => re.test(around))) continue;
      }
      const scope = text.slice(clauseStart(clauses, start), clauseEnd(clauses, Math.max(start, end - 1), text.length));
      if (rule.exceptions.some((re) => re.test(scope))) continue;
      hits.push({ start, end });
    }
  }
  return hits;
}

function ruleReason(rule: CompiledRule): Reason {
  return { code: 'rule_hit', params: { ruleId: rule.id, kind: rule.kind } };
}

export interface ScanOptions {
  rules?: RuleSet;
}

export function scanMessage(text: string, platform?: PlatformRef, options: ScanOptions = {}): ScanResult {
  const source = typeof text === 'string' ? text : String(text);
  const flags: MessageFlag[] = [];
  let n: NormalizedText;
  try {
    n = normalizeWithMap(source);
  } catch {
    return { flags };
  }
  const clauses = clausesOf(n.text);
  for (const rule of (options.rules ?? DEFAULT_RULES).rules) {
    try {
      for (const hit of ruleHits(rule, n, clauses)) {
        const { start, end } = toOriginalSpan(n, hit.start, hit.end);
        flags.push({ kind: rule.kind, ruleId: rule.id, excerpt: source.slice(start, end), start, end, reason: ruleReason(rule) });
      }
    } catch {
      // One faulty rule must not hide the others' findings.
    }
  }
  try {
    const ctx = contactContext(platform);
    for (const contact of extractFromNormalized(n).slice(0, MAX_CONTACTS_CHECKED)) {
      if (contact.kind === 'phone' || contact.kind === 'unknown') continue;
      const check = checkParsed(parseContact(contact.value), ctx);
      const flagged = check.verdict === 'suspicious' || (platform !== undefined && check.verdict === 'unverified');
      if (!flagged) continue;
      const reason =
        check.reasons.find((r) => DANGER_CODES.has(r.code)) ??
        check.reasons.find((r) => r.code === 'social_dm_warning' || r.code.startsWith('not_official') || r.code === 'no_official_domains') ??
        check.reasons[0] ?? { code: 'not_official_domain', params: { domain: check.normalized, platform: platform?.name ?? '', officials: '' } };
      flags.push({
        kind: 'link',
        ruleId: `link.${check.verdict}`,
        excerpt: contact.value,
        start: contact.start,
        end: contact.end,
        reason,
      });
    }
  } catch {
    // Link checking is best effort; the rule flags above stand.
  }
  flags.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { flags };
}
