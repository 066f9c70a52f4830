import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import type { useDownloadEvidence } from './useDownloadEvidence';

/** "Download a copy", for the viewer's actions and the no-preview panel; the caller shows the error. */
export function DownloadButton({
  download,
  className,
}: {
  download: ReturnType<typeof useDownloadEvidence>;
  className: string;
}) {
  const { t } = useTranslation();
  return (
    // Never disabled while busy: a focused button that becomes disabled drops focus to the page.
    <button
      type="button"
      className={className}
      aria-busy={download.isPending || undefined}
      onClick={() => {
        if (!download.isPending) download.mutate();
      }}
    >
      <Icon name="download" />
      {download.isPending ? t('viewer.downloading') : t('viewer.download')}
    </button>
  );
}
