import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogs } from '@renderer/app/dialogs';
import { Icon } from '@renderer/components/Icon';
import { ExportDialog } from './ExportDialog';
import { useExportShortcut } from './useExportShortcut';

/** "Export dossier…" on the ticket (Ctrl/⌘+E): opens the export dialog. */
export function ExportButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { openDialog } = useDialogs();
  const [open, setOpen] = useState(false);
  useExportShortcut(() => setOpen(true));

  return (
    <>
      <button type="button" className="button" aria-keyshortcuts="Control+E Meta+E" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="download" />
        {t('dossierExport.button')}
      </button>
      {open ? (
        <ExportDialog
          ticketId={ticketId}
          onClose={() => setOpen(false)}
          onOpenPlatform={(platformId) => openDialog({ name: 'platform', platformId })}
        />
      ) : null}
    </>
  );
}
