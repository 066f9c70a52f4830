import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { LanguageSwitcher } from '@renderer/components/LanguageSwitcher';
import { Home } from '@renderer/features/home/Home';
import { PlatformSidebarList } from '@renderer/features/platforms/PlatformSidebarList';
import { ReminderNotifier } from '@renderer/features/reminders/ReminderNotifier';
import { SearchLauncher } from '@renderer/features/search/SearchLauncher';
import { useGlobalShortcuts } from '@renderer/features/shortcuts/useGlobalShortcuts';
import { TicketSidebarList } from '@renderer/features/tickets/TicketSidebarList';
import { TicketView } from '@renderer/features/tickets/TicketView';
import { useRoute } from '@renderer/lib/route';
import { useDialogs } from './dialogs';
import { usePreventFileNavigation } from './usePreventFileNavigation';

/** The frame: top bar, sidebar (tickets, platforms), and either the overview or one open ticket. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { openDialog } = useDialogs();
  useGlobalShortcuts();
  usePreventFileNavigation();
  const currentTicketId = route.name === 'ticket' ? route.ticketId : null;

  return (
    <div className="app">
      {/* Hash routing owns the fragment: move focus by hand instead of navigating to #main. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('common.skipToMain')}
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="brand__mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand__name">Casefile</span>
          <span className="brand__zh" lang="zh-CN">
            维权档案
          </span>
        </a>
        <span className="topbar__tagline">{t('app.tagline')}</span>
        <div className="topbar__tools">
          <LanguageSwitcher />
          <button type="button" className="button button--quiet" onClick={() => openDialog({ name: 'profile' })}>
            <Icon name="user" /> {t('myProfile.open')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => openDialog({ name: 'verifyDossier' })}>
            <Icon name="shieldCheck" /> {t('dossierVerify.open')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => openDialog({ name: 'vault' })}>
            <Icon name="shield" /> {t('vault.open')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="?"
            onClick={() => openDialog({ name: 'shortcuts' })}
          >
            <kbd aria-hidden="true">?</kbd> {t('shortcuts.open')}
          </button>
        </div>
      </header>
      <div className="workspace">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <div className="sidebar__actions">
            <SearchLauncher />
            <button
              type="button"
              className="button button--primary button--block"
              aria-keyshortcuts="Control+N Meta+N Alt+N"
              onClick={() => openDialog({ name: 'newTicket' })}
            >
              <Icon name="plus" />
              {t('nav.newTicket')}
            </button>
            <a className="sidebar__home" href="#/" aria-current={route.name === 'home' ? 'page' : undefined}>
              {t('nav.home')}
            </a>
          </div>
          <div className="sidebar__scroll">
            <TicketSidebarList currentTicketId={currentTicketId} />
            <section className="sidebar__platforms" aria-labelledby="sidebar-platforms-title">
              <h2 id="sidebar-platforms-title" className="ticket-group__title">
                {t('nav.platforms')}
              </h2>
              <PlatformSidebarList onOpen={(platformId) => openDialog({ name: 'platform', platformId })} />
              <button type="button" className="button button--small button--block" onClick={() => openDialog({ name: 'addPlatform' })}>
                <Icon name="plus" />
                {t('nav.addPlatform')}
              </button>
            </section>
          </div>
        </nav>
        {route.name === 'ticket' ? <TicketView key={route.ticketId} ticketId={route.ticketId} view={route.view} /> : <Home />}
      </div>
      <ReminderNotifier />
    </div>
  );
}
