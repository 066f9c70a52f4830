/** The transactions a ticket is about: what was sent, where, and the ids that prove it. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Transaction } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import { orNull } from '../db/json';
import { requireTicket } from './ticketGuards';

type TransactionInput = Omit<ParsedInputOf<'transactions.add'>, 'ticketId'>;

interface TransactionRow {
  id: number;
  ticket_id: number;
  asset: string;
  amount: string;
  network: string | null;
  txid: string | null;
  from_address: string | null;
  to_address: string | null;
  order_id: string | null;
  occurred_at: string | null;
  created_at: string;
}

export function addTransaction(ctx: CoreContext, input: ParsedInputOf<'transactions.add'>): { id: number } {
  return inTransaction(ctx, () => {
    requireTicket(ctx, input.ticketId);
    return { id: insertTransaction(ctx, input.ticketId, input) };
  });
}

/** Inserts one transaction; the caller holds the transaction and has checked the ticket. */
export function insertTransaction(ctx: CoreContext, ticketId: number, input: TransactionInput): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO transactions (ticket_id, asset, amount, network, txid, from_address, to_address, order_id, occurred_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ticketId,
      input.asset,
      input.amount,
      orNull(input.network),
      orNull(input.txid),
      orNull(input.fromAddress),
      orNull(input.toAddress),
      orNull(input.orderId),
      input.occurredAt ? new Date(input.occurredAt).toISOString() : null,
      ctx.now().toISOString(),
    );
  const id = Number(lastInsertRowid);
  ctx.audit.record('transaction.added', {
    ticketId,
    subject: `transaction:${id}`,
    detail: { asset: input.asset, amount: input.amount, txid: input.txid ?? null },
  });
  return id;
}

export function listTransactions(ctx: CoreContext, ticketId: number): Transaction[] {
  const rows = ctx.db
    .prepare('SELECT * FROM transactions WHERE ticket_id = ? ORDER BY id')
    .all(ticketId) as TransactionRow[];
  return rows.map((row) => ({
    id: row.id,
    ticketId: row.ticket_id,
    asset: row.asset,
    amount: row.amount,
    network: row.network,
    txid: row.txid,
    fromAddress: row.from_address,
    toAddress: row.to_address,
    orderId: row.order_id,
    occurredAt: row.occurred_at,
    createdAt: row.created_at,
  }));
}
