import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaptureSource } from '@shared/domain';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useUploadQueue } from './uploadQueueContext';

function SourceList({ title, sources, onPick, busy }: { title: string; sources: CaptureSource[]; onPick: (s: CaptureSource) => void; busy: boolean }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <section className="capture-sources__group">
      <h3 className="capture-sources__title">{title}</h3>
      <ul className="capture-sources__list">
        {sources.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              className="capture-source"
              aria-label={t('screenCapture.captureNamed', { name: source.name })}
              disabled={busy}
              onClick={() => onPick(source)}
            >
              {/* A data: URL the shell made from a bitmap: a raster, never markup. */}
              <img className="capture-source__image" src={source.thumbnail} alt="" draggable={false} />
              <span className="capture-source__name" title={source.name}>
                {source.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Desktop only: pick a screen or window; it is captured now and added to the ticket as a PNG. */
export function CaptureScreenDialog({ ticketId, onClose }: { ticketId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queue = useUploadQueue();
  const sources = useQuery({
    queryKey: queryKeys.captureSources,
    queryFn: () => api['capture.sources'](),
    staleTime: 0,
    gcTime: 0,
  });
  const take = useMutation({
    mutationFn: (sourceId: string) => api['capture.take']({ ticketId, sourceId }),
    onSuccess: (item) => {
      queue.report(ticketId, 'capture', [item]);
      onClose();
    },
  });
  const list = sources.data ?? [];

  return (
    <Dialog title={t('screenCapture.title')} onClose={onClose} size="wide">
      <div className="capture-sources">
        <p className="muted">{t('screenCapture.intro')}</p>
        <ErrorMessage error={sources.error ?? take.error} />
        {sources.isPending ? <p role="status">{t('screenCapture.loading')}</p> : null}
        {sources.isSuccess && list.length === 0 ? <p>{t('screenCapture.none')}</p> : null}
        {take.isPending ? <p role="status">{t('screenCapture.capturing')}</p> : null}
        <SourceList title={t('screenCapture.screens')} sources={list.filter((s) => s.kind === 'screen')} onPick={(s) => take.mutate(s.id)} busy={take.isPending} />
        <SourceList title={t('screenCapture.windows')} sources={list.filter((s) => s.kind === 'window')} onPick={(s) => take.mutate(s.id)} busy={take.isPending} />
        <div className="form__actions">
          <button type="button" className="button" onClick={() => void sources.refetch()} disabled={sources.isFetching}>
            {t('screenCapture.refresh')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
