import { useTranslation } from 'react-i18next';
import type { DossierVerifyReport } from '@shared/dossier';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';

/** One kind of problem: a translated heading with a count, then the file names as the archive has them. */
function FileList({ title, hint, names }: { title: string; hint: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <section className="verify-report__section">
      <h3>{title}</h3>
      <p className="muted small">{hint}</p>
      <ul className="verify-report__list">
        {names.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Intact (green, with what was checked and when the dossier was made), or each change listed. */
export function VerifyReportView({ report, fileName }: { report: DossierVerifyReport; fileName: string }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const facts = (
    <dl className="facts verify-report__facts">
      <dt>{t('dossierVerify.file')}</dt>
      <dd className="break-anywhere">{fileName}</dd>
      <dt>{t('dossierVerify.exportedAt')}</dt>
      <dd>{report.exportedAt ? formatDateTime(report.exportedAt, dateLocale) : t('dossierVerify.unknown')}</dd>
      <dt>{t('dossierVerify.appVersion')}</dt>
      <dd>{report.appVersion ?? t('dossierVerify.unknown')}</dd>
      <dt>{t('dossierVerify.redaction')}</dt>
      <dd>
        {report.redacted === null ? t('dossierVerify.unknown') : report.redacted ? t('dossierVerify.redacted') : t('dossierVerify.notRedacted')}
      </dd>
    </dl>
  );

  if (report.intact) {
    return (
      <div className="verify-report verify-report--ok">
        <div className="verify-report__head" role="status">
          <Icon name="shieldCheck" className="verify-report__icon" />
          <div>
            <p className="verify-report__title">{t('dossierVerify.intactTitle')}</p>
            <p>{t('dossierVerify.intactDetail', { count: report.checkedFiles })}</p>
          </div>
        </div>
        {facts}
      </div>
    );
  }

  return (
    <div className="verify-report verify-report--problems">
      <div className="verify-report__head" role="alert">
        <Icon name="warning" className="verify-report__icon" />
        <div>
          <p className="verify-report__title">{t('dossierVerify.problemsTitle')}</p>
          <p>{t('dossierVerify.problemsDetail', { count: report.checkedFiles })}</p>
        </div>
      </div>
      <FileList title={t('dossierVerify.changedTitle', { count: report.changed.length })} hint={t('dossierVerify.changedHint')} names={report.changed} />
      <FileList title={t('dossierVerify.missingTitle', { count: report.missing.length })} hint={t('dossierVerify.missingHint')} names={report.missing} />
      <FileList title={t('dossierVerify.extraTitle', { count: report.extra.length })} hint={t('dossierVerify.extraHint')} names={report.extra} />
      {report.problems.length > 0 ? (
        <section className="verify-report__section">
          <h3>{t('dossierVerify.problemsListTitle', { count: report.problems.length })}</h3>
          {/* The core words these in both languages ("English / 中文"); the English half names the file, so both are shown. */}
          <ul className="verify-report__list">
            {report.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {facts}
    </div>
  );
}
