import type { TicketCategory } from '@shared/domain';

/** What can be gathered before contacting support. */
export const PREPARE_ITEMS = [
  'amount',
  'txid',
  'network',
  'addresses',
  'times',
  'startedAt',
  'orderId',
  'reference',
  'errorText',
  'screenshots',
] as const;
export type PrepareItem = (typeof PREPARE_ITEMS)[number];

/** The facts of a ticket the checklist looks at (see ticketFacts). */
export interface PrepareFacts {
  transactions: number;
  txid: boolean;
  network: boolean;
  addresses: boolean;
  transactionTimes: boolean;
  /** The user said when the problem began (openedAt given, not just the moment the ticket was created). */
  startedAtGiven: boolean;
  orderId: boolean;
  references: number;
  /** An entry quotes an error or a notice ("failed", "错误", "code 1003"…). */
  errorText: boolean;
  evidence: number;
}

/**
 * The list per category, most important first: a missing deposit needs the txid and the address it went
 * to; a frozen account needs the notice's exact words and the account reference.
 */
const BY_CATEGORY: Record<TicketCategory, readonly PrepareItem[]> = {
  deposit_not_credited: ['amount', 'txid', 'network', 'addresses', 'times', 'errorText', 'screenshots'],
  withdrawal_delayed: ['amount', 'orderId', 'txid', 'network', 'addresses', 'times', 'errorText', 'screenshots'],
  account_frozen: ['reference', 'startedAt', 'errorText', 'screenshots'],
  kyc: ['reference', 'startedAt', 'errorText', 'screenshots'],
  trade_problem: ['orderId', 'amount', 'times', 'errorText', 'screenshots'],
  fees: ['orderId', 'amount', 'times', 'screenshots'],
  fraud: ['amount', 'txid', 'addresses', 'times', 'reference', 'screenshots'],
  other: ['reference', 'startedAt', 'errorText', 'screenshots'],
};

const DONE: Record<PrepareItem, (facts: PrepareFacts) => boolean> = {
  amount: (f) => f.transactions > 0,
  txid: (f) => f.txid,
  network: (f) => f.network,
  addresses: (f) => f.addresses,
  times: (f) => f.transactionTimes,
  startedAt: (f) => f.startedAtGiven,
  orderId: (f) => f.orderId || f.references > 0,
  reference: (f) => f.references > 0,
  errorText: (f) => f.errorText,
  screenshots: (f) => f.evidence > 0,
};

export interface ChecklistItem {
  item: PrepareItem;
  done: boolean;
}

/** The category's list with each item ticked when the ticket already has it. Pure. */
export function prepareChecklist(category: TicketCategory, facts: PrepareFacts): ChecklistItem[] {
  return BY_CATEGORY[category].map((item) => ({ item, done: DONE[item](facts) }));
}
