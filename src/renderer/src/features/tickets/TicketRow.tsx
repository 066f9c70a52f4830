import type { TicketSummary } from '@shared/domain';
import { RelativeTime } from '@renderer/components/TimeStamp';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { FlaggedMarker } from '@renderer/features/guard/FlaggedTicketBanner';
import { useLanguage } from '@renderer/i18n';
import { formatMoney } from '@renderer/lib/format';
import { ticketHref } from '@renderer/lib/route';
import { lastActivity } from './statusGroups';

/** One ticket in a list: platform, title, how long since anything happened, and what is at stake. */
export function TicketRow({ ticket, current }: { ticket: TicketSummary; current: boolean }) {
  const { language } = useLanguage();
  return (
    <a className="ticket-row" href={ticketHref(ticket.id)} aria-current={current ? 'page' : undefined}>
      <span className="ticket-row__top">
        <span className="ticket-row__platform">{ticket.platformName}</span>
        <RelativeTime className="ticket-row__time" iso={lastActivity(ticket)} />
      </span>
      <span className="ticket-row__title">{ticket.title}</span>
      <span className="ticket-row__bottom">
        <StatusBadge status={ticket.status} />
        <FlaggedMarker count={ticket.flaggedEntries} />
        {ticket.amounts.length > 0 ? (
          <span className="ticket-row__amount">
            {ticket.amounts.map((a) => formatMoney(a.amount, a.asset, language)).join(' · ')}
          </span>
        ) : null}
      </span>
    </a>
  );
}
