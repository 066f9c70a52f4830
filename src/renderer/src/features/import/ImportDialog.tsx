import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { Dialog } from '@renderer/components/Dialog';
import { viewerTimeZone } from '@renderer/lib/dates';
import { effectiveMe, newMessages, noneIsMe, type ImportAnswers, type ImportChoice, type ImportSource } from './importAnswers';
import { ImportFailure } from './ImportFailure';
import { ImportMessageList } from './ImportMessageList';
import { ImportQuestions } from './ImportQuestions';
import { ImportSending, SHOW_SENDING_FROM_BYTES } from './ImportSending';
import { ImportSourcePicker } from './ImportSourcePicker';
import { ImportSummary } from './ImportSummary';
import { ImportWarnings } from './ImportWarnings';
import { useImportPreview, useStoreImport } from './queries';

const START: ImportAnswers = { me: null, timeZone: viewerTimeZone(), dateOrder: null, date: '', columns: null };

/**
 * Import a transcript: choose a file or paste the text, check the preview (who is who, the time zone,
 * the questions the format leaves open, warnings, duplicates), then store it in one go. Nothing is
 * written until "Import"; a failed import stores nothing.
 */
export function ImportDialog({
  ticketId,
  onClose,
  onImported,
}: {
  ticketId: number;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState<ImportSource | null>(null);
  const [answers, setAnswers] = useState<ImportAnswers>(START);
  const nextId = useRef(1);
  // A zipped export folder can be large: its upload shows a progress bar (small files do not).
  const [sending, setSending] = useState<{ sent: number; total: number } | null>(null);
  const onProgress = useCallback((sent: number, total: number) => setSending(total >= SHOW_SENDING_FROM_BYTES ? { sent, total } : null), []);
  const preview = useImportPreview(ticketId, source, answers, onProgress);
  const store = useStoreImport(ticketId, onProgress);
  const data = preview.data;
  const upload = (preview.isFetching || store.isPending) && sending ? sending : null;

  const chooseSource = (next: ImportChoice) => {
    store.reset();
    setSending(null);
    // A new transcript has its own senders and questions; the time zone is usually the same.
    setAnswers((a) => ({ ...START, timeZone: a.timeZone }));
    setSource(next ? { ...next, id: nextId.current++ } : null);
  };

  const me = effectiveMe(answers, data);
  const count = data ? newMessages(data) : 0;
  const settled = !!data && !preview.isPlaceholderData && !preview.isFetching;
  const blocker = !data
    ? null
    : data.needs.length > 0
      ? t('importer.blockers.questions')
      : me === null
        ? t('importer.blockers.me')
        : data.total === 0
          ? t('importer.blockers.nothing')
          : count === 0
            ? t('importer.blockers.allThere', { count: data.total })
            : null;
  const canImport = settled && blocker === null && !store.isPending && !!source;

  return (
    <Dialog title={t('importer.title')} onClose={onClose} size="full">
      <div className="import">
        <div className="import__side">
          <ImportSourcePicker source={source} onChange={chooseSource} />
          {data && source ? <ImportQuestions preview={data} answers={answers} onChange={(patch) => setAnswers((a) => ({ ...a, ...patch }))} /> : null}
          {data ? <ImportWarnings warnings={data.warnings} noneIsMe={noneIsMe(me, data.senders)} /> : null}
        </div>
        <div className="import__main" aria-busy={preview.isFetching || undefined}>
          {!source ? <p className="import__empty muted">{t('importer.noSource')}</p> : null}
          {upload ? <ImportSending sent={upload.sent} total={upload.total} /> : null}
          {source && preview.isPending && !upload ? <p className="import__empty muted">{t('importer.reading')}</p> : null}
          {preview.isError ? <ImportFailure error={preview.error} /> : null}
          {data ? (
            <>
              <ImportSummary preview={data} me={me} updating={preview.isFetching} />
              <ImportMessageList messages={data.messages} total={data.total} />
            </>
          ) : null}
        </div>
      </div>
      <div className="import__footer">
        {store.isError ? <ImportFailure error={store.error} stored /> : null}
        {store.data?.dryRun ? (
          <p className="import__blocker small" role="alert">
            {t('importer.notStored')}
          </p>
        ) : null}
        <p className="import__blocker small" role="status">
          {blocker ?? ''}
        </p>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!canImport}
          onClick={() => {
            if (!source || !data) return;
            store.mutate({ source, answers, preview: data }, { onSuccess: (result) => (result.dryRun ? undefined : onImported(result)) });
          }}
        >
          {store.isPending ? t('importer.importing') : data ? t('importer.importN', { count }) : t('importer.import')}
        </button>
      </div>
    </Dialog>
  );
}
