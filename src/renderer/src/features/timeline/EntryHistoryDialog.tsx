import { useTranslation } from 'react-i18next';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { useEntryHistory } from './queries';

/** Every version of an entry's text, newest first: edits never erase what was first written. */
export function EntryHistoryDialog({ entryId, onClose }: { entryId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const history = useEntryHistory(entryId);
  const revisions = [...(history.data ?? [])].sort((a, b) => b.revision - a.revision);
  const latest = revisions[0]?.revision;

  return (
    <Dialog title={t('timeline.historyTitle')} onClose={onClose}>
      {history.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      <ErrorMessage error={history.error} />
      <ol className="revision-list">
        {revisions.map((r) => (
          <li key={r.revision} className="revision-list__item">
            <p className="revision-list__meta">
              <strong>{t('timeline.revision', { revision: r.revision })}</strong>
              {r.revision === latest ? <span className="badge badge--neutral">{t('timeline.current')}</span> : null}
              <span className="muted">
                {t('timeline.writtenAt')}{' '}
                <TimeStamp iso={r.writtenAt} display={(iso) => formatDateTime(iso, dateLocale)} />
              </span>
            </p>
            <p className="revision-list__text">{r.text}</p>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
