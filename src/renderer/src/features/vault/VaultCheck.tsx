import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useCancelJob, useJob } from '@renderer/features/jobs/queries';
import { useLastJobId, useStartCheck } from './queries';
import { VaultProgress } from './VaultProgress';
import { VaultReportView } from './VaultReportView';

/**
 * Re-hash every vault file: start, watch it go (files, bytes, percent) with Cancel, then the report.
 * The check runs in the core; closing the dialog does not stop it, reopening shows where it is.
 */
export function VaultCheck({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const jobId = useLastJobId();
  const start = useStartCheck();
  const job = useJob(jobId);
  const cancel = useCancelJob();
  const state = job.data?.state;
  const running = start.isPending || (jobId !== null && (state === 'running' || (!job.data && !job.isError)));

  return (
    <section className="vault-check" aria-labelledby={titleId}>
      <h3 id={titleId} className="settings-section__title">
        <Icon name="shield" /> {t('vault.checkTitle')}
      </h3>
      <p className="muted small">{t('vault.checkIntro')}</p>
      {job.data && state === 'running' ? (
        <VaultProgress job={job.data} cancelling={cancel.isPending} onCancel={() => cancel.mutate(job.data.id)} />
      ) : null}
      {running && !job.data ? <p role="status">{t('vault.starting')}</p> : null}
      {state === 'cancelled' ? <p role="status">{t('vault.cancelled')}</p> : null}
      {state === 'failed' ? (
        <p className="error-message" role="alert">
          {t('vault.failed', { message: job.data?.error ?? '' })}
        </p>
      ) : null}
      {state === 'done' && job.data?.result ? <VaultReportView key={job.data.id} report={job.data.result} onNavigate={onNavigate} /> : null}
      <ErrorMessage error={start.error ?? job.error ?? cancel.error} />
      {!running ? (
        <div>
          <button type="button" className="button button--primary" onClick={() => start.mutate()}>
            {jobId === null ? t('vault.start') : t('vault.checkAgain')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
