import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { ExportButton } from '@renderer/features/export/ExportButton';
import { CaptureBox } from '@renderer/features/timeline/CaptureBox';
import { Timeline } from '@renderer/features/timeline/Timeline';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { useTicket } from './queries';
import { TicketDetailsPanel } from './TicketDetailsPanel';
import { usePanelOpen } from './usePanelOpen';

const PANEL_ID = 'ticket-details';

/** One open ticket: header, timeline and capture box in the centre; facts and evidence on the right. */
export function TicketView({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const ticket = useTicket(ticketId);
  const [panelOpen, setPanelOpen] = usePanelOpen();

  if (!ticket.data) {
    return (
      <main className="ticket ticket--loading" id="main" tabIndex={-1}>
        {ticket.isError ? <ErrorMessage error={ticket.error} /> : <p className="muted">{t('ticket.loading')}</p>}
      </main>
    );
  }
  const data = ticket.data;

  return (
    <>
      <main className="ticket" id="main" tabIndex={-1} aria-labelledby="ticket-title">
        <header className="ticket__header">
          <div className="ticket__heading">
            <h1 id="ticket-title" className="ticket__title">
              {data.title}
            </h1>
            <p className="ticket__subtitle">
              <StatusBadge status={data.status} />
              <span className="ticket__fact">{data.platformName}</span>
              <span className="ticket__fact">{t(`category.${data.category}`)}</span>
              <span className="ticket__fact">
                {t('ticket.openedOn')}{' '}
                <TimeStamp iso={data.openedAt} display={(iso) => formatDateTime(iso, dateLocale)} />
              </span>
            </p>
          </div>
          <div className="ticket__actions">
            <ExportButton ticketId={data.id} />
            <button
              type="button"
              className="button"
              aria-expanded={panelOpen}
              aria-controls={PANEL_ID}
              onClick={() => setPanelOpen((open) => !open)}
            >
              {panelOpen ? t('ticket.hideDetails') : t('ticket.showDetails')}
            </button>
          </div>
        </header>
        <Timeline ticketId={data.id} />
        <CaptureBox key={data.id} ticketId={data.id} />
      </main>
      <aside id={PANEL_ID} className="details" aria-label={t('ticket.details')} hidden={!panelOpen}>
        <TicketDetailsPanel ticket={data} />
      </aside>
    </>
  );
}
