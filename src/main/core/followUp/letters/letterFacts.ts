/**
 * What a letter can say about a ticket: one value per placeholder, in the letter's language and the
 * user's zone, or null when the record does not hold it (the letter then shows a visible marker).
 * Only facts the user recorded; nothing is guessed.
 */
import { regionName } from '../../../../shared/regionName';
import type { ChannelKind, Author, EntryKind } from '../../../../shared/domain';
import type { LetterLanguage, LetterPlaceholder, Venue } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { getPlatform } from '../../platforms/platformStore';
import { getProfile } from '../../profile/profileStore';
import { getTicket } from '../../tickets/ticketStore';
import { ticketMetrics } from '../../metrics/metricsStore';
import { listEscalations } from '../escalations/escalationStore';
import { CHANNEL_LABEL, stepName } from '../escalations/escalationText';
import { formatDay, formatDayTime, formatWait } from '../localFormat';
import { findVenue } from '../venues/venueStore';
import { CATEGORY_LABEL } from './letterLabels';

export type LetterFacts = Record<LetterPlaceholder, string | null>;

/** A long history keeps its first contacts (how it began) and its latest ones (where it stands). */
const HISTORY_HEAD = 5;
const HISTORY_TAIL = 25;
/** Characters of an entry's first line quoted in the history. */
const FIRST_LINE = 140;

interface ContactRow {
  author: Author;
  kind: EntryKind;
  agent_name: string | null;
  channel: ChannelKind | null;
  occurred_at: string;
  head: string;
  call_duration_sec: number | null;
}

export function letterFacts(ctx: CoreContext, ticketId: number, language: LetterLanguage, zone: string, venue: Venue | null): LetterFacts {
  const ticket = getTicket(ctx, ticketId);
  const platform = getPlatform(ctx, ticket.platformId);
  const profile = getProfile(ctx);
  const metrics = ticketMetrics(ctx, ticketId);
  const escalations = listEscalations(ctx, ticketId);
  const contacts = ctx.db
    .prepare(
      `SELECT author, kind, agent_name, channel, occurred_at, substr(text, 1, 400) AS head, call_duration_sec
       FROM entries WHERE ticket_id = ? AND author IN ('me', 'agent') ORDER BY occurred_at, id`,
    )
    .all(ticketId) as ContactRow[];
  const mine = contacts.filter((c) => c.author === 'me');
  const zh = language === 'zh-CN';
  const day = (instant: string) => formatDay(instant, zone, language);
  const listOf = (items: string[]) => (items.length ? items.join(zh ? '、' : ', ') : null);

  const references = [...new Set([...ticket.platformRefs, ...escalations.flatMap((e) => (e.reference ? [e.reference] : []))])];
  const lastReference = [...escalations].reverse().find((e) => e.reference)?.reference ?? ticket.platformRefs.at(-1) ?? null;
  const txids = [...new Set(ticket.transactions.flatMap((t) => (t.txid ? [t.txid] : [])))];
  // The longest wait the user has had, the one still running included: an unanswered week is the longest
  // wait even though the metrics count only ended waits as "longest".
  const longest = maxOrNull(metrics.longestWaitSeconds, metrics.currentWaitSeconds);
  const venueNow = venue ?? latestVenue(ctx, escalations.filter((e) => e.level === 'third_party').map((e) => e.venueId));

  return {
    my_name: profile.name,
    my_contact: profile.contact,
    my_country: profile.country ? (regionName(profile.country, language) ?? profile.country) : null,
    account_uid: platform.accountUid,
    platform: platform.name,
    legal_entity: platform.legalEntity,
    ticket_title: ticket.title,
    category: CATEGORY_LABEL[ticket.category][language],
    references: listOf(references),
    opened_on: day(ticket.openedAt),
    amounts: listOf(ticket.amounts.map((a) => `${groupDigits(a.amount)} ${a.asset}`)),
    fiat_value: ticket.fiatAmount && ticket.fiatCurrency ? `${groupDigits(ticket.fiatAmount)} ${ticket.fiatCurrency}` : null,
    transactions: ticket.transactions.length
      ? ticket.transactions
          .map((t) => {
            const parts = [`${groupDigits(t.amount)} ${t.asset}`];
            if (t.network) parts.push(zh ? `网络 ${t.network}` : `on ${t.network}`);
            if (t.txid) parts.push(`txid ${t.txid}`);
            if (t.fromAddress) parts.push(zh ? `转出地址 ${t.fromAddress}` : `from ${t.fromAddress}`);
            if (t.toAddress) parts.push(zh ? `接收地址 ${t.toAddress}` : `to ${t.toAddress}`);
            if (t.orderId) parts.push(zh ? `订单号 ${t.orderId}` : `order ${t.orderId}`);
            const when = t.occurredAt ? `${formatDayTime(t.occurredAt, zone, language)}${zh ? '：' : ': '}` : '';
            return `- ${when}${parts.join(zh ? '，' : ', ')}`;
          })
          .join('\n')
      : null,
    txids: listOf(txids),
    desired_outcome: ticket.desiredOutcome,
    summary: ticket.summary,
    contact_history: contacts.length ? contactHistory(contacts, language, zone) : null,
    contact_count: mine.length ? String(mine.length) : null,
    first_contact_on: mine[0] ? day(mine[0].occurred_at) : null,
    longest_wait: longest === null ? null : formatWait(longest, language),
    current_wait: metrics.currentWaitSeconds === null ? null : formatWait(metrics.currentWaitSeconds, language),
    unanswered_count: mine.length ? String(metrics.unansweredMessages) : null,
    escalation_history: escalations.length
      ? escalations
          .map((e) => {
            const parts = [day(e.at), stepName(e, e.venueId ? findVenue(ctx, e.venueId) : null, language)];
            if (e.channel) parts.push(CHANNEL_LABEL[e.channel][language]);
            if (e.toWhom) parts.push(zh ? `对象：${e.toWhom}` : `to ${e.toWhom}`);
            if (e.reference) parts.push(zh ? `编号 ${e.reference}` : `ref ${e.reference}`);
            if (e.answer || e.answeredAt) {
              const when = e.answeredAt ? day(e.answeredAt) : null;
              const what = e.answer ? firstLine(e.answer) : zh ? '（未记录内容）' : '(text not recorded)';
              parts.push(zh ? `答复${when ? `（${when}）` : ''}：${what}` : `answered${when ? ` ${when}` : ''}: ${what}`);
            } else {
              parts.push(zh ? '尚未答复' : 'no answer yet');
            }
            if (e.deadlineAt) parts.push(zh ? `期限 ${day(e.deadlineAt)}` : `deadline ${day(e.deadlineAt)}`);
            return `- ${parts.join(zh ? '，' : ', ')}`;
          })
          .join('\n')
      : null,
    last_reference: lastReference,
    venue: venueNow ? venueNow.name[language] : null,
    today: day(ctx.now().toISOString()),
  };
}

