import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { isFinished, type UploadItem } from './uploadQueue';
import { useUploadQueue, useUploads } from './uploadQueueContext';
import { uploadStatusText } from './uploadMessages';

/** Dropping a whole folder must not draw thousands of rows: the rest is summed up. */
const MAX_ROWS = 50;

function UploadRow({ item }: { item: UploadItem }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const queue = useUploadQueue();
  const status = uploadStatusText(t, item, language);
  const active = !isFinished(item);
  const problem = item.status === 'failed';

  return (
    <li className={`upload upload--${item.status}`}>
      <span className="upload__name" title={item.name}>
        {item.status === 'added' ? <Icon name="check" className="upload__ok" /> : null}
        {problem ? <Icon name="warning" className="upload__warn" /> : null}
        {item.name}
      </span>
      <span className="upload__status">
        {status}
        {problem && item.error && !item.error.networkFailure && item.error.code !== 'too_large' ? (
          <span className="upload__detail"> ({item.error.message})</span>
        ) : null}
      </span>
      {active ? (
        <ProgressBar
          className="upload__progress"
          label={t('uploads.progressLabel', { name: item.name })}
          fraction={item.status === 'uploading' && item.size > 0 ? item.sent / item.size : item.status === 'queued' ? 0 : null}
          valueText={status}
        />
      ) : null}
      {active ? (
        <button
          type="button"
          className="button button--small upload__action"
          aria-label={t('uploads.cancelNamed', { name: item.name })}
          onClick={() => queue.cancel(item.key)}
        >
          {t('uploads.cancel')}
        </button>
      ) : (
        <button
          type="button"
          className="icon-button upload__action"
          aria-label={t('uploads.dismissNamed', { name: item.name })}
          title={t('uploads.dismiss')}
          onClick={() => queue.dismiss(item.key)}
        >
          <Icon name="x" />
        </button>
      )}
    </li>
  );
}

/** Per-file progress, cancel and result for the files being added to this ticket. */
export function UploadTray({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const queue = useUploadQueue();
  const uploads = useUploads(ticketId);
  if (uploads.length === 0) return null;
  const done = uploads.filter((u) => u.status === 'added' || u.status === 'duplicate').length;
  const finished = uploads.filter(isFinished).length;

  return (
    <section className="uploads" aria-label={t('uploads.label')}>
      <header className="uploads__header">
        <span className="uploads__summary" role="status">
          <Icon name="upload" /> {t('uploads.summary', { done, count: uploads.length })}
        </span>
        {finished > 0 ? (
          <button type="button" className="link-button" onClick={() => queue.clearFinished(ticketId)}>
            {t('uploads.clearFinished')}
          </button>
        ) : null}
      </header>
      <ul className="uploads__list">
        {uploads.slice(0, MAX_ROWS).map((item) => (
          <UploadRow key={item.key} item={item} />
        ))}
      </ul>
      {uploads.length > MAX_ROWS ? <p className="muted small">+{uploads.length - MAX_ROWS}</p> : null}
    </section>
  );
}
