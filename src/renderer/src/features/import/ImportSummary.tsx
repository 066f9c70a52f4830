import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { newMessages } from './importAnswers';

/** Counts over the whole transcript: messages, new ones, those already on the ticket. */
export function ImportSummary({ preview, me, updating }: { preview: ImportResult; me: string | null; updating: boolean }) {
  const { t } = useTranslation();
  const fresh = newMessages(preview);
  return (
    <div className="import-summary">
      <dl className="import-summary__counts" aria-label={t('importer.counts')}>
        <div>
          <dt>{t('importer.total')}</dt>
          <dd>{preview.total}</dd>
        </div>
        <div>
          <dt>{t('importer.new')}</dt>
          <dd>{fresh}</dd>
        </div>
        <div>
          <dt>{t('importer.duplicates')}</dt>
          <dd>{preview.skipped}</dd>
        </div>
      </dl>
      <p className="import-summary__note muted small" aria-live="polite">
        {updating
          ? t('importer.updating')
          : !me
            ? t('importer.meUnknown')
            : preview.senders.includes(me)
              ? t('importer.meIs', { me })
              : t('importer.meNoneChosen')}
      </p>
    </div>
  );
}
