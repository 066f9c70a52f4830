import { useTranslation } from 'react-i18next';
import type { Job } from '@shared/domain';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';

interface ExportProgressProps {
  /** Null until the first jobs.get answers: the bar is indeterminate then. */
  job: Job | null;
  cancelling: boolean;
  onCancel: () => void;
}

/**
 * Files and bytes written so far. The bar follows bytes (one video outweighs a hundred screenshots);
 * until the core knows the total it is indeterminate rather than a bar stuck at 0 %.
 */
export function ExportProgress({ job, cancelling, onCancel }: ExportProgressProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const progress = job?.progress ?? { done: 0, total: 0, bytesDone: 0, bytesTotal: 0 };
  const { done, total, bytesDone, bytesTotal } = progress;
  const fraction = bytesTotal > 0 ? bytesDone / bytesTotal : total > 0 ? done / total : null;
  const percent = fraction === null ? null : Math.floor(Math.min(1, fraction) * 100);
  const number = new Intl.NumberFormat(language);
  const words =
    total > 0
      ? t('dossierExport.progress.words', {
          done: number.format(done),
          total: number.format(total),
          bytesDone: formatBytes(bytesDone, language),
          bytesTotal: formatBytes(bytesTotal, language),
        })
      : t('dossierExport.progress.preparing');

  return (
    <div className="export-progress">
      <div className="export-progress__row">
        <ProgressBar
          label={t('dossierExport.progress.label')}
          fraction={fraction}
          valueText={percent === null ? words : `${percent}% · ${words}`}
          className="export-progress__bar"
        />
        <span className="export-progress__percent" aria-hidden="true">
          {percent === null ? '' : `${percent}%`}
        </span>
      </div>
      <p className="muted small">{words}</p>
      <p className="muted small">{t('dossierExport.progress.closeStops')}</p>
      <div>
        <button type="button" className="button" onClick={onCancel} disabled={cancelling} aria-busy={cancelling || undefined}>
          {cancelling ? t('dossierExport.progress.cancelling') : t('dossierExport.progress.cancel')}
        </button>
      </div>
    </div>
  );
}
