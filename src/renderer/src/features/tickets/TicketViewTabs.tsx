import { useTranslation } from 'react-i18next';
import { useEvidenceList } from '@renderer/features/evidence/queries';
import { ticketHref, type TicketView } from '@renderer/lib/route';

/** Timeline | Evidence (n): two views of one ticket, as links so the address keeps the choice. */
export function TicketViewTabs({ ticketId, view }: { ticketId: number; view: TicketView }) {
  const { t } = useTranslation();
  const evidence = useEvidenceList(ticketId);
  const count = evidence.data?.length ?? 0;
  return (
    <nav className="view-tabs" aria-label={t('ticket.views')}>
      <a className="view-tabs__tab" href={ticketHref(ticketId, 'timeline')} aria-current={view === 'timeline' ? 'page' : undefined}>
        {t('ticket.timelineTab')}
      </a>
      <a className="view-tabs__tab" href={ticketHref(ticketId, 'evidence')} aria-current={view === 'evidence' ? 'page' : undefined}>
        {t('ticket.evidenceTab')}
        {count > 0 ? <span className="count">{count}</span> : null}
      </a>
    </nav>
  );
}
