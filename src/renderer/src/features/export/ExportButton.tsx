import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '@renderer/api/client';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { saveBlob } from '@renderer/lib/saveFile';

/** The whole ticket as one verifiable ZIP: transcript, evidence, manifest and checksums. */
export function ExportButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const exportZip = useMutation({
    mutationFn: () => api['export.zip']({ ticketId }),
    onSuccess: (file) => saveBlob(file.blob, file.fileName),
  });

  return (
    <div className="export">
      <button
        type="button"
        className="button"
        onClick={() => exportZip.mutate()}
        disabled={exportZip.isPending}
        aria-busy={exportZip.isPending || undefined}
      >
        <Icon name="download" />
        {exportZip.isPending ? t('export.exporting') : t('export.button')}
      </button>
      <span className="export__status muted small" role="status">
        {exportZip.isSuccess ? t('export.done', { fileName: exportZip.data.fileName }) : ''}
      </span>
      <ErrorMessage error={exportZip.error} className="export__error" />
    </div>
  );
}
