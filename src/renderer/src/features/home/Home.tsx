import { useTranslation } from 'react-i18next';
import { useDialogs } from '@renderer/app/dialogs';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { ActionDashboard } from '@renderer/features/clocks/ActionDashboard';
import { usePlatforms } from '@renderer/features/platforms/queries';
import { PlatformScorecards } from '@renderer/features/metrics/PlatformScorecards';
import { useTickets } from '@renderer/features/tickets/queries';
import { isClosed, lastActivity } from '@renderer/features/tickets/statusGroups';
import { TicketRow } from '@renderer/features/tickets/TicketRow';
import { VaultHomeCard } from '@renderer/features/vault/VaultHomeCard';

/**
 * No ticket open. The screen teaches the one next step: add a platform, then open a ticket; once
 * there is work, it leads with what needs action now, then lists the open tickets.
 */
export function Home() {
  const { t } = useTranslation();
  const { openDialog } = useDialogs();
  const platforms = usePlatforms();
  const tickets = useTickets();

  let content;
  if (platforms.isError || tickets.isError) {
    content = <ErrorMessage error={platforms.error ?? tickets.error} />;
  } else if (!platforms.data || !tickets.data) {
    content = <p className="muted">{t('common.loading')}</p>;
  } else if (platforms.data.length === 0) {
    content = (
      <section className="first-step" aria-labelledby="first-step-title">
        <h1 id="first-step-title">{t('home.firstStepTitle')}</h1>
        <p className="first-step__intro">{t('home.firstStepIntro')}</p>
        <button type="button" className="button button--primary button--large" onClick={() => openDialog({ name: 'addPlatform' })}>
          {t('home.firstStepAction')}
        </button>
        <p className="muted">{t('home.firstStepHint')}</p>
      </section>
    );
  } else if (tickets.data.length === 0) {
    content = (
      <section className="first-step" aria-labelledby="first-step-title">
        <h1 id="first-step-title">{t('home.openTicketTitle')}</h1>
        <p className="first-step__intro">{t('home.openTicketIntro')}</p>
        <button type="button" className="button button--primary button--large" onClick={() => openDialog({ name: 'newTicket' })}>
          {t('home.openTicketAction')}
        </button>
      </section>
    );
  } else {
    const open = tickets.data
      .filter((ticket) => !isClosed(ticket.status))
      .sort((a, b) => lastActivity(b).localeCompare(lastActivity(a)));
    content = (
      <section className="overview" aria-labelledby="overview-title">
        <h2 id="overview-title">{t('home.openTicketsTitle')}</h2>
        {open.length === 0 ? <p className="muted">{t('home.noOpenTickets')}</p> : null}
        <ul className="overview__list">
          {open.map((ticket) => (
            <li key={ticket.id}>
              <TicketRow ticket={ticket} current={false} />
            </li>
          ))}
        </ul>
      </section>
    );
  }

  return (
    <main className="home" id="main" tabIndex={-1}>
      <div className="home__inner">
        {tickets.data?.length ? <ActionDashboard /> : null}
        {content}
        {tickets.data?.length ? <PlatformScorecards /> : null}
        {tickets.data?.length ? <VaultHomeCard /> : null}
        <p className="safety-note" role="note">
          {t('home.scamWarning')}
        </p>
      </div>
    </main>
  );
}
