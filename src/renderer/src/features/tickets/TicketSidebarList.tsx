import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useTickets } from './queries';
import { groupTickets } from './statusGroups';
import { TicketRow } from './TicketRow';

export function TicketSidebarList({ currentTicketId }: { currentTicketId: number | null }) {
  const { t } = useTranslation();
  const tickets = useTickets();

  if (tickets.isPending) return <p className="sidebar__empty">{t('common.loading')}</p>;
  if (tickets.isError) return <ErrorMessage error={tickets.error} />;
  if (tickets.data.length === 0) return <p className="sidebar__empty">{t('nav.noTickets')}</p>;

  return (
    <div className="ticket-groups">
      {groupTickets(tickets.data).map((group) => (
        <section key={group.key} className="ticket-group">
          <h2 className="ticket-group__title">
            {t(`groups.${group.key}`)}
            <span className="ticket-group__count">{group.tickets.length}</span>
          </h2>
          <ul className="ticket-group__list">
            {group.tickets.map((ticket) => (
              <li key={ticket.id}>
                <TicketRow ticket={ticket} current={ticket.id === currentTicketId} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
