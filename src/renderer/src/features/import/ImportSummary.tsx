import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { newMessages, noneIsMe } from './importAnswers';

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
        {preview.evidenceAdded > 0 ? (
          // Photos and files the import would keep as evidence (a preview's evidenceAdded is "would add").
          <div>
            <dt>{t('importer.attachmentsToAdd')}</dt>
            <dd>{preview.evidenceAdded}</dd>
          </div>
        ) : null}
      </dl>
      <p className="import-summary__note muted small" aria-live="polite">
        {updating
          ? t('importer.updating')
          : me === null
            ? t('importer.meUnknown')
            : noneIsMe(me, preview.senders)
              ? t('importer.meNoneChosen')
              : t('importer.meIs', { me })}
      </p>
    </div>
  );
}
