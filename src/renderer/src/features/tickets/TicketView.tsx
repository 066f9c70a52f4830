import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { EvidenceBrowser } from '@renderer/features/evidence/EvidenceBrowser';
import { EvidenceViewerProvider } from '@renderer/features/evidence/EvidenceViewerProvider';
import { UploadTray } from '@renderer/features/evidence/UploadTray';
import { useAddFiles } from '@renderer/features/evidence/useAddFiles';
import { useFileDrop } from '@renderer/features/evidence/useFileDrop';
import { usePasteEvidence } from '@renderer/features/evidence/usePasteEvidence';
import { ExportButton } from '@renderer/features/export/ExportButton';
import { FlaggedTicketBanner } from '@renderer/features/guard/FlaggedTicketBanner';
import { ImportButton } from '@renderer/features/import/ImportButton';
import { RatingPrompt } from '@renderer/features/rating/RatingPrompt';
import { RemindMeButton } from '@renderer/features/reminders/RemindMeButton';
import { CaptureBox } from '@renderer/features/timeline/CaptureBox';
import { Timeline } from '@renderer/features/timeline/Timeline';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import type { TicketView as View } from '@renderer/lib/route';
import { useTicket } from './queries';
import { TicketDetailsPanel } from './TicketDetailsPanel';
import { TicketViewTabs } from './TicketViewTabs';
import { usePanelOpen } from './usePanelOpen';
import { useViewToggleShortcut } from './useViewToggleShortcut';

const PANEL_ID = 'ticket-details';

/**
 * One open ticket: header, then its timeline (with the capture box) or its evidence in the centre; facts
 * and the gallery on the right. Files dropped anywhere on the centre, or pasted anywhere, become evidence.
 */
export function TicketView({ ticketId, view }: { ticketId: number; view: View }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const ticket = useTicket(ticketId);
  const [panelOpen, setPanelOpen] = usePanelOpen();
  const addFiles = useAddFiles(ticketId);
  const drop = useFileDrop((files, entryId) => addFiles(files, { via: 'drop', entryId: view === 'timeline' ? entryId : null }));
  // On the timeline a pasted screenshot becomes a new entry (the capture box's own paste hook).
  usePasteEvidence((files) => addFiles(files, { via: 'paste' }), view !== 'timeline');
  useViewToggleShortcut(ticketId, view);

  if (!ticket.data) {
    return (
      <main className="ticket ticket--loading" id="main" tabIndex={-1}>
        {ticket.isError ? <ErrorMessage error={ticket.error} /> : <p className="muted">{t('ticket.loading')}</p>}
      </main>
    );
  }
  const data = ticket.data;
  const dragging = drop.state.active;

  return (
    <EvidenceViewerProvider ticketId={data.id}>
      <main
        className={`ticket ${dragging ? 'ticket--dragging' : ''}`}
        id="main"
        tabIndex={-1}
        aria-labelledby="ticket-title"
        {...drop.zoneProps}
      >
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
            <RemindMeButton ticketId={data.id} />
            <ImportButton ticketId={data.id} />
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
          <TicketViewTabs ticketId={data.id} view={view} />
        </header>
        <FlaggedTicketBanner ticketId={data.id} flaggedEntries={data.flaggedEntries} />
        <RatingPrompt ticket={data} />
        <div className={`ticket__body ${dragging && drop.state.entryId === null ? 'ticket__body--drop' : ''}`}>
          {view === 'timeline' ? (
            <Timeline ticketId={data.id} dropEntryId={dragging ? drop.state.entryId : null} />
          ) : (
            <EvidenceBrowser ticketId={data.id} />
          )}
          {dragging && drop.state.entryId === null ? (
            <div className="drop-overlay" aria-hidden="true">
              <span className="drop-overlay__label">{t('evidence.dropOverlay')}</span>
            </div>
          ) : null}
        </div>
        <UploadTray ticketId={data.id} />
        {view === 'timeline' ? <CaptureBox key={data.id} ticketId={data.id} /> : null}
      </main>
      <aside id={PANEL_ID} className="details" aria-label={t('ticket.details')} hidden={!panelOpen}>
        <TicketDetailsPanel ticket={data} showGallery={view === 'timeline'} />
      </aside>
    </EvidenceViewerProvider>
  );
}
