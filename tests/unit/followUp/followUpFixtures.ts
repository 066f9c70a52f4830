/**
 * Shared by the follow-up tests: a ticket on a platform with channels, entries logged at given instants
 * and zones, status changes at given moments of the fake clock, and escalation steps written straight into
 * their table (their own module is tested elsewhere; the clocks and the playbook only read it).
 */
import type { Clock, PlaybookAnswer, TicketClocks } from '../../../src/shared/followUp';
import { call, openTestCore, type TestCore } from '../helpers';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface FollowUpTest extends TestCore {
  ticketId: number;
  platformId: number;
  /** Logs one of my messages (or the platform's) at an instant; answers the entry id. */
  me(occurredAt: string, options?: { channel?: string; timeZone?: string; kind?: 'call' }): Promise<number>;
  agent(occurredAt: string, options?: { channel?: string; timeZone?: string }): Promise<number>;
  /** Sets the ticket's status with the fake clock at `at`. */
  status(status: string, at?: string): Promise<void>;
  clocks(): Promise<Clock[]>;
  next(): Promise<PlaybookAnswer>;
  escalation(row: { level: string; at: string; deadlineAt?: string; answeredAt?: string; venueId?: string; venueKind?: string }): number;
}

export async function followUpTest(
  options: { now?: string; channels?: { kind: string; address: string; promisedResponseHours?: number }[]; ticket?: Record<string, unknown> } = {},
): Promise<FollowUpTest> {
  const t = openTestCore();
  if (options.now) t.clock.set(options.now);
  const { id: platformId } = await call<{ id: number }>(t.router, 'platforms.create', { name: 'Kraken', channels: options.channels ?? [] });
  const { id: ticketId } = await call<{ id: number }>(t.router, 'tickets.create', { platformId, title: 'Withdrawal stuck', ...options.ticket });
  const log = async (author: string, occurredAt: string, o: { channel?: string; timeZone?: string; kind?: string } = {}) =>
    (await call<{ id: number }>(t.router, 'log.add', { ticketId, author, text: `${author} at ${occurredAt}`, channel: 'email', timeZone: 'UTC', ...o, occurredAt })).id;
  return {
    ...t,
    ticketId,
    platformId,
    me: (occurredAt, o) => log('me', occurredAt, o),
    agent: (occurredAt, o) => log('agent', occurredAt, o),
    status: async (status, at) => {
      if (at) t.clock.set(at);
      await call(t.router, 'tickets.update', { id: ticketId, status });
    },
    clocks: async () => (await call<TicketClocks>(t.router, 'tickets.clocks', { ticketId })).clocks,
    next: () => call<PlaybookAnswer>(t.router, 'playbook.next', { ticketId }),
    escalation: (row) => {
      const now = t.clock.iso();
      return Number(
        t.ctx.db
          .prepare(
            `INSERT INTO escalations (ticket_id, level, venue_kind, venue_id, at, answered_at, deadline_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            ticketId,
            row.level,
            row.venueKind ?? null,
            row.venueId ?? null,
            new Date(row.at).toISOString(),
            row.answeredAt ? new Date(row.answeredAt).toISOString() : null,
            row.deadlineAt ? new Date(row.deadlineAt).toISOString() : null,
            now,
            now,
          ).lastInsertRowid,
      );
    },
  };
}

/** The explanation's English sentences, in order. */
export const steps = (clock: Clock | undefined): string[] => (clock?.explanation ?? []).map((s) => s.text.en);
export const stepsZh = (clock: Clock | undefined): string[] => (clock?.explanation ?? []).map((s) => s.text['zh-CN']);
export const byKind = (clocks: Clock[], kind: Clock['kind']): Clock[] => clocks.filter((c) => c.kind === kind);

export { openTestCore };
