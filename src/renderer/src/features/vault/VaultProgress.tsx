import { useTranslation } from 'react-i18next';
import type { Job } from '@shared/domain';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';

/** Files and bytes checked so far, as a bar (by bytes: a big video takes longer than a screenshot) and in words. */
export function VaultProgress({ job, onCancel, cancelling }: { job: Job; onCancel: () => void; cancelling: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { done, total, bytesDone, bytesTotal } = job.progress;
  const fraction = bytesTotal > 0 ? bytesDone / bytesTotal : total > 0 ? done / total : 0;
  const percent = Math.floor(fraction * 100);
  const words = t('vault.progress', {
    done: new Intl.NumberFormat(language).format(done),
    total: new Intl.NumberFormat(language).format(total),
    bytesDone: formatBytes(bytesDone, language),
    bytesTotal: formatBytes(bytesTotal, language),
  });
  return (
    <div className="vault-progress">
      <div className="vault-progress__row">
        <ProgressBar label={t('vault.progressLabel')} fraction={fraction} valueText={`${percent}% · ${words}`} className="vault-progress__bar" />
        <span className="vault-progress__percent">{percent}%</span>
      </div>
      <p className="vault-progress__words muted small">{words}</p>
      <button type="button" className="button button--small" onClick={onCancel} disabled={cancelling}>
        {t('vault.cancel')}
      </button>
    </div>
  );
}
