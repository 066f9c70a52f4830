import type { Entry, Ticket } from '@shared/domain';
import type { PrepareFacts } from './checklist';

/** Words that mark a quoted error or notice, in English and Chinese. */
const ERROR_WORDS =
  /\b(error|failed|failure|declined|rejected|invalid|denied|suspended|restricted)\b|\b(error )?code\s*[:：#]?\s*\d{3,}|错误|失败|异常|拒绝|无效|报错|受限|限制|冻结通知|风控/i;

/** Whether an entry looks like it quotes an error message or a notice. */
export function quotesError(entry: Pick<Entry, 'text' | 'author'>): boolean {
  return entry.author !== 'system' && ERROR_WORDS.test(entry.text);
}

/** A minute of slack: openedAt equal to createdAt means the user did not say when it began. */
const GIVEN_SLACK_MS = 60_000;

/** What the prepare checklist needs to know about a ticket. Pure. */
export function ticketFacts(ticket: Ticket, evidenceCount: number, entries: readonly Pick<Entry, 'text' | 'author'>[]): PrepareFacts {
  const txs = ticket.transactions;
  return {
    transactions: txs.length,
    txid: txs.some((tx) => !!tx.txid),
    network: txs.some((tx) => !!tx.network),
    addresses: txs.some((tx) => !!tx.fromAddress || !!tx.toAddress),
    transactionTimes: txs.some((tx) => !!tx.occurredAt),
    startedAtGiven: Math.abs(Date.parse(ticket.openedAt) - Date.parse(ticket.createdAt)) > GIVEN_SLACK_MS,
    orderId: txs.some((tx) => !!tx.orderId),
    references: ticket.platformRefs.length,
    errorText: entries.some(quotesError),
    evidence: evidenceCount,
  };
}
