import { useTranslation } from 'react-i18next';
import type { VaultReport } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatBytes, shortenHash } from '@renderer/lib/format';
import { ticketHref } from '@renderer/lib/route';
import { OrphanCleanup } from './OrphanCleanup';

function TicketLink({ ticketId, onNavigate }: { ticketId: number; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <a href={ticketHref(ticketId)} onClick={onNavigate} aria-label={t('vault.openTicket', { id: ticketId })}>
      {t('vault.inTicket', { id: ticketId })}
    </a>
  );
}

/** The check's outcome: "all intact" with what was checked, or each kind of problem listed. */
export function VaultReportView({ report, onNavigate }: { report: VaultReport; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const checked = { count: report.checkedFiles, bytes: formatBytes(report.checkedBytes, language) };
  const intact = report.missing.length === 0 && report.altered.length === 0 && report.orphans.length === 0;

  if (intact) {
    return (
      <div className="vault-report vault-report--ok" role="status">
        <Icon name="shieldCheck" className="vault-report__icon" />
        <div>
          <p className="vault-report__title">{t('vault.intactTitle')}</p>
          <p>{t('vault.intactDetail', checked)}</p>
        </div>
      </div>
    );
  }

  return (
    <div className="vault-report vault-report--problems">
      <div className="vault-report__head" role="status">
        <Icon name="warning" className="vault-report__icon" />
        <div>
          <p className="vault-report__title">{t('vault.problemsTitle')}</p>
          <p>{t('vault.checkedDetail', checked)}</p>
        </div>
      </div>
      {report.altered.length > 0 ? (
        <section className="vault-report__section" aria-labelledby="vault-altered">
          <h4 id="vault-altered">{t('vault.alteredTitle', { count: report.altered.length })}</h4>
          <p className="muted small">{t('vault.alteredHint')}</p>
          <ul className="vault-report__list">
            {report.altered.map((item) => (
              <li key={item.evidenceId}>
                <span className="vault-report__name">{item.name}</span> <TicketLink ticketId={item.ticketId} onNavigate={onNavigate} />
                <span className="vault-report__hashes muted small">
                  {t('vault.expected')} <code title={item.sha256}>{shortenHash(item.sha256)}</code> · {t('vault.actual')}{' '}
                  <code title={item.actualSha256}>{shortenHash(item.actualSha256)}</code>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.missing.length > 0 ? (
        <section className="vault-report__section" aria-labelledby="vault-missing">
          <h4 id="vault-missing">{t('vault.missingTitle', { count: report.missing.length })}</h4>
          <p className="muted small">{t('vault.missingHint')}</p>
          <ul className="vault-report__list">
            {report.missing.map((item) => (
              <li key={item.evidenceId}>
                <span className="vault-report__name">{item.name}</span> <TicketLink ticketId={item.ticketId} onNavigate={onNavigate} />
                <code className="muted small" title={item.sha256}>
                  {shortenHash(item.sha256)}
                </code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.orphans.length > 0 ? (
        <section className="vault-report__section" aria-labelledby="vault-orphans">
          <h4 id="vault-orphans">{t('vault.orphansTitle', { count: report.orphans.length })}</h4>
          <p className="muted small">{t('vault.orphansHint')}</p>
          <ul className="vault-report__list">
            {report.orphans.slice(0, 200).map((orphan) => (
              <li key={orphan.path}>
                <code className="vault-report__path">{orphan.path}</code>{' '}
                <span className="muted small">{formatBytes(orphan.size, language)}</span>
              </li>
            ))}
          </ul>
          {report.orphans.length > 200 ? <p className="muted small">+{report.orphans.length - 200}</p> : null}
          <OrphanCleanup orphans={report.orphans} />
        </section>
      ) : null}
    </div>
  );
}
