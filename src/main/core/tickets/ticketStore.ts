/** Tickets: one dispute with one platform, its status, references and the amounts at stake. */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Ticket, TicketCategory, TicketStatus, TicketSummary } from '../../../shared/domain';
import { addDecimals } from '../../../shared/decimal';
import { inTransaction, type CoreContext } from '../context';
import { CasefileError, notFound } from '../errors';
import { orNull, parseStringList } from '../db/json';
import { requirePlatform } from '../platforms/platformStore';
import { recordStatus, setTicketStatus } from './statusHistory';
import { insertTransaction, listTransactions } from './transactionStore';
import { touchTicket } from './ticketGuards';

interface TicketRow {
  id: number;
  platform_id: number;
  platform_name: string;
  title: string;
  category: TicketCategory;
  status: TicketStatus;
  platform_refs: string;
  opened_at: string;
  desired_outcome: string | null;
  summary: string | null;
  fiat_amount: string | null;
  fiat_currency: string | null;
  created_at: string;
  updated_at: string;
  entry_count: number;
  last_entry_at: string | null;
  flagged_entries: number;
}

const SELECT_TICKETS = `
  SELECT t.*, p.name AS platform_name,
         (SELECT count(*) FROM entries e WHERE e.ticket_id = t.id) AS entry_count,
         (SELECT max(e.occurred_at) FROM entries e WHERE e.ticket_id = t.id) AS last_entry_at,
         (SELECT count(DISTINCT f.entry_id) FROM entry_flags f WHERE f.ticket_id = t.id) AS flagged_entries
  FROM tickets t JOIN platforms p ON p.id = t.platform_id`;

export function createTicket(ctx: CoreContext, input: ParsedInputOf<'tickets.create'>): { id: number } {
  return inTransaction(ctx, () => {
    requirePlatform(ctx, input.platformId);
    const now = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO tickets (platform_id, title, category, status, platform_refs, opened_at, desired_outcome, summary, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.platformId,
        input.title,
        input.category ?? 'other',
        input.status ?? 'open',
        JSON.stringify(input.platformRefs ?? []),
        input.openedAt ? new Date(input.openedAt).toISOString() : now,
        orNull(input.desiredOutcome),
        orNull(input.summary),
        now,
        now,
      );
    const id = Number(lastInsertRowid);
    recordStatus(ctx, id, input.status ?? 'open');
    ctx.audit.record('ticket.created', { ticketId: id, subject: `ticket:${id}`, detail: { title: input.title } });
    for (const transaction of input.transactions ?? []) insertTransaction(ctx, id, transaction);
    return { id };
  });
}

export function getTicket(ctx: CoreContext, id: number): Ticket {
  const row = ctx.db.prepare(`${SELECT_TICKETS} WHERE t.id = ?`).get(id) as TicketRow | undefined;
  if (!row) throw notFound('Ticket', id);
  const transactions = listTransactions(ctx, id);
  return {
    ...toSummary(row, sumByAsset(transactions)),
    platformRefs: parseStringList(row.platform_refs),
    desiredOutcome: row.desired_outcome,
    summary: row.summary,
    fiatAmount: row.fiat_amount,
    fiatCurrency: row.fiat_currency,
    createdAt: row.created_at,
    transactions,
  };
}

export function listTickets(ctx: CoreContext): TicketSummary[] {
  const rows = ctx.db.prepare(`${SELECT_TICKETS} ORDER BY t.updated_at DESC, t.id DESC`).all() as TicketRow[];
  const amounts = ctx.db
    .prepare('SELECT ticket_id AS ticketId, asset, amount FROM transactions ORDER BY id')
    .all() as { ticketId: number; asset: string; amount: string }[];
  const byTicket = new Map<number, typeof amounts>();
  for (const a of amounts) byTicket.set(a.ticketId, [...(byTicket.get(a.ticketId) ?? []), a]);
  return rows.map((row) => toSummary(row, sumByAsset(byTicket.get(row.id) ?? [])));
}

/**
 * Changes the given fields with one 'ticket.updated' audit event. A status change also goes into the
 * status history (the clocks pause while 'waiting_me') and, to resolved or closed, ends the ticket's
 * pending reminders (statusHistory.setTicketStatus). The fiat value in dispute is an amount with its
 * currency: the result must have both or neither.
 */
export function updateTicket(ctx: CoreContext, input: ParsedInputOf<'tickets.update'>): Ticket {
  inTransaction(ctx, () => {
    const before = getTicket(ctx, input.id);
    const changes: Record<string, unknown> = {};
    const set = (column: string, key: string, value: unknown, stored: unknown = value): void => {
      if (value === undefined) return;
      changes[key] = value;
      ctx.db.prepare(`UPDATE tickets SET ${column} = ? WHERE id = ?`).run(stored, input.id);
    };
    checkFiat(input, before);
    set('title', 'title', input.title);
    set('category', 'category', input.category);
    if (input.status !== undefined) {
      changes.status = input.status;
      setTicketStatus(ctx, input.id, input.status);
    }
    set('platform_refs', 'platformRefs', input.platformRefs, JSON.stringify(input.platformRefs));
    set('desired_outcome', 'desiredOutcome', input.desiredOutcome, orNull(input.desiredOutcome));
    set('summary', 'summary', input.summary, orNull(input.summary));
    set('fiat_amount', 'fiatAmount', input.fiatAmount, orNull(input.fiatAmount));
    set('fiat_currency', 'fiatCurrency', input.fiatCurrency, orNull(input.fiatCurrency));
    if (Object.keys(changes).length === 0) return;
    touchTicket(ctx, input.id);
    ctx.audit.record('ticket.updated', {
      ticketId: input.id,
      subject: `ticket:${input.id}`,
      detail: { changes, ...(input.status && input.status !== before.status ? { statusFrom: before.status } : {}) },
    });
  });
  return getTicket(ctx, input.id);
}

/** An amount without its currency (or the other way round) means nothing: refused, naming what is missing. */
function checkFiat(input: ParsedInputOf<'tickets.update'>, before: Ticket): void {
  const amount = input.fiatAmount !== undefined ? orNull(input.fiatAmount) : before.fiatAmount;
  const currency = input.fiatCurrency !== undefined ? orNull(input.fiatCurrency) : before.fiatCurrency;
  if (currency !== null && amount === null) {
    throw new CasefileError('invalid_input', `Give the amount in ${currency} as well (or clear the currency too).`, 'fiatAmount', 'fiat_incomplete');
  }
  if (amount !== null && currency === null) {
    throw new CasefileError('invalid_input', 'Give the currency of the amount, like USD or CNY (or clear the amount too).', 'fiatCurrency', 'fiat_incomplete');
  }
}

function toSummary(row: TicketRow, amounts: { asset: string; amount: string }[]): TicketSummary {
  return {
    id: row.id,
    platformId: row.platform_id,
    platformName: row.platform_name,
    title: row.title,
    category: row.category,
    status: row.status,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    entryCount: row.entry_count,
    lastEntryAt: row.last_entry_at,
    flaggedEntries: row.flagged_entries,
    amounts,
  };
}

function sumByAsset(items: { asset: string; amount: string }[]): { asset: string; amount: string }[] {
  const totals = new Map<string, string>();
  for (const { asset, amount } of items) totals.set(asset, addDecimals(totals.get(asset) ?? '0', amount));
  return [...totals].map(([asset, amount]) => ({ asset, amount }));
}
