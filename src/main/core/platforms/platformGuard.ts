/**
 * The guard engine (src/main/core/guard/, pure) applied to what the store knows about a platform: its name,
 * its official domains and its channels. Answers guard.checkContact and guard.scan, and the channels' state.
 *
 * Channel state: each channel's address is checked against the platform's name and official domains only
 * (never against the other channels: two fake channels must not vouch for each other). A verified channel
 * is official, unless the check calls it suspicious (lookalike domain, shortener, free-mail, IP address...):
 * then it stays suspicious even though the user marked it verified, because a convincing fake site is
 * exactly what gets "confirmed" by mistake. An unverified channel gets the check's verdict.
 *
 * The platform as the scanner sees it: official domains, plus the addresses of the channels whose state is
 * official as `officialContacts` (so a suspicious "verified" channel never makes a scam host official).
 */
import type { ContactCheckResult, GuardFlag, GuardReason, GuardVerdict } from '../../../shared/domain';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { parseStringList } from '../db/json';
import { statement } from '../db/statements';
import { checkContact, reasonText, scanMessage, type MessageFlag, type PlatformRef, type Reason } from '../guard';

/** The reason with its sentence in both languages (the renderer has no copy of the engine). */
export function toGuardReason(reason: Reason): GuardReason {
  return { code: reason.code, params: reason.params, text: { en: sentence(reason, 'en'), 'zh-CN': sentence(reason, 'zh-CN') } };
}

function sentence(reason: Reason, lang: 'en' | 'zh-CN'): string {
  try {
    return reasonText(reason, lang);
  } catch {
    return reason.code;
  }
}

export function toGuardFlag(flag: MessageFlag): GuardFlag {
  return {
    kind: flag.kind,
    ruleId: flag.ruleId,
    excerpt: flag.excerpt,
    start: flag.start,
    end: flag.end,
    reason: toGuardReason(flag.reason),
  };
}

export interface ChannelLike {
  address: string;
  verified: boolean;
}

/** A channel's state and its reasons (see the header). Never throws. */
export function channelState(channel: ChannelLike, platform: { name: string; officialDomains: string[] }): {
  state: GuardVerdict;
  stateReasons: GuardReason[];
} {
  let check;
  try {
    check = checkContact(channel.address, { name: platform.name, officialDomains: platform.officialDomains, officialContacts: [] });
  } catch {
    check = { verdict: 'unverified' as const, reasons: [{ code: 'check_failed', params: {} }] };
  }
  const reasons = check.reasons.map(toGuardReason);
  if (check.verdict === 'suspicious') return { state: 'suspicious', stateReasons: reasons };
  if (channel.verified) return { state: 'official', stateReasons: reasons };
  return { state: check.verdict, stateReasons: reasons };
}

interface RefRow {
  name: string;
  official_domains: string;
}

/** What the guard needs to know about a platform (see the header); not_found when there is none. */
export function platformRef(ctx: CoreContext, platformId: number): PlatformRef {
  const row = statement(ctx.db, 'SELECT name, official_domains FROM platforms WHERE id = ?').get(platformId) as RefRow | undefined;
  if (!row) throw notFound('Platform', platformId);
  const name = row.name;
  const officialDomains = parseStringList(row.official_domains);
  const channels = statement(ctx.db, 'SELECT address, verified FROM channels WHERE platform_id = ? AND verified = 1 ORDER BY id').all(
    platformId,
  ) as { address: string; verified: number }[];
  const officialContacts = channels
    .filter((c) => channelState({ address: c.address, verified: true }, { name, officialDomains }).state === 'official')
    .map((c) => c.address);
  return { name, officialDomains, officialContacts };
}

/** The platform of a ticket, as the guard sees it. */
export function ticketPlatformRef(ctx: CoreContext, ticketId: number): PlatformRef {
  const platformId = statement(ctx.db, 'SELECT platform_id FROM tickets WHERE id = ?', { pluck: true }).get(ticketId) as number | undefined;
  if (platformId === undefined) throw notFound('Ticket', ticketId);
  return platformRef(ctx, platformId);
}

export function guardCheckContact(ctx: CoreContext, input: ParsedInputOf<'guard.checkContact'>): ContactCheckResult {
  const check = checkContact(input.value, platformRef(ctx, input.platformId));
  return { verdict: check.verdict, kind: check.kind, normalized: check.normalized, reasons: check.reasons.map(toGuardReason) };
}

export function guardScan(ctx: CoreContext, input: ParsedInputOf<'guard.scan'>): { flags: GuardFlag[] } {
  const platform = input.platformId === undefined ? undefined : platformRef(ctx, input.platformId);
  return { flags: scanMessage(input.text, platform).flags.map(toGuardFlag) };
}
