import { useTranslation } from 'react-i18next';
import type { Job } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';

/**
 * The export stopped. The core removed its temporary file, so the user needs to know why (the job's
 * error code, translated: a full disk reads as such) and that nothing half-written was left. The core's
 * English message follows as the detail, for support.
 */
export function ExportFailure({ job, error }: { job: Job | null; error: unknown }) {
  const { t } = useTranslation();
  if (!job) return <ErrorMessage error={error} />;
  return (
    <div className="error-message" role="alert">
      <p className="error-message__summary">
        <strong>{t('dossierExport.failed.title')}: </strong>
        {job.errorCode ? t(`errors.${job.errorCode}`) : t('dossierExport.failed.unknown')}
      </p>
      <p className="error-message__summary">{t('dossierExport.failed.nothingLeft')}</p>
      {job.error ? (
        <p className="error-message__detail" lang="en">
          {t('errors.detail', { message: job.error })}
        </p>
      ) : null}
    </div>
  );
}
