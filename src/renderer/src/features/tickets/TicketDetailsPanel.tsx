import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES, type Ticket, type TicketStatus } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField } from '@renderer/components/fields';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { TicketClocks } from '@renderer/features/clocks/TicketClocks';
import { EvidenceGallery } from '@renderer/features/evidence/EvidenceGallery';
import { FollowUpPanel } from '@renderer/features/escalation/FollowUpPanel';
import { FiatValueForm } from '@renderer/features/export/fiat/FiatValueForm';
import { ResponseFigures } from '@renderer/features/metrics/ResponseFigures';
import { PrepareChecklist } from '@renderer/features/prepare/PrepareChecklist';
import { TicketRatingSection } from '@renderer/features/rating/TicketRatingSection';
import { TicketReminders } from '@renderer/features/reminders/TicketReminders';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { AddTransactionForm } from './AddTransactionForm';
import { useUpdateTicket } from './queries';
import { TransactionList } from './TransactionList';

/** The right-hand panel: the ticket's facts and status, its clocks, the evidence gallery, follow-up and escalation, its money. */
export function TicketDetailsPanel({ ticket, showGallery = true }: { ticket: Ticket; showGallery?: boolean }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const updateTicket = useUpdateTicket(ticket.id);

  return (
    <div className="panel">
      <section className="panel-section" aria-labelledby="ticket-facts-title">
        <h2 id="ticket-facts-title" className="panel-section__title">
          {t('ticket.details')}
        </h2>
        <SelectField
          label={t('ticket.status')}
          value={updateTicket.isPending && updateTicket.variables.status ? updateTicket.variables.status : ticket.status}
          disabled={updateTicket.isPending}
          onChange={(e) => updateTicket.mutate({ status: e.target.value as TicketStatus })}
        >
          {TICKET_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </SelectField>
        <ErrorMessage error={updateTicket.error} />
        <dl className="facts">
          <dt>{t('ticket.platform')}</dt>
          <dd>{ticket.platformName}</dd>
          <dt>{t('ticket.category')}</dt>
          <dd>{t(`category.${ticket.category}`)}</dd>
          <dt>{t('ticket.references')}</dt>
          <dd className="break-anywhere">
            {ticket.platformRefs.length ? ticket.platformRefs.join(', ') : <span className="muted">{t('ticket.noReferences')}</span>}
          </dd>
          <dt>{t('ticket.opened')}</dt>
          <dd>
            <TimeStamp iso={ticket.openedAt} display={(iso) => formatDateTime(iso, dateLocale)} />
          </dd>
          {ticket.desiredOutcome ? (
            <>
              <dt>{t('ticket.desiredOutcome')}</dt>
              <dd className="pre-wrap">{ticket.desiredOutcome}</dd>
            </>
          ) : null}
        </dl>
        <FiatValueForm key={`${ticket.id}|${ticket.fiatAmount}|${ticket.fiatCurrency}`} ticket={ticket} />
      </section>
      {/* What is due comes first, then the evidence (the heart of the case), then the follow-up tools. */}
      <TicketClocks ticketId={ticket.id} />
      {showGallery ? <EvidenceGallery ticketId={ticket.id} /> : null}
      <TicketReminders ticketId={ticket.id} />
      <FollowUpPanel key={ticket.id} ticket={ticket} />
      <section className="panel-section" aria-labelledby="ticket-transactions-title">
        <h2 id="ticket-transactions-title" className="panel-section__title">
          {t('ticket.transactions')}
        </h2>
        <TransactionList transactions={ticket.transactions} />
        <AddTransactionForm ticketId={ticket.id} />
      </section>
      <PrepareChecklist ticket={ticket} />
      <ResponseFigures ticketId={ticket.id} />
      <TicketRatingSection ticket={ticket} />
    </div>
  );
}
