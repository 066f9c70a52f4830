import type { TicketStatus, TicketSummary } from '@shared/domain';

/**
 * The sidebar groups tickets by who has to act next, in the order they need attention. ("Overdue"
 * joins first once reminders exist.)
 */
export const STATUS_GROUPS = [
  { key: 'needsAction', statuses: ['open', 'waiting_me'] },
  { key: 'waitingPlatform', statuses: ['waiting_platform'] },
  { key: 'escalated', statuses: ['escalated', 'complaint_filed'] },
  { key: 'closed', statuses: ['resolved', 'closed'] },
] as const satisfies readonly { key: string; statuses: readonly TicketStatus[] }[];

export type StatusGroupKey = (typeof STATUS_GROUPS)[number]['key'];

/**
 * The ticket's running clock: when the conversation last moved (the latest entry's time, which may
 * have been logged later), or when the ticket was opened if nothing is logged yet.
 */
export function lastActivity(ticket: TicketSummary): string {
  return ticket.lastEntryAt ?? ticket.openedAt;
}

/** Groups in display order, most recently active first inside each; empty groups dropped. */
export function groupTickets(tickets: readonly TicketSummary[]) {
  return STATUS_GROUPS.map((group) => ({
    key: group.key,
    tickets: tickets
      .filter((t) => (group.statuses as readonly TicketStatus[]).includes(t.status))
      .sort((a, b) => lastActivity(b).localeCompare(lastActivity(a))),
  })).filter((group) => group.tickets.length > 0);
}

export function isClosed(status: TicketStatus): boolean {
  return status === 'resolved' || status === 'closed';
}
