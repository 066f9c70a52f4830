/**
 * The conversation log: what was said, by whom, on which channel and when. Append-only: an edit keeps
 * the earlier text as a revision (and the database refuses deletes), so the record stays trustworthy.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Author, ChannelKind, Entry, EntryKind, EntryRevision } from '../../../shared/domain';
import { inTransaction, type CoreContext } from '../context';
import { notFound } from '../errors';
import { orNull } from '../db/json';
import { statement } from '../db/statements';
import { requireTicket, touchTicket } from '../tickets/ticketGuards';
import { flagsOfEntry, flagsOfTicket, scanEntry } from './entryFlags';
import { endRemindersOnReply } from '../followUp/reminders/reminderEnding';

interface EntryRow {
  id: number;
  ticket_id: number;
  kind: EntryKind;
  author: Author;
  agent_name: string | null;
  channel: ChannelKind | null;
  occurred_at: string;
  time_zone: string;
  recorded_at: string;
  text: string;
  revision: number;
  revised_at: string | null;
  call_duration_sec: number | null;
  call_number: string | null;
}

export function addEntry(ctx: CoreContext, input: ParsedInputOf<'log.add'>): { id: number } {
  return inTransaction(ctx, () => {
    requireTicket(ctx, input.ticketId);
    const now = ctx.now().toISOString();
    const kind = input.kind ?? (input.call ? 'call' : 'message');
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : now;
    const { lastInsertRowid } = statement(
      ctx.db,
      `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, call_duration_sec, call_number, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'typed')`,
    ).run(
      input.ticketId,
      kind,
      input.author,
      orNull(input.agentName),
      input.channel ?? (kind === 'call' ? 'phone' : null),
      occurredAt,
      input.timeZone ?? 'UTC',
      now,
      input.text,
      input.call?.durationSec ?? null,
      orNull(input.call?.number),
    );
    const id = Number(lastInsertRowid);
    // The platform's side is scanned for impersonation; a failure there never stops the entry (entryFlags.ts).
    if (input.author === 'agent') scanEntry(ctx, { id, ticketId: input.ticketId, text: input.text });
    touchTicket(ctx, input.ticketId);
    ctx.audit.record('entry.added', {
      ticketId: input.ticketId,
      subject: `entry:${id}`,
      detail: { author: input.author, kind, chars: input.text.length },
    });
    // The platform answered: "until they answer" reminders set before this answer end here.
    if (input.author === 'agent') endRemindersOnReply(ctx, input.ticketId, occurredAt, id);
    return { id };
  });
}

/** The columns an Entry is made of (not the import bookkeeping), in one place for every reader. */
const ENTRY_COLUMNS = `id, ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text, revision,
  revised_at, call_duration_sec, call_number`;

type EntryTuple = [
  number,
  number,
  EntryKind,
  Author,
  string | null,
  ChannelKind | null,
  string,
  string,
  string,
  string,
  number,
  string | null,
  number | null,
  string | null,
];

/**
 * The ticket's timeline, oldest first; entries logged at the same instant keep the order they were added.
 * One indexed query (entries_timeline, no sort) on a statement prepared once, read as arrays (better-sqlite3
 * builds no per-row objects with property names): 50,000 entries are one pass.
 */
export function listEntries(ctx: CoreContext, ticketId: number): Entry[] {
  requireTicket(ctx, ticketId);
  const rows = statement(ctx.db, `SELECT ${ENTRY_COLUMNS} FROM entries WHERE ticket_id = ? ORDER BY occurred_at, id`, { raw: true }).all(
    ticketId,
  ) as EntryTuple[];
  const flags = flagsOfTicket(ctx, ticketId);
  const entries = new Array<Entry>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, ticket, kind, author, agentName, channel, occurredAt, timeZone, recordedAt, text, revision, revisedAt, durationSec, number] = rows[i]!;
    entries[i] = {
      id,
      ticketId: ticket,
      kind,
      author,
      agentName,
      channel,
      occurredAt,
      timeZone,
      recordedAt,
      text,
      revision,
      revisedAt,
      call: kind === 'call' ? { durationSec, number } : null,
      flags: flags.get(id) ?? [],
    };
  }
  return entries;
}

export function getEntry(ctx: CoreContext, id: number): Entry {
  const row = statement(ctx.db, `SELECT ${ENTRY_COLUMNS} FROM entries WHERE id = ?`).get(id) as EntryRow | undefined;
  if (!row) throw notFound('Entry', id);
  return toEntry(row, flagsOfEntry(ctx, id));
}

export function editEntry(ctx: CoreContext, input: ParsedInputOf<'log.edit'>): Entry {
  inTransaction(ctx, () => {
    const before = getEntry(ctx, input.id);
    if (before.text === input.text) return;
    ctx.db
      .prepare('INSERT INTO entry_revisions (entry_id, revision, text, written_at) VALUES (?, ?, ?, ?)')
      .run(before.id, before.revision, before.text, before.revisedAt ?? before.recordedAt);
    ctx.db
      .prepare('UPDATE entries SET text = ?, revision = revision + 1, revised_at = ? WHERE id = ?')
      .run(input.text, ctx.now().toISOString(), input.id);
    // The new text replaces the old one's flags (an agent entry only: the user's own words are not scanned).
    if (before.author === 'agent') scanEntry(ctx, { id: before.id, ticketId: before.ticketId, text: input.text });
    ctx.audit.record('entry.edited', {
      ticketId: before.ticketId,
      subject: `entry:${before.id}`,
      detail: { revision: before.revision + 1, chars: input.text.length },
    });
    touchTicket(ctx, before.ticketId);
  });
  return getEntry(ctx, input.id);
}

/** Every text the entry has had, oldest first, the current one last. */
export function entryHistory(ctx: CoreContext, id: number): EntryRevision[] {
  const entry = getEntry(ctx, id);
  const earlier = ctx.db
    .prepare('SELECT revision, text, written_at AS writtenAt FROM entry_revisions WHERE entry_id = ? ORDER BY revision')
    .all(id) as EntryRevision[];
  return [...earlier, { revision: entry.revision, text: entry.text, writtenAt: entry.revisedAt ?? entry.recordedAt }];
}

function toEntry(row: EntryRow, flags: Entry['flags']): Entry {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    kind: row.kind,
    author: row.author,
    agentName: row.agent_name,
    channel: row.channel,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    recordedAt: row.recorded_at,
    text: row.text,
    revision: row.revision,
    revisedAt: row.revised_at,
    call: row.kind === 'call' ? { durationSec: row.call_duration_sec, number: row.call_number } : null,
    flags,
  };
}