function contactHistory(contacts: ContactRow[], language: LetterLanguage, zone: string): string {
  const zh = language === 'zh-CN';
  const line = (c: ContactRow) => {
    const who = c.author === 'me' ? (zh ? '我' : 'me') : c.agent_name?.trim() || (zh ? '客服' : 'support');
    const how = c.channel ? ` · ${CHANNEL_LABEL[c.channel][language]}` : '';
    let what = firstLine(c.head);
    if (c.kind === 'call') {
      const minutes = c.call_duration_sec ? Math.max(1, Math.round(c.call_duration_sec / 60)) : null;
      const call = zh ? `（通话${minutes ? ` ${minutes} 分钟` : ''}）` : `(call${minutes ? `, ${minutes} min` : ''})`;
      what = what ? `${call} ${what}` : call;
    }
    return `- ${formatDayTime(c.occurred_at, zone, language)}${how} · ${who}${zh ? '：' : ': '}${what}`;
  };
  if (contacts.length <= HISTORY_HEAD + HISTORY_TAIL) return contacts.map(line).join('\n');
  const skipped = contacts.length - HISTORY_HEAD - HISTORY_TAIL;
  return [
    ...contacts.slice(0, HISTORY_HEAD).map(line),
    zh ? `- ……（中间另有 ${skipped} 条联系记录，详见完整记录）……` : `- … (${skipped} more contacts in between: see the full record) …`,
    ...contacts.slice(-HISTORY_TAIL).map(line),
  ].join('\n');
}

function firstLine(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? '';
  return first.length > FIRST_LINE ? `${first.slice(0, FIRST_LINE - 1)}…` : first;
}

/** The venue of the latest third-party step that named one still in the directory. */
function latestVenue(ctx: CoreContext, venueIds: (string | null)[]): Venue | null {
  for (const id of [...venueIds].reverse()) {
    const venue = id ? findVenue(ctx, id) : null;
    if (venue) return venue;
  }
  return null;
}

/** "2500.5" → "2,500.5": digits grouped in threes on the text itself (amounts are never floats). */
function groupDigits(amount: string): string {
  const [whole = '', fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
