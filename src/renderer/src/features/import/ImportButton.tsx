import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { ImportDialog } from './ImportDialog';
import { useImportShortcut } from './useImportShortcut';

/** "Import transcript" on the ticket (Ctrl/⌘+I), and what the last import did. */
export function ImportButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<ImportResult | null>(null);
  useImportShortcut(() => setOpen(true));

  return (
    <div className="import-action">
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Control+I Meta+I"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
      >
        <Icon name="upload" />
        {t('importer.button')}
      </button>
      <span className="import-action__status muted small" role="status">
        {done
          ? [
              t('importer.done', { imported: done.imported, skipped: done.skipped }),
              done.evidenceAdded > 0 ? t('importer.doneEvidence', { count: done.evidenceAdded }) : '',
            ]
              .filter(Boolean)
              .join(' ')
          : ''}
      </span>
      {open ? (
        <ImportDialog
          ticketId={ticketId}
          onClose={() => setOpen(false)}
          onImported={(result) => {
            setDone(result);
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
